#include "backupjob.h"

#include "database.h"
#include "databasebackup.h"
#include "databasesetup.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Opens the worker's connection and acts on it for `actor`; false with `message` on failure.
bool openFor(Database &database, const DatabaseLocation &location, const Actor &actor, QString *message)
{
    if (!database.open(location, Database::Mode::Attach)) {
        *message = database.errorString();
        return false;
    }
    Actor::actFor(database.connection(), actor);
    return true;
}

} // namespace

BackupJob::BackupJob(const DatabaseLocation &location, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_actor(actor)
    , m_worker(location, Worker::Rule::Every)
{
    m_worker.setOpensConnection(false);
}

bool BackupJob::backUpTo(const QString &filePath)
{
    return start([filePath](const DatabaseLocation &location, const Actor &actor) {
        Outcome outcome;
        Database database;
        if (!openFor(database, location, actor, &outcome.message))
            return outcome;
        DatabaseBackup backup(database.connection());
        outcome.ok = backup.backUpTo(filePath);
        outcome.message = backup.lastError();
        outcome.path = backup.lastWrittenPath();
        Actor::forget(database.connection());
        return outcome;
    });
}

bool BackupJob::backUpIntoFolder(const QString &folder, const QDate &today)
{
    return start([folder, today](const DatabaseLocation &location, const Actor &actor) {
        Outcome outcome;
        Database database;
        if (!openFor(database, location, actor, &outcome.message))
            return outcome;
        DatabaseBackup backup(database.connection());
        outcome.ok = backup.backUpIntoFolder(folder, today);
        outcome.message = backup.lastError();
        outcome.path = backup.lastWrittenPath();
        Actor::forget(database.connection());
        return outcome;
    });
}

bool BackupJob::restoreFrom(const QString &backupPath)
{
    return start([backupPath](const DatabaseLocation &location, const Actor &actor) {
        Outcome outcome;
        outcome.ok = restore(location, actor, backupPath, &outcome.message, &outcome.path);
        return outcome;
    });
}

bool BackupJob::restore(const DatabaseLocation &location, const Actor &actor, const QString &backupPath,
                        QString *message, QString *keptPath)
{
    {
        Database database;
        if (DatabaseSetup::open(database, location)) {
            Actor::actFor(database.connection(), actor);
            DatabaseBackup backup(database.connection());
            const bool restored = backup.restoreFrom(backupPath);
            *message = backup.lastError();
            *keptPath = backup.lastWrittenPath();
            Actor::forget(database.connection());
            if (!restored)
                return false;
        } else if (database.error() == Database::Error::Damaged && actor.may(Permission::BackupAndRestore)) {
            // A damaged file cannot say who may restore it. Replaced only when nobody has it open.
            database.close();
            if (!DatabaseBackup::replaceDamagedFile(location.filePath(), backupPath, keptPath, message))
                return false;
        } else {
            *message = database.errorString();
            return false;
        }
    }
    // Opened again, so that a backup from an older version is upgraded before anyone uses it.
    Database restored;
    if (!DatabaseSetup::open(restored, location)) {
        *message = tr("The backup was restored, but the database cannot be opened: %1").arg(restored.errorString());
        return false;
    }
    Actor::actFor(restored.connection(), actor);
    DatabaseBackup(restored.connection()).recordRestore(backupPath, *keptPath);
    Actor::forget(restored.connection());
    return true;
}

bool BackupJob::start(const std::function<Outcome(const DatabaseLocation &, const Actor &)> &task)
{
    if (m_running)
        return false;
    m_running = true;
    m_worker.run(
            [this, task, location = m_location, actor = m_actor](const Worker::Job &job) {
                const Outcome outcome = task(location, actor);
                job.deliver([this, outcome] {
                    m_running = false;
                    emit finished(outcome.ok, outcome.message, outcome.path);
                });
            },
            [](const QString &) {}); // it opens nothing before the task
    return true;
}

} // namespace linli
