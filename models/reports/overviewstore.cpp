#include "overviewstore.h"

#include "centerscope.h"
#include "logging.h"
#include "servicerecordstore.h"
#include "sqlselect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

OverviewStore::OverviewStore(const QSqlDatabase &database)
    : m_database(database)
{}

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

std::optional<qint64> OverviewStore::count(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database);
    QString error;
    if (!runSelect(query, sql, values, error) || !query.next()) {
        qCWarning(lcDatabase) << "a count failed:" << error;
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<qint64> OverviewStore::seenResidents() const
{
    const CenterScope scope = CenterScope::of(m_database);
    if (scope.isWholeDistrict())
        return rowCount(u"residents"_s);
    return count(u"SELECT count(*) FROM residents WHERE "_s + scope.gridCondition(u"grid_id"_s), scope.values());
}

std::optional<qint64> OverviewStore::seenServiceRecords() const
{
    const ServiceRecordStore records(m_database);
    const std::optional<qint64> seen = records.count({});
    if (!seen)
        qCWarning(lcDatabase) << "a count failed:" << records.lastError();
    return seen;
}

std::optional<qint64> OverviewStore::seenVisits() const
{
    const CenterScope scope = CenterScope::of(m_database);
    if (scope.isWholeDistrict())
        return rowCount(u"visits"_s);
    return count(u"SELECT count(*) FROM visits WHERE "_s + scope.residentCondition(u"resident_id"_s), scope.values());
}

} // namespace linli
