#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// The center's own settings, kept in the database so that every desk has the same: its name, as
// the printed reports and day sheets say it, how long a window may stay unused before it locks,
// and where the daily backup goes.
// Changing them is the administrator's, and audited.
class CenterProfile
{
    Q_DECLARE_TR_FUNCTIONS(CenterProfile)

public:
    explicit CenterProfile(const QSqlDatabase &database);

    // The name of the actor's center when their account belongs to one (CenterStore), else the
    // database's own.
    QString name() const;
    Result<void> setName(const QString &name);

    static constexpr int defaultIdleLock = 10;
    static constexpr int longestIdleLock = 120;
    // Minutes without a key or a click before the window locks.
    int idleLockMinutes() const;
    Result<void> setIdleLockMinutes(int minutes);
    // Where the daily backup goes (DatabaseBackup::backUpIntoFolder); empty: no automatic backup.
    QString backupFolder() const;
    Result<void> setBackupFolder(const QString &folder);

private:
    QString setting(const QString &key) const;
    Result<void> setSetting(const QString &key, const QString &value);

    QSqlDatabase m_database;
};

} // namespace linli
