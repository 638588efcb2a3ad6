#include "monthlyrollup.h"

#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// The counts as the log gives them: the one definition both the check and the rebuild use (the
// migration that created the table does the same).
const auto countsFromLog = u"SELECT substr(s.served_at, 1, 7) AS month, coalesce(r.grid_id, 0) AS grid_id, "
                           "s.service_type_id AS service_type_id, count(*) AS records "
                           "FROM service_records s LEFT JOIN residents r ON r.id = s.resident_id "
                           "GROUP BY 1, 2, 3"_s;

} // namespace

MonthlyRollup::MonthlyRollup(const QSqlDatabase &database)
    : m_database(database)
{
}

QStringList MonthlyRollup::monthsOutOfStep() const
{
    // Rows in one and not the other, either way round.
    const QString sql = u"SELECT DISTINCT month FROM ("
                        "SELECT * FROM (%1) EXCEPT SELECT month, grid_id, service_type_id, records "
                        "FROM service_month_counts "
                        "UNION ALL "
                        "SELECT month, grid_id, service_type_id, records FROM service_month_counts "
                        "EXCEPT SELECT * FROM (%1)) ORDER BY month"_s.arg(countsFromLog);
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
    if (!transaction.isActive() || !query.exec(u"DELETE FROM service_month_counts"_s)
        || !query.exec(u"INSERT INTO service_month_counts (month, grid_id, service_type_id, records) "_s + countsFromLog)
        || !transaction.commit()) {
        m_lastError = transaction.isActive() ? query.lastError().text() : transaction.lastDriverError();
        return false;
    }
    return true;
}

} // namespace linli
