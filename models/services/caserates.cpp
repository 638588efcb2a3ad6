#include "caserates.h"

#include "caseworkflow.h"
#include "centerscope.h"
#include "sqlselect.h"

#include <QSqlError>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

} // namespace

std::optional<double> CaseFigures::closureRate() const
{
    return ratio(closed, received);
}

std::optional<double> CaseFigures::onTimeRate() const
{
    return ratio(closedOnTime, closed);
}

std::optional<double> CaseFigures::satisfactionRate() const
{
    return ratio(satisfied, rated);
}

CaseRates::CaseRates(const QSqlDatabase &database)
    : m_database(database)
{}

std::optional<CaseFigures> CaseRates::figures(const ServiceFilter &filter) const
{
    if (!filter.from.isValid() || !filter.to.isValid()) {
        m_lastError = u"a period is needed"_s;
        return std::nullopt;
    }
    const QString closed = u"(s.case_status = 'closed' AND s.resolved_date <= ?)"_s;
    const QStringList counts
            = {countWhere(closed), countWhere(closed + u" AND (s.due_date IS NULL OR s.resolved_date <= s.due_date)"_s),
               countWhere(closed + u" AND s.satisfaction IS NOT NULL"_s),
               countWhere(closed + u" AND s.satisfaction >= %1"_s.arg(CaseWorkflow::satisfiedFrom))};
    const QString sql = u"SELECT count(*), %1 FROM service_records s WHERE s.case_status IS NOT NULL AND %2"_s.arg(
            counts.join(u", "_s), filter.whereClause());
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(sql);
    const QString periodEnd = filter.to.toString(Qt::ISODate);
    for (int i = 0; i < 4; ++i)
        query.addBindValue(periodEnd);
    for (const QVariant &value : filter.values())
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    CaseFigures figures;
    figures.received = query.value(0).toLongLong();
    figures.closed = query.value(1).toLongLong();
    figures.closedOnTime = query.value(2).toLongLong();
    figures.rated = query.value(3).toLongLong();
    figures.satisfied = query.value(4).toLongLong();
    return figures;
}

std::optional<QList<std::pair<QDate, CaseFigures>>> CaseRates::monthly(QDate first, QDate last, qint64 gridId) const
{
    // Each month's cohort: received that month, closed by its end (closed_month up to it).
    QString sql = u"SELECT received_month, sum(cases), "
                  "sum(CASE WHEN closed_month <> '' AND closed_month <= received_month THEN cases ELSE 0 END), "
                  "sum(CASE WHEN closed_month <> '' AND closed_month <= received_month THEN on_time ELSE 0 END), "
                  "sum(CASE WHEN closed_month <> '' AND closed_month <= received_month THEN rated ELSE 0 END), "
                  "sum(CASE WHEN closed_month <> '' AND closed_month <= received_month THEN satisfied ELSE 0 END) "
                  "FROM case_month_counts WHERE received_month BETWEEN ? AND ?"_s;
    QVariantList values = {first.toString(u"yyyy-MM"_s), last.toString(u"yyyy-MM"_s)};
    const CenterScope center = CenterScope::of(m_database);
    if (const QString grids = center.chosenGridCondition(u"grid_id"_s, gridId); !grids.isEmpty()) {
        sql += u" AND "_s + grids;
        values += center.chosenGridValues(gridId);
    }
    QSqlQuery query(m_database);
    if (!runSelect(query, sql + u" GROUP BY received_month ORDER BY received_month"_s, values, m_lastError))
        return std::nullopt;
    QHash<QString, CaseFigures> found;
    while (query.next()) {
        CaseFigures figures;
        figures.received = query.value(1).toLongLong();
        figures.closed = query.value(2).toLongLong();
        figures.closedOnTime = query.value(3).toLongLong();
        figures.rated = query.value(4).toLongLong();
        figures.satisfied = query.value(5).toLongLong();
        found.insert(query.value(0).toString(), figures);
    }
    QList<std::pair<QDate, CaseFigures>> months;
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1))
        months.append({month, found.value(month.toString(u"yyyy-MM"_s))});
    return months;
}

} // namespace linli
