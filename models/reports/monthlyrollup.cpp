#include "monthlyrollup.h"

#include "caseworkflow.h"
#include "residenttag.h"
#include "sqldialect.h"
#include "sqlselect.h"
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

const auto visitCountsFromVisits
        = u"SELECT r.grid_id AS grid_id, substr(v.starts_at, 1, 7) AS month, v.kind, v.status, "
          "count(*) FROM visits v JOIN residents r ON r.id = v.resident_id GROUP BY 1, 2, 3, 4"_s;
const auto visitTotalsFromVisits = u"SELECT substr(starts_at, 1, 7) AS month, kind, status, count(*) FROM visits "
                                   "GROUP BY 1, 2, 3"_s;
const auto caseCountsFromLog
        = u"SELECT coalesce(r.grid_id, 0) AS grid_id, substr(s.served_at, 1, 7) AS month, "
          "CASE WHEN s.case_status = 'closed' THEN coalesce(substr(s.resolved_date, 1, 7), '') ELSE '' END, count(*), "
          "%1, %2, %3 "
          "FROM service_records s LEFT JOIN residents r ON r.id = s.resident_id WHERE s.case_status IS NOT NULL "
          "GROUP BY 1, 2, 3"_s.arg(
                  countWhere(u"s.case_status = 'closed' AND (s.due_date IS NULL OR s.resolved_date <= s.due_date)"_s),
                  countWhere(u"s.case_status = 'closed' AND s.satisfaction IS NOT NULL"_s),
                  countWhere(u"s.case_status = 'closed' AND s.satisfaction >= %1"_s.arg(CaseWorkflow::satisfiedFrom)));
const auto registrationsFromRegister = u"SELECT substr(registered_at, 1, 7) AS month, grid_id, count(*) FROM residents "
                                       "GROUP BY 1, 2"_s;
const auto residentMonthsFromLog
        = u"SELECT DISTINCT resident_id, substr(served_at, 1, 7) AS month FROM service_records "
          "WHERE resident_id IS NOT NULL"_s;

// The people served per grid and month as the register says now, written independently of the
// triggers that keep them.
QString peopleFromResidentMonths(const QSqlDatabase &database)
{
    QStringList columns = {u"r.grid_id"_s, u"m.month"_s, u"count(*)"_s,
                           countWhere(u"r.birth_date <= "_s + SqlDialect::yearsBefore(database, u"m.month"_s, 60)),
                           countWhere(u"r.birth_date <= "_s + SqlDialect::yearsBefore(database, u"m.month"_s, 80))};
    for (const QString &tag : ResidentTag::all()) {
        columns.append(countWhere(
                u"EXISTS (SELECT 1 FROM resident_tags t WHERE t.resident_id = r.id AND t.tag = '%1')"_s.arg(tag)));
    }
    return u"SELECT %1 FROM resident_months m JOIN residents r ON r.id = m.resident_id GROUP BY 1, 2"_s.arg(
            columns.join(u", "_s));
}

QString peopleKept()
{
    QStringList columns = {u"grid_id"_s, u"month"_s, u"people"_s, u"aged_60"_s, u"aged_80"_s};
    columns += ResidentTag::all();
    return u"SELECT %1 FROM served_month_counts"_s.arg(columns.join(u", "_s));
}

// The months of the rows in one query and not the other, either way round.
QString monthsDiffering(const QString &expected, const QString &kept)
{
    // Each EXCEPT in its own subquery: SQLite applies compound operators left to right. (PostgreSQL
    // wants every subquery named.)
    return u"SELECT month FROM (SELECT * FROM (%1) AS a EXCEPT SELECT * FROM (%2) AS b) AS missing "
           "UNION ALL SELECT month FROM (SELECT * FROM (%2) AS a EXCEPT SELECT * FROM (%1) AS b) AS extra"_s.arg(
                   expected, kept);
}

} // namespace

MonthlyRollup::MonthlyRollup(const QSqlDatabase &database)
    : m_database(database)
{}

QStringList MonthlyRollup::monthsOutOfStep() const
{
    const QStringList differing
            = {monthsDiffering(countsFromLog,
                               u"SELECT grid_id, month, service_type_id, records FROM service_month_counts"_s),
               monthsDiffering(totalsFromLog, u"SELECT month, service_type_id, records FROM service_month_totals"_s),
               monthsDiffering(residentMonthsFromLog, u"SELECT resident_id, month FROM resident_months"_s),
               monthsDiffering(peopleFromResidentMonths(m_database), peopleKept()),
               monthsDiffering(visitCountsFromVisits,
                               u"SELECT grid_id, month, kind, status, visits FROM visit_month_counts"_s),
               monthsDiffering(visitTotalsFromVisits, u"SELECT month, kind, status, visits FROM visit_month_totals"_s),
               monthsDiffering(caseCountsFromLog,
                               u"SELECT grid_id, received_month AS month, closed_month, cases, on_time, "
                               "rated, satisfied FROM case_month_counts"_s),
               monthsDiffering(registrationsFromRegister,
                               u"SELECT month, grid_id, residents FROM registration_month_counts"_s)};
    const QString sql
            = u"SELECT DISTINCT month FROM (%1) AS differing ORDER BY month"_s.arg(differing.join(u" UNION ALL "_s));
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
    if (!transaction.isActive()) {
        m_lastError = transaction.lastDriverError();
        return false;
    }
    // A server's rows take the set-wise way: row by row would take hours at a district's size.
    if (!(SqlDialect::isServer(m_database) ? rebuildAtOnceOnServer() : rebuildWithinTransaction()))
        return false;
    if (!transaction.commit()) {
        m_lastError = transaction.lastDriverError();
        return false;
    }
    return true;
}

bool MonthlyRollup::rebuildWithinTransaction()
{
    QSqlQuery query(m_database);
    // The totals first: the triggers on the counts then find nothing to take from, and build the
    // totals again as the counts are written.
    if (!query.exec(u"DELETE FROM service_month_totals"_s) || !query.exec(u"DELETE FROM service_month_counts"_s)
        || !query.exec(u"INSERT INTO service_month_counts (grid_id, month, service_type_id, records) "_s
                       + countsFromLog)
        // Likewise the people served: their counts go first, and are built again by the triggers
        // as the months are written.
        || !query.exec(u"DELETE FROM served_month_counts"_s) || !query.exec(u"DELETE FROM resident_months"_s)
        || !query.exec(u"INSERT INTO resident_months (resident_id, month) "_s + residentMonthsFromLog)
        || !query.exec(u"DELETE FROM visit_month_totals"_s) || !query.exec(u"DELETE FROM visit_month_counts"_s)
        || !query.exec(u"INSERT INTO visit_month_counts (grid_id, month, kind, status, visits) "_s
                       + visitCountsFromVisits)
        || !query.exec(u"DELETE FROM case_month_counts"_s)
        || !query.exec(u"INSERT INTO case_month_counts (grid_id, received_month, closed_month, cases, on_time, rated, "
                       "satisfied) "_s
                       + caseCountsFromLog)
        || !query.exec(u"DELETE FROM registration_month_counts"_s)
        || !query.exec(u"INSERT INTO registration_month_counts (month, grid_id, residents) "_s
                       + registrationsFromRegister)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool MonthlyRollup::rebuildAtOnceOnServer()
{
    QSqlQuery query(m_database);
    const QStringList following = {u"service_month_counts"_s, u"resident_months"_s, u"visit_month_counts"_s};
    const QStringList derived = {u"service_month_totals"_s, u"service_month_counts"_s,     u"served_month_counts"_s,
                                 u"resident_months"_s,      u"visit_month_totals"_s,       u"visit_month_counts"_s,
                                 u"case_month_counts"_s,    u"registration_month_counts"_s};
    QStringList people = {u"grid_id"_s, u"month"_s, u"people"_s, u"aged_60"_s, u"aged_80"_s};
    people += ResidentTag::all();
    QStringList statements;
    for (const QString &table : following)
        statements.append(u"ALTER TABLE %1 DISABLE TRIGGER USER"_s.arg(table));
    for (const QString &table : derived)
        statements.append(u"DELETE FROM "_s + table);
    statements += {u"INSERT INTO service_month_counts (grid_id, month, service_type_id, records) "_s + countsFromLog,
                   u"INSERT INTO service_month_totals (month, service_type_id, records) "_s + totalsFromLog,
                   u"INSERT INTO resident_months (resident_id, month) "_s + residentMonthsFromLog,
                   u"INSERT INTO served_month_counts (%1) "_s.arg(people.join(u", "_s))
                           + peopleFromResidentMonths(m_database),
                   u"INSERT INTO visit_month_counts (grid_id, month, kind, status, visits) "_s + visitCountsFromVisits,
                   u"INSERT INTO visit_month_totals (month, kind, status, visits) "_s + visitTotalsFromVisits,
                   u"INSERT INTO case_month_counts (grid_id, received_month, closed_month, cases, on_time, rated, "
                   "satisfied) "_s
                           + caseCountsFromLog,
                   u"INSERT INTO registration_month_counts (month, grid_id, residents) "_s + registrationsFromRegister};
    for (const QString &table : following)
        statements.append(u"ALTER TABLE %1 ENABLE TRIGGER USER"_s.arg(table));
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            m_lastError = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace linli
