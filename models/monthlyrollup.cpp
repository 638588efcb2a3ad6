#include "monthlyrollup.h"

#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// The counts as the log gives them: the one definition both the check and the rebuild use (the
// migration that created the tables does the same).
const auto countsFromLog = u"SELECT coalesce(r.grid_id, 0) AS grid_id, substr(s.served_at, 1, 7) AS month, "
                           "s.service_type_id AS service_type_id, count(*) AS records "
                           "FROM service_records s LEFT JOIN residents r ON r.id = s.resident_id "
                           "GROUP BY 1, 2, 3"_s;
const auto totalsFromLog = u"SELECT substr(served_at, 1, 7) AS month, service_type_id, count(*) AS records "
                           "FROM service_records GROUP BY 1, 2"_s;

// The months of the rows in one query and not the other, either way round.
QString monthsDiffering(const QString &expected, const QString &kept)
{
    return u"SELECT month FROM (SELECT * FROM (%1) EXCEPT SELECT * FROM (%2) "
           "UNION ALL SELECT * FROM (%2) EXCEPT SELECT * FROM (%1))"_s.arg(expected, kept);
}

} // namespace

MonthlyRollup::MonthlyRollup(const QSqlDatabase &database)
    : m_database(database)
{
}

QStringList MonthlyRollup::monthsOutOfStep() const
{
    const QString sql = u"SELECT DISTINCT month FROM (%1 UNION ALL %2) ORDER BY month"_s.arg(
            monthsDiffering(countsFromLog,
                            u"SELECT grid_id, month, service_type_id, records FROM service_month_counts"_s),
            monthsDiffering(totalsFromLog, u"SELECT month, service_type_id, records FROM service_month_totals"_s));
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    QStringList months;
    m_lastError.clear();
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return months;
    }
    while (query.next())
        months.append(query.value(0).toString());
    return months;
}

bool MonthlyRollup::rebuild()
{
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database);
    // The totals first: the triggers on the counts then find nothing to take from, and build the
    // totals again as the counts are written.
    if (!transaction.isActive() || !query.exec(u"DELETE FROM service_month_totals"_s)
        || !query.exec(u"DELETE FROM service_month_counts"_s)
        || !query.exec(u"INSERT INTO service_month_counts (grid_id, month, service_type_id, records) "_s
                       + countsFromLog)
        || !transaction.commit()) {
        m_lastError = transaction.isActive() ? query.lastError().text() : transaction.lastDriverError();
        return false;
    }
    return true;
}

} // namespace linli
