#include "caserates.h"
#include "database.h"
#include "databasechecker.h"
#include "monthlyrollup.h"
#include "monthfigures.h"
#include "servicerecordstore.h"
#include "demodata.h"
#include "testsupport.h"
#include "visitstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The monthly counts of service records per grid and type, kept by the database's triggers with
// every write, checked against the log and built again from it.
class TstMonthlyRollup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aLoggedServiceCountsInItsMonthGridAndType();
    void changesDeletionsAndMovesFollow();
    void aBulkLoadAgreesWithTheLog();
    void aTamperedCountIsFoundAndRepaired();
    void figuresByCategoryAndTopTypesComeFromTheCounts();
    void peopleServedAreCountedOncePerMonthByGroup();
    void visitsAreCountedByMonthKindAndState();
    void registrationsFollowTheRegister();

private:
    qint64 log(qint64 residentId, const QString &code, const QString &servedAt);
    qint64 counted(const QString &month, qint64 gridId, const QString &code) const;
    qint64 typeId(const QString &code) const;
    QSqlDatabase db() const { return m_database->connection(); }

    QTemporaryDir *m_dir = nullptr;
    Database *m_database = nullptr;
};

void TstMonthlyRollup::init()
{
    m_dir = new QTemporaryDir;
    m_database = new Database;
    QVERIFY(DatabaseSetup::open(*m_database, locationFor(*m_dir)));
    QVERIFY(addDeskPeople(db(), u"(1, '李敏', 1)"_s)); // 王秀英 (5) in grid 1
    QSqlQuery query(db());
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (2, 'G0002', '二网格')"_s));
    QVERIFY(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, grid_id, registered_at, updated_at) "
                       "VALUES (6, '陈国强', 'M', '1940-02-02', 2, '', '')"_s));
}

void TstMonthlyRollup::cleanup()
{
    delete m_database;
    delete m_dir;
}

qint64 TstMonthlyRollup::typeId(const QString &code) const
{
    return scalar(db(), u"SELECT id FROM service_types WHERE code = '%1'"_s.arg(code));
}

qint64 TstMonthlyRollup::log(qint64 residentId, const QString &code, const QString &servedAt)
{
    ServiceRecordStore store(db());
    store.setReferenceTime(QDateTime(QDate(2026, 12, 31), QTime(12, 0)));
    ServiceEntry entry;
    entry.residentId = residentId;
    entry.serviceTypeId = typeId(code);
    entry.servedAt = QDateTime::fromString(servedAt, u"yyyy-MM-dd HH:mm:ss"_s);
    entry.handlerId = 1;
    return store.log(entry).valueOr(0);
}

qint64 TstMonthlyRollup::counted(const QString &month, qint64 gridId, const QString &code) const
{
    const qint64 found = scalar(db(),
                                u"SELECT records FROM service_month_counts WHERE month = '%1' AND grid_id = %2 "
                                "AND service_type_id = %3"_s.arg(month)
                                        .arg(gridId)
                                        .arg(typeId(code)));
    return found < 0 ? 0 : found;
}

void TstMonthlyRollup::aLoggedServiceCountsInItsMonthGridAndType()
{
    QVERIFY(log(5, u"EC01"_s, u"2026-10-01 00:00:00"_s) > 0); // the month's first second
    QVERIFY(log(5, u"EC01"_s, u"2026-10-31 23:59:59"_s) > 0); // and its last
    QVERIFY(log(5, u"EC01"_s, u"2026-11-01 00:00:00"_s) > 0); // the next month's first
    QVERIFY(log(6, u"EC01"_s, u"2026-10-15 10:00:00"_s) > 0); // another grid
    QVERIFY(log(0, u"EC02"_s, u"2026-10-15 10:00:00"_s) > 0); // a walk-in
    QCOMPARE(counted(u"2026-10"_s, 1, u"EC01"_s), 2);
    QCOMPARE(counted(u"2026-11"_s, 1, u"EC01"_s), 1);
    QCOMPARE(counted(u"2026-10"_s, 2, u"EC01"_s), 1);
    QCOMPARE(counted(u"2026-10"_s, 0, u"EC02"_s), 1);
    QCOMPARE(counted(u"2026-09"_s, 1, u"EC01"_s), 0); // a month with nothing has no row
    QCOMPARE(scalar(db(), u"SELECT sum(records) FROM service_month_counts"_s), 5);
    MonthlyRollup rollup(db());
    QCOMPARE(rollup.monthsOutOfStep(), QStringList());
    QVERIFY(rollup.lastError().isEmpty());
}

void TstMonthlyRollup::changesDeletionsAndMovesFollow()
{
    const qint64 first = log(5, u"EC01"_s, u"2026-10-01 09:00:00"_s);
    const qint64 second = log(5, u"EC01"_s, u"2026-10-02 09:00:00"_s);
    const qint64 third = log(6, u"EC02"_s, u"2026-10-03 09:00:00"_s);
    QSqlQuery query(db());
    // A correction to another month and type.
    QVERIFY(query.exec(u"UPDATE service_records SET served_at = '2026-09-30 23:59:59', service_type_id = %1 "
                       "WHERE id = %2"_s.arg(typeId(u"EC02"_s))
                               .arg(first)));
    QCOMPARE(counted(u"2026-10"_s, 1, u"EC01"_s), 1);
    QCOMPARE(counted(u"2026-09"_s, 1, u"EC02"_s), 1);
    // A correction that changes nothing counted (the outcome) leaves the counts alone.
    QVERIFY(query.exec(
            u"UPDATE service_records SET outcome = '好', served_at = '2026-10-02 10:00:00' WHERE id = %1"_s.arg(
                    second)));
    QCOMPARE(counted(u"2026-10"_s, 1, u"EC01"_s), 1);
    // Given to another resident, then deleted: the row goes when it reaches 0.
    QVERIFY(query.exec(u"UPDATE service_records SET resident_id = 6 WHERE id = %1"_s.arg(second)));
    QCOMPARE(counted(u"2026-10"_s, 1, u"EC01"_s), 0);
    QCOMPARE(counted(u"2026-10"_s, 2, u"EC01"_s), 1);
    QVERIFY(query.exec(u"DELETE FROM service_records WHERE id = %1"_s.arg(second)));
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM service_month_counts WHERE month = '2026-10' AND service_type_id = %1"_s.arg(
                            typeId(u"EC01"_s))),
             0);
    // 陈国强 moves to grid 1: his records' counts go along.
    QVERIFY(query.exec(u"UPDATE residents SET grid_id = 1 WHERE id = 6"_s));
    QCOMPARE(counted(u"2026-10"_s, 2, u"EC02"_s), 0);
    QCOMPARE(counted(u"2026-10"_s, 1, u"EC02"_s), 1);
    QVERIFY(third > 0);
    QCOMPARE(scalar(db(), u"SELECT sum(records) FROM service_month_totals"_s), 2); // the grids' moves net out
    QCOMPARE(MonthlyRollup(db()).monthsOutOfStep(), QStringList());
}

void TstMonthlyRollup::aBulkLoadAgreesWithTheLog()
{
    delete m_database;
    delete m_dir;
    m_dir = new QTemporaryDir;
    m_database = new Database;
    QVERIFY(DemoData()
                    .residents(2000)
                    .services(15000)
                    .visits(500)
                    .today(QDate(2026, 3, 15))
                    .openIn(*m_database, locationFor(*m_dir)));
    QCOMPARE(scalar(db(), u"SELECT sum(records) FROM service_month_counts"_s),
             scalar(db(), u"SELECT count(*) FROM service_records"_s));
    QCOMPARE(MonthlyRollup(db()).monthsOutOfStep(), QStringList());
    // The figures per month and category equal a GROUP BY over the log itself.
    const auto figures = MonthFigures(db()).byCategory(QDate(2021, 1, 1), QDate(2026, 3, 31), {});
    QVERIFY(figures);
    QSqlQuery query(db());
    QVERIFY(query.exec(u"SELECT substr(s.served_at, 1, 7), t.category_id, count(*) FROM service_records s "
                       "JOIN service_types t ON t.id = s.service_type_id GROUP BY 1, 2"_s));
    QHash<QString, qint64> fromLog;
    while (query.next())
        fromLog.insert(query.value(0).toString() + u'/' + query.value(1).toString(), query.value(2).toLongLong());
    QHash<QString, qint64> fromCounts;
    for (const MonthFigures::CategoryCount &count : *figures)
        fromCounts.insert(MonthFigures::monthKey(count.month) + u'/' + QString::number(count.categoryId),
                          count.records);
    QVERIFY(fromLog.size() > 100);
    QCOMPARE(fromCounts, fromLog);

    // The case figures per month from the counts equal those counted from the log, before and after
    // cases are taken a step (closed, rated) and one is deleted.
    const auto compareCases = [this] {
        const CaseRates rates(db());
        const auto monthly = rates.monthly(QDate(2025, 4, 1), QDate(2026, 3, 1), 0);
        QVERIFY(monthly);
        QCOMPARE(monthly->size(), 12);
        qint64 received = 0;
        for (const auto &[month, figures] : *monthly) {
            ServiceFilter period;
            period.from = month;
            period.to = month.addMonths(1).addDays(-1);
            const std::optional<CaseFigures> fromLog = rates.figures(period);
            QVERIFY(fromLog);
            QCOMPARE(figures.received, fromLog->received);
            QCOMPARE(figures.closed, fromLog->closed);
            QCOMPARE(figures.closedOnTime, fromLog->closedOnTime);
            QCOMPARE(figures.rated, fromLog->rated);
            QCOMPARE(figures.satisfied, fromLog->satisfied);
            received += figures.received;
        }
        QVERIFY(received > 50);
    };
    compareCases();
    QVERIFY(query.exec(u"UPDATE service_records SET case_status = 'closed', resolved_date = substr(served_at, 1, 10), "
                       "satisfaction = 4 WHERE id IN (SELECT id FROM service_records WHERE case_status = 'received' "
                       "AND served_at >= '2025-06-01' LIMIT 5)"_s));
    QVERIFY(query.exec(u"UPDATE service_records SET satisfaction = 1 WHERE id = (SELECT id FROM service_records "
                       "WHERE case_status = 'closed' AND satisfaction >= 3 AND served_at >= '2025-06-01' LIMIT 1)"_s));
    QVERIFY(query.exec(u"DELETE FROM service_records WHERE id = (SELECT id FROM service_records "
                       "WHERE case_status = 'closed' AND served_at >= '2025-06-01' LIMIT 1 OFFSET 3)"_s));
    // Someone with cases moves to another grid: their cases go along.
    QVERIFY(query.exec(u"UPDATE residents SET grid_id = (SELECT max(id) FROM grids) WHERE id = (SELECT resident_id "
                       "FROM service_records WHERE case_status = 'closed' AND resident_id IS NOT NULL LIMIT 1)"_s));
    compareCases();
    QCOMPARE(MonthlyRollup(db()).monthsOutOfStep(), QStringList());
}

void TstMonthlyRollup::aTamperedCountIsFoundAndRepaired()
{
    QVERIFY(log(5, u"EC01"_s, u"2026-10-01 09:00:00"_s) > 0);
    QVERIFY(log(6, u"EC01"_s, u"2026-11-01 09:00:00"_s) > 0);
    QSqlQuery query(db());
    QVERIFY(query.exec(u"UPDATE service_month_counts SET records = 7 WHERE month = '2026-11'"_s));
    QVERIFY(query.exec(u"INSERT INTO service_month_counts (grid_id, month, service_type_id, records) "
                       "VALUES (1, '2025-01', 1, 3)"_s));
    QVERIFY(query.exec(u"UPDATE service_month_totals SET records = 9 WHERE month = '2026-10'"_s)); // totals alone
    MonthlyRollup rollup(db());
    QCOMPARE(rollup.monthsOutOfStep(), (QStringList{u"2025-01"_s, u"2026-10"_s, u"2026-11"_s}));
    const DatabaseChecker::Report report = DatabaseChecker(db()).run(DatabaseChecker::Depth::Full);
    QVERIFY(!report.ok);
    QVERIFY(report.problems.join(u' ').contains(u"2026-11"_s));
    QVERIFY(DatabaseChecker(db()).run(DatabaseChecker::Depth::Quick).ok); // the quick check skips it

    QVERIFY(rollup.rebuild());
    QCOMPARE(rollup.monthsOutOfStep(), QStringList());
    QCOMPARE(counted(u"2026-11"_s, 2, u"EC01"_s), 1);
    QCOMPARE(scalar(db(), u"SELECT records FROM service_month_totals WHERE month = '2026-10'"_s), 1);
    // Afterwards the triggers keep the counts again (on a server they rested during the rebuild).
    QVERIFY(log(6, u"EC01"_s, u"2026-11-02 09:00:00"_s) > 0);
    QCOMPARE(counted(u"2026-11"_s, 2, u"EC01"_s), 2);
    QCOMPARE(rollup.monthsOutOfStep(), QStringList());
    {
        const DatabaseChecker::Report report = DatabaseChecker(db()).run(DatabaseChecker::Depth::Full);
        QVERIFY2(report.ok, qPrintable(report.problems.join(u' ')));
    }
}

void TstMonthlyRollup::figuresByCategoryAndTopTypesComeFromTheCounts()
{
    // October: 王秀英 (grid 1) three EC01 and one LG01; 陈国强 (grid 2) two EC02; a walk-in LG01.
    for (const QString &at : {u"2026-10-01 00:00:00"_s, u"2026-10-02 09:00:00"_s, u"2026-10-31 23:59:59"_s})
        QVERIFY(log(5, u"EC01"_s, at) > 0);
    QVERIFY(log(5, u"LG01"_s, u"2026-10-05 09:00:00"_s) > 0);
    QVERIFY(log(6, u"EC02"_s, u"2026-10-06 09:00:00"_s) > 0);
    QVERIFY(log(6, u"EC02"_s, u"2026-10-07 09:00:00"_s) > 0);
    QVERIFY(log(0, u"LG01"_s, u"2026-10-08 09:00:00"_s) > 0);
    QVERIFY(log(5, u"EC01"_s, u"2026-11-01 00:00:00"_s) > 0);
    const qint64 elderly = scalar(db(), u"SELECT category_id FROM service_types WHERE code = 'EC01'"_s);
    const qint64 legal = scalar(db(), u"SELECT category_id FROM service_types WHERE code = 'LG01'"_s);
    QVERIFY(elderly != legal);

    MonthFigures figures(db());
    const auto october = figures.byCategory(QDate(2026, 10, 17), QDate(2026, 10, 1), {});
    QVERIFY(october);
    QCOMPARE(october->size(), 2);
    QHash<qint64, qint64> byCategory;
    for (const auto &count : *october) {
        QCOMPARE(count.month, QDate(2026, 10, 1));
        byCategory.insert(count.categoryId, count.records);
    }
    QCOMPARE(byCategory.value(elderly), 5);
    QCOMPARE(byCategory.value(legal), 2);
    const auto twoMonths = figures.byCategory(QDate(2026, 10, 1), QDate(2026, 11, 30), {});
    QCOMPARE(twoMonths->size(), 3);
    QCOMPARE(twoMonths->last().month, QDate(2026, 11, 1));
    QCOMPARE(twoMonths->last().records, 1);
    // Grid 1 leaves the walk-in and 陈国强 out; a category keeps only its own.
    const auto gridOne = figures.byCategory(QDate(2026, 10, 1), QDate(2026, 10, 1), {1, 0});
    QCOMPARE(gridOne->size(), 2);
    QCOMPARE(gridOne->at(0).records + gridOne->at(1).records, 4);
    const auto legalOnly = figures.byCategory(QDate(2026, 10, 1), QDate(2026, 10, 1), {0, legal});
    QCOMPARE(legalOnly->size(), 1);
    QCOMPARE(legalOnly->first().records, 2);
    // A month with nothing.
    QVERIFY(figures.byCategory(QDate(2026, 9, 1), QDate(2026, 9, 30), {})->isEmpty());

    const auto top = figures.topTypes(QDate(2026, 10, 9), 2, {});
    QVERIFY(top);
    QCOMPARE(top->size(), 2);
    QCOMPARE(top->at(0).code, u"EC01"_s);
    QCOMPARE(top->at(0).records, 3);
    QCOMPARE(top->at(1).code, u"EC02"_s); // EC02 and LG01 both 2: by code
    QCOMPARE(top->at(1).records, 2);
    QCOMPARE(figures.topTypes(QDate(2026, 10, 1), 10, {2, 0})->size(), 1);
}

void TstMonthlyRollup::peopleServedAreCountedOncePerMonthByGroup()
{
    QSqlQuery query(db());
    // 王秀英 (5, grid 1) turns 60 on 1 October 2026; 陈国强 (6, grid 2) on 2 October.
    QVERIFY(query.exec(u"UPDATE residents SET birth_date = '1966-10-01' WHERE id = 5"_s));
    QVERIFY(query.exec(u"UPDATE residents SET birth_date = '1966-10-02' WHERE id = 6"_s));
    QVERIFY(query.exec(u"INSERT INTO resident_tags VALUES (5, 'living_alone')"_s));
    const qint64 first = log(5, u"EC01"_s, u"2026-10-01 00:00:00"_s);
    QVERIFY(log(5, u"EC02"_s, u"2026-10-31 23:59:59"_s) > 0); // the same person, the same month
    const qint64 his = log(6, u"EC01"_s, u"2026-10-15 09:00:00"_s);
    QVERIFY(log(6, u"EC01"_s, u"2026-11-15 09:00:00"_s) > 0);
    QVERIFY(log(0, u"EC02"_s, u"2026-10-15 09:00:00"_s) > 0); // a walk-in is nobody in particular

    MonthFigures figures(db());
    auto months = figures.people(QDate(2026, 10, 1), QDate(2026, 11, 30), 0);
    QVERIFY(months);
    QCOMPARE(months->size(), 2);
    MonthFigures::PeopleCount october = months->at(0);
    QCOMPARE(october.month, QDate(2026, 10, 1));
    QCOMPARE(october.people, 2);
    QCOMPARE(october.aged60, 1); // he is 60 only from the 2nd
    QCOMPARE(october.aged80, 0);
    QCOMPARE(october.tagged.value(u"living_alone"_s), 1);
    QCOMPARE(months->at(1).people, 1);
    QCOMPARE(months->at(1).aged60, 1); // in November he is
    QCOMPARE(figures.people(QDate(2026, 10, 1), QDate(2026, 10, 1), 2)->first().people, 1);
    // Registrations by the date in the register, first and last second of the month included.
    QVERIFY(query.exec(u"UPDATE residents SET registered_at = '2026-10-01 00:00:00' WHERE id = 5"_s));
    QVERIFY(query.exec(u"UPDATE residents SET registered_at = '2026-10-31 23:59:59' WHERE id = 6"_s));
    const auto registered = figures.registrations(QDate(2026, 9, 1), QDate(2026, 11, 30), 0);
    QVERIFY(registered);
    QCOMPARE(registered->size(), 1);
    QCOMPARE(registered->first().first, QDate(2026, 10, 1));
    QCOMPARE(registered->first().second, 2);
    QCOMPARE(figures.registrations(QDate(2026, 10, 1), QDate(2026, 10, 1), 2)->first().second, 1);

    // The register changes, the counts follow: a tag, a move, a corrected date of birth.
    QVERIFY(query.exec(u"INSERT INTO resident_tags VALUES (6, 'disabled')"_s));
    QVERIFY(query.exec(u"DELETE FROM resident_tags WHERE resident_id = 5"_s));
    QVERIFY(query.exec(u"UPDATE residents SET grid_id = 1, birth_date = '1940-01-01' WHERE id = 6"_s));
    october = figures.people(QDate(2026, 10, 1), QDate(2026, 10, 1), 1)->first();
    QCOMPARE(october.people, 2);
    QCOMPARE(october.aged60, 2);
    QCOMPARE(october.aged80, 1);
    QCOMPARE(october.tagged.value(u"disabled"_s), 1);
    QCOMPARE(october.tagged.value(u"living_alone"_s), 0);
    QVERIFY(figures.people(QDate(2026, 10, 1), QDate(2026, 11, 1), 2)->isEmpty());

    // His only October service goes to December; one of her two October services goes.
    QVERIFY(query.exec(u"UPDATE service_records SET served_at = '2026-12-01 08:00:00' WHERE id = %1"_s.arg(his)));
    QVERIFY(query.exec(u"DELETE FROM service_records WHERE id = %1"_s.arg(first)));
    months = figures.people(QDate(2026, 10, 1), QDate(2026, 12, 1), 0);
    QCOMPARE(months->size(), 3);
    QCOMPARE(months->at(0).people, 1);
    QCOMPARE(months->at(2).people, 1);
    MonthlyRollup rollup(db());
    QCOMPARE(rollup.monthsOutOfStep(), QStringList());

    // Out of step, found, built again.
    QVERIFY(query.exec(u"UPDATE served_month_counts SET aged_80 = 5 WHERE month = '2026-12'"_s));
    QVERIFY(query.exec(u"DELETE FROM resident_months WHERE month = '2026-11'"_s)); // its trigger keeps the counts
    QCOMPARE(rollup.monthsOutOfStep(), (QStringList{u"2026-11"_s, u"2026-12"_s}));
    QVERIFY(rollup.rebuild());
    QCOMPARE(rollup.monthsOutOfStep(), QStringList());
    QCOMPARE(figures.people(QDate(2026, 11, 1), QDate(2026, 12, 1), 0)->size(), 2);
}

void TstMonthlyRollup::visitsAreCountedByMonthKindAndState()
{
    VisitStore store(db());
    VisitDraft draft;
    draft.residentId = 6; // grid 2
    draft.staffId = 1;
    draft.kind = u"rehab_center"_s;
    draft.startTime = QTime(9, 0);
    VisitRecurrence course; // four weekly sessions from Monday 19 October
    course.frequency = VisitRecurrence::Frequency::EveryNDays;
    course.interval = 7;
    course.start = QDate(2026, 10, 19);
    course.count = 4;
    const Result<qint64> created = store.createSeries(draft, course, QDate(2026, 10, 1));
    QVERIFY(created.isDone());
    const QList<VisitRow> sessions = store.visitsOfSeries(created.value()); // 19 and 26 October, 2 and 9 November
    QVERIFY(store.markDone(sessions.at(0).id, 1, {}, QDateTime(QDate(2026, 10, 19), QTime(12, 0))).isDone());
    QVERIFY(store.cancel(sessions.at(1).id, 1, u"住院"_s).isDone());
    QVERIFY(store.move(sessions.at(2).id, 1, QDateTime(QDate(2026, 10, 30), QTime(9, 0))).isDone());

    MonthFigures figures(db());
    const auto counts = figures.visits(QDate(2026, 10, 1), QDate(2026, 11, 1), 0);
    QVERIFY(counts);
    QHash<QString, qint64> found;
    for (const MonthFigures::VisitCount &count : *counts)
        found.insert(u"%1 %2 %3"_s.arg(MonthFigures::monthKey(count.month), count.kind, count.status), count.visits);
    const QHash<QString, qint64> expected = {{u"2026-10 rehab_center done"_s, 1},
                                             {u"2026-10 rehab_center cancelled"_s, 1},
                                             {u"2026-10 rehab_center planned"_s, 1},
                                             {u"2026-11 rehab_center planned"_s, 1}};
    QCOMPARE(found, expected);
    QCOMPARE(figures.visits(QDate(2026, 10, 1), QDate(2026, 11, 1), 2)->size(), 4);
    QVERIFY(figures.visits(QDate(2026, 10, 1), QDate(2026, 11, 1), 1)->isEmpty());
    QSqlQuery query(db());
    QVERIFY(query.exec(u"UPDATE residents SET grid_id = 1 WHERE id = 6"_s));
    QCOMPARE(figures.visits(QDate(2026, 10, 1), QDate(2026, 11, 1), 1)->size(), 4);
    MonthlyRollup rollup(db());
    QCOMPARE(rollup.monthsOutOfStep(), QStringList());
    QVERIFY(query.exec(u"UPDATE visit_month_totals SET visits = 3 WHERE month = '2026-11'"_s));
    QCOMPARE(rollup.monthsOutOfStep(), QStringList{u"2026-11"_s});
    QVERIFY(rollup.rebuild());
    QCOMPARE(rollup.monthsOutOfStep(), QStringList());
}

void TstMonthlyRollup::registrationsFollowTheRegister()
{
    MonthFigures figures(db());
    const auto registered = [&](const QString &month, qint64 gridId) -> qint64 {
        const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
        const auto months = figures.registrations(first, first, gridId);
        if (!months)
            return -1;
        return months->isEmpty() ? 0 : months->first().second;
    };
    QSqlQuery query(db());
    QVERIFY(query.exec(
            u"INSERT INTO residents (id, name, gender, birth_date, grid_id, registered_at, updated_at) VALUES "
            "(7, '刘洋', 'M', '1980-05-05', 2, '2026-10-01 00:00:00', ''), "
            "(8, '周敏', 'F', '1985-06-06', 2, '2026-10-31 23:59:59', ''), "
            "(9, '吴静', 'F', '1990-07-07', 1, '2026-11-01 00:00:00', '')"_s));
    QCOMPARE(registered(u"2026-10"_s, 2), 2);
    QCOMPARE(registered(u"2026-10"_s, 0), 2);
    QCOMPARE(registered(u"2026-11"_s, 1), 1);
    QVERIFY(query.exec(u"UPDATE residents SET grid_id = 1 WHERE id = 7"_s)); // moves
    QCOMPARE(registered(u"2026-10"_s, 2), 1);
    QCOMPARE(registered(u"2026-10"_s, 1), 1);
    QVERIFY(query.exec(u"UPDATE residents SET registered_at = '2026-11-02 08:00:00' WHERE id = 8"_s)); // re-dated
    QCOMPARE(registered(u"2026-10"_s, 2), 0);
    QCOMPARE(registered(u"2026-11"_s, 0), 2);
    QVERIFY(query.exec(u"UPDATE residents SET name = '周敏敏' WHERE id = 8"_s)); // nothing the counts see
    QVERIFY(query.exec(u"DELETE FROM residents WHERE id = 9"_s));
    QCOMPARE(registered(u"2026-11"_s, 1), 0);
    QCOMPARE(registered(u"2026-11"_s, 2), 1);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM registration_month_counts WHERE residents = 0"_s), 0);

    MonthlyRollup rollup(db());
    QCOMPARE(rollup.monthsOutOfStep(), QStringList());
    QVERIFY(query.exec(u"UPDATE registration_month_counts SET residents = 5 WHERE month = '2026-11'"_s));
    QVERIFY(query.exec(u"DELETE FROM registration_month_counts WHERE month = '2026-10'"_s));
    QCOMPARE(rollup.monthsOutOfStep(), (QStringList{u"2026-10"_s, u"2026-11"_s}));
    QVERIFY(rollup.rebuild());
    QCOMPARE(rollup.monthsOutOfStep(), QStringList());
    QCOMPARE(registered(u"2026-10"_s, 1), 1);
    QCOMPARE(registered(u"2026-11"_s, 0), 1);
}

QTEST_GUILESS_MAIN(TstMonthlyRollup)
#include "tst_monthlyrollup.moc"
