#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// Backs up and restores the open database, the administrator's right, each audited.
// A backup is made by SQLite itself (VACUUM INTO, a consistent snapshot even while others write;
// never a copy of the live file), written under a temporary name, checked with integrity_check
// and only then given its name, so a failure never leaves a half backup or spoils an earlier one.
// A restore first keeps the current database aside as "<name>.pre-restore-<time>.sqlite", then
// copies a verified backup into the open database with SQLite's backup API, which takes the
// write lock like any writer, so other connections see the restored data and nothing half-done.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    explicit DatabaseBackup(const QSqlDatabase &database);

    // The file written. An existing file of that name is replaced only by a verified backup.
    Result<QString> backUpTo(const QString &filePath);
    // The daily backup: "<base>-<yyyy-MM-dd>.sqlite" in `folder` (made if missing), then the
    // folder is thinned out by BackupRotation. Does nothing more than that day's file when it exists
    // (then the file written is empty).
    Result<QString> backUpIntoFolder(const QString &folder, const QDate &today);
    // Replaces the database's contents by the backup's; where the database as it was is kept. The
    // caller reopens the database afterwards (it may be an older version that needs upgrading) and
    // records the restore.
    Result<QString> restoreFrom(const QString &backupPath);
    // For a database file SQLite cannot use any more (damaged), when no connection of this program
    // or another has it open (refused otherwise): moves it and its -wal/-shm aside as "<name>.damaged-<time>.sqlite…"
    // and puts a copy of the checked backup in its place; where the damaged file went. Refused when the backup is
    // not usable, failed when a file cannot move.
    static Result<QString> replaceDamagedFile(const QString &databasePath, const QString &backupPath);
    // Writes the RESTORE row once the restored database is open again (and upgraded).
    bool recordRestore(const QString &backupPath, const QString &keptPath);

    // The file name the daily backup of `day` gets.
    QString dailyFileName(const QDate &day) const;

private:
    Result<void> vacuumInto(const QString &filePath);
    void audit(const QString &action, const QString &changes, bool ok);

    QSqlDatabase m_database;
};

} // namespace linli
