#include "caserates.h"

#include "caseworkflow.h"

#include <QSqlError>
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
{
}

std::optional<CaseFigures> CaseRates::figures(const ServiceFilter &filter) const
{
    if (!filter.from.isValid() || !filter.to.isValid()) {
        m_lastError = u"a period is needed"_s;
        return std::nullopt;
    }
    const QString closed = u"(s.case_status = 'closed' AND s.resolved_date <= ?)"_s;
    const QString sql = u"SELECT count(*), coalesce(sum(%1), 0), "
                        "coalesce(sum(%1 AND (s.due_date IS NULL OR s.resolved_date <= s.due_date)), 0), "
                        "coalesce(sum(%1 AND s.satisfaction IS NOT NULL), 0), "
                        "coalesce(sum(%1 AND s.satisfaction >= %2), 0) "
                        "FROM service_records s WHERE s.case_status IS NOT NULL AND %3"_s
                                .arg(closed)
                                .arg(CaseWorkflow::satisfiedFrom)
                                .arg(filter.whereClause());
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

} // namespace linli
