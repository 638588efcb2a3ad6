#include "centerprofile.h"

#include "actor.h"
#include "auditlog.h"
#include "centerstore.h"
#include "writetransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto nameKey = u"center_name"_s;
const auto idleLockKey = u"idle_lock_minutes"_s;
const auto backupFolderKey = u"backup_folder"_s;
constexpr qsizetype longestName = 60;

} // namespace

CenterProfile::CenterProfile(const QSqlDatabase &database)
    : m_database(database)
{}

QString CenterProfile::setting(const QString &key) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

Result<void> CenterProfile::setSetting(const QString &key, const QString &value)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::ChangeSettings); !allowed.isDone())
        return allowed;
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Settings);
    QSqlQuery query(m_database);
    query.prepare(
            u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? u""_s : value); // a null QString would bind as NULL
    if (!transaction.isActive() || !query.exec()
        || !AuditLog(m_database).record({u"UPDATE"_s, u"setting"_s, 0, u"%1=%2"_s.arg(key, value), u"ok"_s})
        || !transaction.commit())
        return Problem::failed(tr("The setting could not be saved; the database is busy or read-only."));
    return Result<void>::done();
}

QString CenterProfile::name() const
{
    // An account of one center of a district prints that center's name.
    if (const qint64 own = Actor::of(m_database).centerId; own > 0) {
        if (const std::optional<Center> center = CenterStore(m_database).byId(own))
            return center->name;
    }
    return setting(nameKey);
}

Result<void> CenterProfile::setName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.size() > longestName)
        return Problem::invalid(tr("A center's name has at most %1 characters.").arg(longestName));
    return setSetting(nameKey, trimmed);
}

int CenterProfile::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = setting(idleLockKey).toInt(&ok);
    return ok && minutes >= 1 && minutes <= longestIdleLock ? minutes : defaultIdleLock;
}

Result<void> CenterProfile::setIdleLockMinutes(int minutes)
{
    if (minutes < 1 || minutes > longestIdleLock)
        return Problem::invalid(tr("The window locks after 1 to %1 minutes without use.").arg(longestIdleLock));
    return setSetting(idleLockKey, QString::number(minutes));
}

QString CenterProfile::backupFolder() const
{
    return setting(backupFolderKey);
}

Result<void> CenterProfile::setBackupFolder(const QString &folder)
{
    const QString cleaned = folder.trimmed().isEmpty() ? QString() : QDir::cleanPath(folder.trimmed());
    if (!cleaned.isEmpty() && QFileInfo(cleaned).isRelative())
        return Problem::invalid(tr("Give the backup folder's whole path, e.g. %1.")
                                        .arg(QDir::toNativeSeparators(u"/srv/linli-backups"_s)));
    return setSetting(backupFolderKey, cleaned);
}

} // namespace linli
