#include "overviewstore.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

OverviewStore::OverviewStore(const QSqlDatabase &database)
    : m_database(database)
{
}

QStringList OverviewStore::knownTables()
{
    return {u"grids"_s,           u"households"_s,  u"residents"_s,          u"resident_tags"_s,
            u"staff"_s,           u"users"_s,       u"service_categories"_s, u"service_types"_s,
            u"service_records"_s, u"case_events"_s, u"visit_series"_s,       u"visits"_s,
            u"audit_log"_s};
}

std::optional<qint64> OverviewStore::rowCount(const QString &table) const
{
    // A table name cannot be bound; it must be one of ours, never input.
    if (!knownTables().contains(table))
        return std::nullopt;
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next()) {
        qCWarning(lcDatabase) << "count of" << table << "failed:" << query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

} // namespace linli
