#include "databasebackup.h"

#include "actor.h"
#include "auditlog.h"
#include "backupfile.h"
#include "backuprotation.h"
#include "logging.h"
#include "sqlitefilesinuse.h"
#include "sqlitehandle.h"
#include "sqlitesharedmemory.h"
#include "storageerror.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <system_error>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Written next to the target, so the final rename stays on one file system and is atomic.
QString partialPathFor(const QString &filePath)
{
    const QFileInfo info(filePath);
    return info.dir().filePath(u"."_s + info.fileName() + u".partial"_s);
}

bool replaceAtomically(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), error);
    return !error;
}

} // namespace

DatabaseBackup::DatabaseBackup(const QSqlDatabase &database)
    : m_database(database)
{}

QString DatabaseBackup::dailyFileName(const QDate &day) const
{
    const QString base = QFileInfo(m_database.databaseName()).completeBaseName();
    return u"%1-%2.sqlite"_s.arg(base.isEmpty() ? u"linli"_s : base, day.toString(Qt::ISODate));
}

bool DatabaseBackup::backUpTo(const QString &filePath)
{
    m_lastWrittenPath.clear();
    if (const Result<void> allowed = Actor::require(m_database, Permission::BackupAndRestore); !allowed.isDone())
        return fail(allowed.message());
    const QString target = QFileInfo(filePath).absoluteFilePath();
    if (target == QFileInfo(m_database.databaseName()).absoluteFilePath()
        || SqliteFilesInUse::held(target) != SqliteFilesInUse::Held::No)
        return fail(tr("A backup cannot replace the database it is made of, or one of its files."));
    if (!QFileInfo(target).dir().exists())
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(target).path())));

    const QString partial = partialPathFor(target);
    QFile::remove(partial); // left by a backup that was cut off
    const QString changes = u"file="_s + QFileInfo(target).fileName();
    if (!vacuumInto(partial)) {
        QFile::remove(partial);
        audit(u"BACKUP"_s, changes, false);
        return false;
    }
    const BackupFile written = BackupFile::inspect(partial);
    if (!written.isUsable()) {
        QFile::remove(partial);
        audit(u"BACKUP"_s, changes, false);
        return fail(tr("The backup did not pass its check, so it was not kept: %1").arg(written.problem()));
    }
    if (!replaceAtomically(partial, target)) {
        QFile::remove(partial);
        audit(u"BACKUP"_s, changes, false);
        return fail(tr("The backup could not be named %1.").arg(QDir::toNativeSeparators(target)));
    }
    m_lastWrittenPath = target;
    audit(u"BACKUP"_s, changes + u"; bytes="_s + QString::number(QFileInfo(target).size()), true);
    qCInfo(lcDatabase) << "backup written:" << target;
    return true;
}

bool DatabaseBackup::backUpIntoFolder(const QString &folder, const QDate &today)
{
    m_lastWrittenPath.clear();
    if (!QDir().mkpath(folder))
        return fail(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    const QString todaysFile = dir.filePath(dailyFileName(today));
    if (!QFileInfo::exists(todaysFile) && !backUpTo(todaysFile))
        return false;

    const QString base = QFileInfo(m_database.databaseName()).completeBaseName();
    const QRegularExpression daily(u"^"_s + QRegularExpression::escape(base.isEmpty() ? u"linli"_s : base)
                                   + u"-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"_s);
    QList<QDate> days;
    for (const QString &name : dir.entryList({u"*.sqlite"_s}, QDir::Files)) {
        const QRegularExpressionMatch match = daily.match(name);
        const QDate day = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
        if (day.isValid())
            days.append(day);
    }
    for (const QDate &day : BackupRotation::expired(days)) {
        if (!QFile::remove(dir.filePath(dailyFileName(day))))
            qCWarning(lcDatabase) << "cannot remove the old backup" << dailyFileName(day);
    }
    return true;
}

bool DatabaseBackup::restoreFrom(const QString &backupPath)
{
    m_lastWrittenPath.clear();
    if (const Result<void> allowed = Actor::require(m_database, Permission::BackupAndRestore); !allowed.isDone())
        return fail(allowed.message());
    sqlite3 *destination = sqliteHandle(m_database);
    if (!destination)
        return fail(tr("Restoring from a backup file needs a Linli database file."));
    const QString current = QFileInfo(m_database.databaseName()).canonicalFilePath();
    if (QFileInfo(backupPath).canonicalFilePath() == current)
        return fail(tr("Nothing was restored: %1 is the database itself, not a backup of it.")
                            .arg(QDir::toNativeSeparators(backupPath)));
    const BackupFile backup = BackupFile::inspect(backupPath);
    if (!backup.isUsable())
        return fail(tr("Nothing was restored: %1").arg(backup.problem()));

    // The database as it is now, kept aside before anything is replaced.
    const QFileInfo database(m_database.databaseName());
    const QString keptPath = database.dir().filePath(
            u"%1.pre-restore-%2.sqlite"_s.arg(database.completeBaseName(),
                                              QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    if (!vacuumInto(keptPath)) {
        QFile::remove(keptPath);
        return fail(
                tr("Nothing was restored: the current database could not be kept aside first. %1").arg(m_lastError));
    }
    if (!BackupFile::inspect(keptPath).isUsable())
        return fail(tr("Nothing was restored: the copy of the current database did not pass its check."));
    m_lastWrittenPath = keptPath;

    const SqliteConnection source = openSqliteReadOnly(backupPath);
    if (!source)
        return fail(tr("Nothing was restored: Linli cannot read %1.").arg(QDir::toNativeSeparators(backupPath)));
    sqlite3_backup *copy = sqlite3_backup_init(destination, "main", source.get(), "main");
    if (!copy)
        return fail(tr("Nothing was restored: %1").arg(QString::fromUtf8(sqlite3_errmsg(destination))));
    // All pages in one step, so that the copy is one write; retried while another writer holds the lock.
    int result = SQLITE_OK;
    for (int attempt = 0; attempt < 50; ++attempt) {
        result = sqlite3_backup_step(copy, -1);
        if (result != SQLITE_BUSY && result != SQLITE_LOCKED)
            break;
        QThread::msleep(100);
    }
    sqlite3_backup_finish(copy);
    if (result != SQLITE_DONE) {
        qCCritical(lcDatabase) << "restore failed:" << sqlite3_errstr(result);
        const QString why = result == SQLITE_BUSY || result == SQLITE_LOCKED
                ? StorageError::explain(StorageError::Kind::Busy)
                : StorageError::explain(result == SQLITE_FULL ? StorageError::Kind::DiskFull
                                                              : StorageError::Kind::Other);
        return fail(tr("Nothing was restored. %1").arg(why));
    }
    qCInfo(lcDatabase) << "restored from" << backupPath << "; the database before is kept as" << keptPath;
    return true;
}

bool DatabaseBackup::replaceDamagedFile(const QString &databasePath, const QString &backupPath, QString *keptPath,
                                        QString *error)
{
    const BackupFile backup = BackupFile::inspect(backupPath);
    if (!backup.isUsable()) {
        *error = tr("Nothing was restored: %1").arg(backup.problem());
        return false;
    }
    // Moving the files of a database that a connection still uses would leave it writing into the
    // file moved aside. Claimed until replaced, so that no connection of this program opens it meanwhile.
    bool inUse = true;
    const std::unique_ptr<SqliteFilesInUse::Claim> claim
            = SqliteFilesInUse::claim(databasePath, [&] { inUse = SqliteSharedMemory::isOpenElsewhere(databasePath); });
    if (inUse) {
        *error = tr("Nothing was restored: %1 is still open, in this program or another. Close every Linli window "
                    "and program using it, then restore again.")
                         .arg(QDir::toNativeSeparators(databasePath));
        return false;
    }
    const QFileInfo current(databasePath);
    *keptPath = current.dir().filePath(
            u"%1.damaged-%2.sqlite"_s.arg(current.completeBaseName(),
                                          QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(databasePath + suffix) && !QFile::rename(databasePath + suffix, *keptPath + suffix)) {
            *error = tr("Nothing was restored: %1 cannot be moved aside.")
                             .arg(QDir::toNativeSeparators(databasePath + suffix));
            return false;
        }
    }
    // Copied by SQLite from the closed backup, under a temporary name until complete.
    const QString partial = partialPathFor(databasePath);
    QFile::remove(partial);
    const QString connectionName = u"restore-"_s + partial;
    bool copied = false;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        source.setDatabaseName(backupPath);
        source.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        const bool opened = source.open();
        QSqlQuery query(source);
        query.prepare(u"VACUUM INTO :path"_s);
        query.bindValue(u":path"_s, partial);
        copied = opened && query.exec();
        if (!copied)
            *error = tr("Nothing was restored: the copy could not be written. %1")
                             .arg(StorageError::explain(query.lastError()));
        query.finish();
        source.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!copied || !replaceAtomically(partial, databasePath)) {
        QFile::remove(partial);
        // Put the damaged file back where it was: nothing changed.
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::rename(*keptPath + suffix, databasePath + suffix);
        if (copied)
            *error = tr("Nothing was restored: %1 cannot be written.").arg(QDir::toNativeSeparators(databasePath));
        return false;
    }
    qCInfo(lcDatabase) << "damaged database replaced by" << backupPath << "; kept as" << *keptPath;
    return true;
}

bool DatabaseBackup::recordRestore(const QString &backupPath, const QString &keptPath)
{
    return AuditLog(m_database)
            .recordAlone({u"RESTORE"_s, u"file"_s, 0,
                          u"file=%1; kept=%2"_s.arg(QFileInfo(backupPath).fileName(), QFileInfo(keptPath).fileName()),
                          u"ok"_s});
}

bool DatabaseBackup::vacuumInto(const QString &filePath)
{
    QSqlQuery query(m_database);
    query.prepare(u"VACUUM INTO :path"_s);
    query.bindValue(u":path"_s, filePath);
    if (query.exec())
        return true;
    qCCritical(lcDatabase) << "VACUUM INTO" << filePath << "failed:" << query.lastError().text();
    const QString why = StorageError::explain(query.lastError());
    return fail(
            tr("The copy to %1 could not be written. %2")
                    .arg(QDir::toNativeSeparators(filePath), why.isEmpty() ? query.lastError().databaseText() : why));
}

bool DatabaseBackup::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

void DatabaseBackup::audit(const QString &action, const QString &changes, bool ok)
{
    if (!AuditLog(m_database).recordAlone({action, u"file"_s, 0, changes, ok ? u"ok"_s : u"failed"_s}))
        qCWarning(lcDatabase) << "cannot record the" << action;
}

} // namespace linli
