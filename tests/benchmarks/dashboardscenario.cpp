#include "dashboardscenario.h"

#include "benchcontext.h"
#include "dashboardfigures.h"
#include "monthseriesmodel.h"
#include "sqlitefloor.h"
#include "statementrecorder.h"

#include <QDate>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli::bench {

namespace {

// The dashboard's figures counted straight from the log, the way a report is usually written.
QStringList plainGroupBy(QDate first, QDate last)
{
    const QString from = u"'%1'"_s.arg(first.toString(Qt::ISODate));
    const QString to = u"'%1'"_s.arg(last.addMonths(1).toString(Qt::ISODate));
    const QString lastFrom = u"'%1'"_s.arg(last.toString(Qt::ISODate));
    return {
            u"SELECT substr(s.served_at, 1, 7), t.category_id, count(*) FROM service_records s "
            "JOIN service_types t ON t.id = s.service_type_id WHERE s.served_at >= %1 AND s.served_at < %2 GROUP BY 1, 2"_s
                    .arg(from, to),
            u"SELECT s.service_type_id, count(*) FROM service_records s WHERE s.served_at >= %1 AND s.served_at < %2 "
            "GROUP BY 1 ORDER BY 2 DESC LIMIT 10"_s.arg(lastFrom, to),
            u"SELECT substr(s.served_at, 1, 7), count(DISTINCT s.resident_id) FROM service_records s "
            "WHERE s.served_at >= %1 AND s.served_at < %2 AND s.resident_id IS NOT NULL GROUP BY 1"_s.arg(from, to),
            u"SELECT substr(v.starts_at, 1, 7), v.kind, v.status, count(*) FROM visits v "
            "WHERE v.starts_at >= %1 AND v.starts_at < %2 GROUP BY 1, 2, 3"_s.arg(from, to),
            u"SELECT substr(registered_at, 1, 7), count(*) FROM residents WHERE registered_at >= %1 "
            "AND registered_at < %2 GROUP BY 1"_s.arg(from, to),
            u"SELECT substr(s.served_at, 1, 7), count(*), sum(s.case_status IN ('closed', 'referred')), "
            "sum(s.resolved_date <= s.due_date), avg(s.satisfaction) FROM service_records s "
            "WHERE s.case_status IS NOT NULL AND s.served_at >= %1 AND s.served_at < %2 GROUP BY 1"_s.arg(from, to),
    };
}

} // namespace

void runDashboardScenario(BenchContext &context)
{
    context.report.note(u"\n4. Monthly dashboard: twelve months of figures for the charts"_s);
    QSqlQuery latest(context.connection);
    latest.exec(u"SELECT max(served_at) FROM service_records"_s);
    latest.next();
    const QDate lastDay = QDate::fromString(latest.value(0).toString().left(10), Qt::ISODate);
    const QDate last(lastDay.year(), lastDay.month(), 1);

    MonthSeriesModel services, topTypes, visits, people, rates;
    DashboardFigures::Scope scope;
    scope.month = last;
    const DashboardFigures::Models models{&services, &topTypes, &visits, &people, &rates};
    const auto load = [&] {
        DashboardFigures figures(context.connection);
        if (!figures.load(scope, models))
            context.log << "dashboard: " << figures.lastError() << Qt::endl;
    };
    StatementRecorder::start();
    load();
    const QStringList statements = StatementRecorder::stop();
    SqliteFloor floor(context.databasePath);
    const double app = context.timing.milliseconds(u"dashboard app"_s, load);
    const double floorMs = context.timing.milliseconds(u"dashboard floor"_s, [&] { floor.run(statements); });
    const QString what = u"12 months to %1 (%2 queries)"_s.arg(last.toString(u"yyyy-MM"_s)).arg(statements.size());
    context.report.add(Check::atMost(u"4 dashboard"_s, what, u"ms"_s, app, floorMs, u"floor"_s, 1.5 * floorMs + 50,
                                     u"1.5 × floor + 50 ms"_s));

    Timing once = context.timing;
    once.once = true;
    const QStringList groupBy = plainGroupBy(last.addMonths(-11), last);
    const double groupByMs = once.milliseconds(u"dashboard group by"_s, [&] { floor.run(groupBy); });
    context.report.add(context.atScale(Check::timesBetter(u"4 dashboard"_s, what + u" vs counting the log"_s, u"ms"_s,
                                                          app, groupByMs, u"GROUP BY"_s, 100)));
}

} // namespace linli::bench
