#include "monthlyreport.h"

#include "csvwriter.h"
#include "monthfigures.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

QString rateText(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate * 100.0, 'f', 1) + u'%' : MonthlyReport::tr("none");
}

} // namespace

std::optional<MonthlyReport> MonthlyReport::gather(const QSqlDatabase &database, QDate month, QDate today,
                                                   QString *error)
{
    MonthlyReport report;
    report.month = QDate(month.year(), month.month(), 1);
    const QDate last = report.month.addMonths(1).addDays(-1);
    const MonthFigures figures(database);
    const auto fail = [&](const QString &why) -> std::optional<MonthlyReport> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    // Services per category: this month, the one before, the same a year before.
    const QDate months[3] = {report.month, report.month.addMonths(-1), report.month.addYears(-1)};
    QList<QString> order;
    QHash<QString, CategoryRow> rows;
    for (int i = 0; i < 3; ++i) {
        const auto counts = figures.byCategory(months[i], months[i], {});
        if (!counts)
            return fail(figures.lastError());
        for (const MonthFigures::CategoryCount &count : *counts) {
            const QString key = QString::number(count.categoryId);
            if (!rows.contains(key)) {
                order.append(key);
                rows.insert(key, {count.categoryZh, count.categoryEn});
            }
            CategoryRow &row = rows[key];
            (i == 0 ? row.thisMonth : i == 1 ? row.previousMonth : row.sameMonthLastYear) = count.records;
        }
    }
    for (const QString &key : std::as_const(order)) {
        report.categories.append(rows.value(key));
        report.figures.services += rows.value(key).thisMonth;
    }

    const auto people = figures.people(report.month, report.month, 0);
    const auto visits = figures.visits(report.month, report.month, 0);
    if (!people || !visits)
        return fail(figures.lastError());
    if (!people->isEmpty()) {
        report.figures.peopleServed = people->first().people;
        report.figures.aged60Served = people->first().aged60;
    }
    for (const MonthFigures::VisitCount &count : *visits) {
        if (count.status != u"cancelled"_s)
            report.figures.visitsPlanned += count.visits;
        if (count.status == u"done"_s)
            report.figures.visitsDone += count.visits;
    }

    // From the monthly counts; `linli check` and the tests hold them equal to CaseRates::figures().
    const CaseRates rates(database);
    const auto caseFigures = rates.monthly(report.month, report.month, 0);
    if (!caseFigures)
        return fail(rates.lastError());
    report.figures.cases = caseFigures->first().second;

    // Overdue at the month's end (or today, for the month not over yet), the longest overdue first.
    ServiceFilter overdue;
    overdue.caseStatus = u"overdue"_s;
    overdue.order = ServiceFilter::Order::DueFirst;
    overdue.today = qMin(last.addDays(1), today);
    const ServiceRecordStore store(database);
    report.overdueCases = store.page(overdue, nullptr, overdueListed);
    const std::optional<qint64> overdueCount = store.count(overdue);
    if (!overdueCount)
        return fail(store.lastError());
    report.overdueCount = *overdueCount;
    const auto revision = revisionOf(database, report.month, error);
    if (!revision)
        return std::nullopt;
    report.changedSincePrinted = *revision;
    return report;
}

std::optional<std::optional<MonthlyReport::Revision>> MonthlyReport::revisionOf(const QSqlDatabase &database,
                                                                                QDate month, QString *error)
{
    const QString monthKey = month.toString(u"yyyy-MM"_s);
    QSqlQuery query(database);
    // Prints are few among the log's rows; the action's index finds them.
    query.prepare(u"SELECT max(at_utc) FROM audit_log WHERE action = 'PRINT' AND object_type = 'monthly_report' "
                  "AND changes = ?"_s);
    query.addBindValue(u"month="_s + monthKey);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    const QString printed = query.value(0).toString();
    if (printed.isEmpty())
        return std::optional<Revision>();
    query.prepare(u"SELECT count(*) FROM record_corrections WHERE (month_before = ? OR month_after = ?) "
                  "AND at_utc > ?"_s);
    query.addBindValue(monthKey);
    query.addBindValue(monthKey);
    query.addBindValue(printed);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    const qint64 mends = query.value(0).toLongLong();
    if (mends == 0)
        return std::optional<Revision>();
    return std::optional<Revision>(Revision{QDateTime::fromString(printed, Qt::ISODateWithMs).toLocalTime(), mends});
}

bool MonthlyReport::writeCsv(QIODevice *device, bool chinese) const
{
    CsvWriter csv(device);
    const CaseFigures &cases = figures.cases;
    csv.writeRecord({tr("Monthly report"), month.toString(u"yyyy-MM"_s)});
    csv.writeRecord({});
    csv.writeRecord({tr("Key figure"), tr("Value")});
    const QList<std::pair<QString, QString>> keyFigures
            = {{tr("Services"), QString::number(figures.services)},
               {tr("Residents served"), QString::number(figures.peopleServed)},
               {tr("Of whom aged 60 and over"), QString::number(figures.aged60Served)},
               {tr("Visits planned"), QString::number(figures.visitsPlanned)},
               {tr("Visits done"), QString::number(figures.visitsDone)},
               {tr("Cases received"), QString::number(cases.received)},
               {tr("Cases closed"), QString::number(cases.closed)},
               {tr("Cases closed on time"), QString::number(cases.closedOnTime)},
               {tr("Closure rate"), rateText(cases.closureRate())},
               {tr("On-time closure rate"), rateText(cases.onTimeRate())},
               {tr("Satisfaction rate"), rateText(cases.satisfactionRate())}};
    for (const auto &[label, value] : keyFigures)
        csv.writeRecord({label, value});
    csv.writeRecord({});
    csv.writeRecord({tr("Category"), month.toString(u"yyyy-MM"_s), month.addMonths(-1).toString(u"yyyy-MM"_s),
                     month.addYears(-1).toString(u"yyyy-MM"_s)});
    for (const CategoryRow &row : categories) {
        csv.writeRecord({chinese ? row.nameZh : row.nameEn, QString::number(row.thisMonth),
                         QString::number(row.previousMonth), QString::number(row.sameMonthLastYear)});
    }
    csv.writeRecord({});
    csv.writeRecord({tr("Overdue cases"), QString::number(overdueCount)});
    csv.writeRecord({tr("Received"), tr("Resident"), tr("Service"), tr("Handler"), tr("Due")});
    for (const ServiceRecordRow &row : overdueCases) {
        csv.writeRecord({row.servedAt.left(16), row.residentName, chinese ? row.typeZh : row.typeEn, row.handlerName,
                         row.dueDate});
    }
    return !csv.hasError();
}

} // namespace linli
