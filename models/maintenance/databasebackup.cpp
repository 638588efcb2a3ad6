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

Result<QString> DatabaseBackup::backUpTo(const QString &filePath)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::BackupAndRestore); !allowed.isDone())
        return allowed.problem();
    const QString target = QFileInfo(filePath).absoluteFilePath();
    if (target == QFileInfo(m_database.databaseName()).absoluteFilePath()
        || SqliteFilesInUse::held(target) != SqliteFilesInUse::Held::No)
        return Problem::invalid(tr("A backup cannot replace the database it is made of, or one of its files."));
    if (!QFileInfo(target).dir().exists())
        return Problem::invalid(
                tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(target).path())));

    const QString partial = partialPathFor(target);
    QFile::remove(partial); // left by a backup that was cut off
    const QString changes = u"file="_s + QFileInfo(target).fileName();
    if (const Result<void> copied = vacuumInto(partial); !copied.isDone()) {
        QFile::remove(partial);
        audit(u"BACKUP"_s, changes, false);
        return copied.problem();
    }
    const BackupFile written = BackupFile::inspect(partial);
    if (!written.isUsable()) {
        QFile::remove(partial);
        audit(u"BACKUP"_s, changes, false);
        return Problem::failed(tr("The backup did not pass its check, so it was not kept: %1").arg(written.problem()));
    }
    if (!replaceAtomically(partial, target)) {
        QFile::remove(partial);
        audit(u"BACKUP"_s, changes, false);
        return Problem::failed(tr("The backup could not be named %1.").arg(QDir::toNativeSeparators(target)));
    }
    audit(u"BACKUP"_s, changes + u"; bytes="_s + QString::number(QFileInfo(target).size()), true);
    qCInfo(lcDatabase) << "backup written:" << target;
    return target;
}

Result<QString> DatabaseBackup::backUpIntoFolder(const QString &folder, const QDate &today)
{
    if (!QDir().mkpath(folder))
        return Problem::failed(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    const QString todaysFile = dir.filePath(dailyFileName(today));
    QString written;
    if (!QFileInfo::exists(todaysFile)) {
        const Result<QString> backedUp = backUpTo(todaysFile);
        if (!backedUp.isDone())
            return backedUp;
        written = backedUp.value();
    }

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
    return written;
}

Result<QString> DatabaseBackup::restoreFrom(const QString &backupPath)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::BackupAndRestore); !allowed.isDone())
        return allowed.problem();
    sqlite3 *destination = sqliteHandle(m_database);
    if (!destination)
        return Problem::invalid(tr("Restoring from a backup file needs a Linli database file."));
    const QString current = QFileInfo(m_database.databaseName()).canonicalFilePath();
    if (QFileInfo(backupPath).canonicalFilePath() == current)
        return Problem::invalid(tr("Nothing was restored: %1 is the database itself, not a backup of it.")
                                        .arg(QDir::toNativeSeparators(backupPath)));
    const BackupFile backup = BackupFile::inspect(backupPath);
    if (!backup.isUsable())
        return Problem::invalid(tr("Nothing was restored: %1").arg(backup.problem()));

    // The database as it is now, kept aside before anything is replaced.
    const QFileInfo database(m_database.databaseName());
    const QString keptPath = database.dir().filePath(
            u"%1.pre-restore-%2.sqlite"_s.arg(database.completeBaseName(),
                                              QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    if (const Result<void> kept = vacuumInto(keptPath); !kept.isDone()) {
        QFile::remove(keptPath);
        return Problem::failed(
                tr("Nothing was restored: the current database could not be kept aside first. %1").arg(kept.message()),
                kept.problem().detail);
    }
    if (!BackupFile::inspect(keptPath).isUsable())
        return Problem::failed(tr("Nothing was restored: the copy of the current database did not pass its check."));

    const SqliteConnection source = openSqliteReadOnly(backupPath);
    if (!source)
        return Problem::failed(
                tr("Nothing was restored: Linli cannot read %1.").arg(QDir::toNativeSeparators(backupPath)));
    sqlite3_backup *copy = sqlite3_backup_init(destination, "main", source.get(), "main");
    if (!copy)
        return Problem::failed(tr("Nothing was restored: %1").arg(QString::fromUtf8(sqlite3_errmsg(destination))));
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
        return Problem::failed(tr("Nothing was restored. %1").arg(why), QString::fromUtf8(sqlite3_errstr(result)));
    }
    qCInfo(lcDatabase) << "restored from" << backupPath << "; the database before is kept as" << keptPath;
    return keptPath;
}

Result<QString> DatabaseBackup::replaceDamagedFile(const QString &databasePath, const QString &backupPath)
{
    const BackupFile backup = BackupFile::inspect(backupPath);
    if (!backup.isUsable())
        return Problem::invalid(tr("Nothing was restored: %1").arg(backup.problem()));
    // Moving the files of a database that a connection still uses would leave it writing into the
    // file moved aside. Claimed until replaced, so that no connection of this program opens it meanwhile.
    bool inUse = true;
    const std::unique_ptr<SqliteFilesInUse::Claim> claim
            = SqliteFilesInUse::claim(databasePath, [&] { inUse = SqliteSharedMemory::isOpenElsewhere(databasePath); });
    if (inUse)
        return Problem::invalid(tr("Nothing was restored: %1 is still open, in this program or another. Close every "
                                   "Linli window and program using it, then restore again.")
                                        .arg(QDir::toNativeSeparators(databasePath)));
    const QFileInfo current(databasePath);
    const QString keptPath = current.dir().filePath(
            u"%1.damaged-%2.sqlite"_s.arg(current.completeBaseName(),
                                          QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(databasePath + suffix) && !QFile::rename(databasePath + suffix, keptPath + suffix))
            return Problem::failed(tr("Nothing was restored: %1 cannot be moved aside.")
                                           .arg(QDir::toNativeSeparators(databasePath + suffix)));
    }
    // Copied by SQLite from the closed backup, under a temporary name until complete.
    const QString partial = partialPathFor(databasePath);
    QFile::remove(partial);
    const QString connectionName = u"restore-"_s + partial;
    bool copied = false;
    QString notCopied;
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
            notCopied = tr("Nothing was restored: the copy could not be written. %1")
                                .arg(StorageError::explain(query.lastError()));
        query.finish();
        source.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!copied || !replaceAtomically(partial, databasePath)) {
        QFile::remove(partial);
        // Put the damaged file back where it was: nothing changed.
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::rename(keptPath + suffix, databasePath + suffix);
        return Problem::failed(
                copied ? tr("Nothing was restored: %1 cannot be written.").arg(QDir::toNativeSeparators(databasePath))
                       : notCopied);
    }
    qCInfo(lcDatabase) << "damaged database replaced by" << backupPath << "; kept as" << keptPath;
    return keptPath;
}

bool DatabaseBackup::recordRestore(const QString &backupPath, const QString &keptPath)
{
    return AuditLog(m_database)
            .recordAlone({u"RESTORE"_s, u"file"_s, 0,
                          u"file=%1; kept=%2"_s.arg(QFileInfo(backupPath).fileName(), QFileInfo(keptPath).fileName()),
                          u"ok"_s});
}

Result<void> DatabaseBackup::vacuumInto(const QString &filePath)
{
    QSqlQuery query(m_database);
    query.prepare(u"VACUUM INTO :path"_s);
    query.bindValue(u":path"_s, filePath);
    if (query.exec())
        return Result<void>::done();
    qCCritical(lcDatabase) << "VACUUM INTO" << filePath << "failed:" << query.lastError().text();
    const QString why = StorageError::explain(query.lastError());
    return Problem::failed(tr("The copy to %1 could not be written. %2")
                                   .arg(QDir::toNativeSeparators(filePath),
                                        why.isEmpty() ? query.lastError().databaseText() : why),
                           query.lastError().text());
}

void DatabaseBackup::audit(const QString &action, const QString &changes, bool ok)
{
    if (!AuditLog(m_database).recordAlone({action, u"file"_s, 0, changes, ok ? u"ok"_s : u"failed"_s}))
        qCWarning(lcDatabase) << "cannot record the" << action;
}

} // namespace linli
