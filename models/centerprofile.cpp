#include "centerprofile.h"

#include "actor.h"
#include "auditlog.h"
#include "writetransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto nameKey = u"center_name"_s;
constexpr qsizetype longestName = 60;

} // namespace

CenterProfile::CenterProfile(const QSqlDatabase &database)
    : m_database(database)
{
}

QString CenterProfile::name() const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(nameKey);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QString CenterProfile::setName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.size() > longestName)
        return tr("A center's name has at most %1 characters.").arg(longestName);
    if (QString refused; !Actor::require(m_database, Permission::ChangeSettings, &refused))
        return refused;
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(nameKey);
    query.addBindValue(trimmed);
    if (!transaction.isActive() || !query.exec()
        || !AuditLog(m_database).record({u"UPDATE"_s, u"setting"_s, 0, u"center_name=%1"_s.arg(trimmed), u"ok"_s})
        || !transaction.commit())
        return tr("The name could not be saved; the database is busy or read-only.");
    return {};
}

} // namespace linli
