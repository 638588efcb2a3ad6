#include "backupjob.h"

#include "database.h"
#include "databasebackup.h"
#include "databasesetup.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Opens the worker's connection and acts on it for `actor`.
Result<void> openFor(Database &database, const DatabaseLocation &location, const Actor &actor)
{
    if (!database.open(location, Database::Mode::Attach))
        return Problem::failed(database.errorString());
    Actor::actFor(database.connection(), actor);
    return Result<void>::done();
}

// Runs `backUp` on a connection of its own for `actor`.
Result<QString> backUpWith(const DatabaseLocation &location, const Actor &actor,
                           const std::function<Result<QString>(DatabaseBackup &)> &backUp)
{
    Database database;
    if (const Result<void> opened = openFor(database, location, actor); !opened.isDone())
        return opened.problem();
    DatabaseBackup backup(database.connection());
    const Result<QString> written = backUp(backup);
    Actor::forget(database.connection());
    return written;
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
        return backUpWith(location, actor, [&filePath](DatabaseBackup &backup) { return backup.backUpTo(filePath); });
    });
}

bool BackupJob::backUpIntoFolder(const QString &folder, const QDate &today)
{
    return start([folder, today](const DatabaseLocation &location, const Actor &actor) {
        return backUpWith(location, actor,
                          [&](DatabaseBackup &backup) { return backup.backUpIntoFolder(folder, today); });
    });
}

bool BackupJob::restoreFrom(const QString &backupPath)
{
    return start([backupPath](const DatabaseLocation &location, const Actor &actor) {
        return restore(location, actor, backupPath);
    });
}

Result<QString> BackupJob::restore(const DatabaseLocation &location, const Actor &actor, const QString &backupPath)
{
    QString keptPath;
    {
        Database database;
        if (DatabaseSetup::open(database, location)) {
            Actor::actFor(database.connection(), actor);
            const Result<QString> restored = DatabaseBackup(database.connection()).restoreFrom(backupPath);
            Actor::forget(database.connection());
            if (!restored.isDone())
                return restored;
            keptPath = restored.value();
        } else if (database.error() == Database::Error::Damaged && actor.may(Permission::BackupAndRestore)) {
            // A damaged file cannot say who may restore it. Replaced only when nobody has it open.
            database.close();
            const Result<QString> replaced = DatabaseBackup::replaceDamagedFile(location.filePath(), backupPath);
            if (!replaced.isDone())
                return replaced;
            keptPath = replaced.value();
        } else {
            return Problem::failed(database.errorString());
        }
    }
    // Opened again, so that a backup from an older version is upgraded before anyone uses it.
    Database restored;
    if (!DatabaseSetup::open(restored, location))
        return Problem::failed(
                tr("The backup was restored, but the database cannot be opened: %1").arg(restored.errorString()));
    Actor::actFor(restored.connection(), actor);
    DatabaseBackup(restored.connection()).recordRestore(backupPath, keptPath);
    Actor::forget(restored.connection());
    return keptPath;
}

bool BackupJob::start(const std::function<Result<QString>(const DatabaseLocation &, const Actor &)> &task)
{
    if (m_running)
        return false;
    m_running = true;
    m_worker.run(
            [this, task, location = m_location, actor = m_actor](const Worker::Job &job) {
                const Result<QString> outcome = task(location, actor);
                job.deliver([this, outcome] {
                    m_running = false;
                    emit finished(outcome.isDone(), outcome.message(), outcome.valueOr({}));
                });
            },
            [](const QString &) {}); // it opens nothing before the task
    return true;
}

} // namespace linli
