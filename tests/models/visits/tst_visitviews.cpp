#include "database.h"
#include "testsupport.h"
#include "visitagendamodel.h"
#include "visitmonthmodel.h"
#include "visitstore.h"
#include "visitweekmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The models the agenda is shown through (a day, a week, a month, a resident's visits) and the
// single-visit changes they lead to.
class TstVisitViews : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aWeekHasOneVisitPerCellByDay();
    void aDropOnAnotherDayAsksForTheMoveKeepingTheTime();
    void aMonthCountsEachDayByState();
    void aDayAndAResidentListTheirVisits();
    void oneVisitChangesAloneAndStaleChangesAreRefused();

private:
    qint64 plan(qint64 staffId, const QDateTime &start, qint64 residentId = 5);
    VisitRow stored(qint64 id) const { return *VisitStore(m_database->connection()).visit(id); }
    FreshDatabase m_database;
    const QDate m_monday{2026, 11, 23};
};

void TstVisitViews::init()
{
    QVERIFY(m_database.open());
    QVERIFY(addDeskPeople(m_database->connection(), u"(1, '李敏', 1), (2, '张伟', 0), (3, '赵磊', 1)"_s));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, grid_id, building, unit, room, phone, "
                       "registered_at, updated_at) VALUES (6, '陈国强', 'M', '1940-02-02', 1, '3', '2', '401', "
                       "'13800138000', '', '')"_s));
}

void TstVisitViews::cleanup()
{
    m_database.close();
}

qint64 TstVisitViews::plan(qint64 staffId, const QDateTime &start, qint64 residentId)
{
    VisitDraft draft;
    draft.residentId = residentId;
    draft.staffId = staffId;
    draft.kind = u"home_visit"_s;
    draft.startTime = start.time();
    draft.durationMinutes = 30;
    VisitRecurrence once;
    once.frequency = VisitRecurrence::Frequency::EveryNDays;
    once.start = start.date();
    once.count = 1;
    const Result<qint64> created = VisitStore(m_database->connection()).createSeries(draft, once, start.date());
    if (!created.isDone())
        return 0;
    return VisitStore(m_database->connection()).visitsOfSeries(created.value()).constFirst().id;
}

void TstVisitViews::aWeekHasOneVisitPerCellByDay()
{
    const qint64 mondayLate = plan(1, QDateTime(m_monday, QTime(14, 0)));
    const qint64 mondayEarly = plan(1, QDateTime(m_monday, QTime(9, 0)), 6);
    const qint64 wednesday = plan(1, QDateTime(m_monday.addDays(2), QTime(10, 0)));
    const qint64 othersWednesday = plan(3, QDateTime(m_monday.addDays(2), QTime(10, 0)), 6);
    QVERIFY(plan(1, QDateTime(m_monday.addDays(7), QTime(9, 0))) > 0);  // next week
    QVERIFY(plan(1, QDateTime(m_monday.addDays(-1), QTime(9, 0))) > 0); // the Sunday before

    VisitWeekModel week(m_database->connection());
    QAbstractItemModelTester tester(&week, QAbstractItemModelTester::FailureReportingMode::QtTest);
    week.showWeek(1, m_monday.addDays(2));
    QCOMPARE(week.monday(), m_monday);
    QCOMPARE(week.visitCount(), 3);
    QCOMPARE(week.rowCount(), 3); // Monday's two and the empty row for drops
    QCOMPARE(week.index(0, 0).data(VisitWeekModel::VisitIdRole).toLongLong(), mondayEarly);
    QCOMPARE(week.index(1, 0).data(VisitWeekModel::VisitIdRole).toLongLong(), mondayLate);
    QCOMPARE(week.index(0, 2).data(VisitWeekModel::VisitIdRole).toLongLong(), wednesday);
    QVERIFY(!week.index(1, 2).data(VisitWeekModel::VisitIdRole).isValid());
    QCOMPARE(week.index(1, 2).data(VisitWeekModel::DayRole).toDate(), m_monday.addDays(2));
    QVERIFY(week.index(0, 0).data().toString().startsWith(u"09:00 陈国强\n"_s));
    QVERIFY(!week.index(0, 0).data().toString().contains(u"李敏"_s)); // one staff member's week
    QCOMPARE(week.indexOfVisit(wednesday), week.index(0, 2));

    week.showWeek(0, m_monday);
    QCOMPARE(week.visitCount(), 4);
    QCOMPARE(week.index(1, 2).data(VisitWeekModel::VisitIdRole).toLongLong(), othersWednesday);
    QVERIFY(week.index(1, 2).data().toString().contains(u"赵磊"_s)); // the center's week names who goes
    QVERIFY(week.headerData(2, Qt::Horizontal).toString().contains(u"11-25"_s));
}

void TstVisitViews::aDropOnAnotherDayAsksForTheMoveKeepingTheTime()
{
    const qint64 visit = plan(1, QDateTime(m_monday, QTime(14, 0)));
    const qint64 done = plan(1, QDateTime(m_monday, QTime(16, 0)));
    QVERIFY(VisitStore(m_database->connection())
                    .markDone(done, 1, u"好"_s, QDateTime(m_monday, QTime(17, 0)))
                    .isDone());
    VisitWeekModel week(m_database->connection());
    QAbstractItemModelTester tester(&week, QAbstractItemModelTester::FailureReportingMode::QtTest);
    week.showWeek(1, m_monday);
    QSignalSpy asked(&week, &VisitWeekModel::moveRequested);

    QVERIFY(week.flags(week.indexOfVisit(visit)) & Qt::ItemIsDragEnabled);
    QVERIFY(!(week.flags(week.indexOfVisit(done)) & Qt::ItemIsDragEnabled)); // what happened stays
    std::unique_ptr<QMimeData> carried(week.mimeData({week.indexOfVisit(visit)}));
    QVERIFY(carried);
    // Dropped on Friday's empty cell: the move is asked for, nothing written by the model.
    QVERIFY(week.canDropMimeData(carried.get(), Qt::MoveAction, -1, -1, week.index(1, 4)));
    QVERIFY(!week.dropMimeData(carried.get(), Qt::MoveAction, -1, -1, week.index(1, 4)));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).toLongLong(), visit);
    QCOMPARE(asked.at(0).at(1).toInt(), 1);
    QCOMPARE(asked.at(0).at(2).toDateTime(), QDateTime(m_monday.addDays(4), QTime(14, 0)));
    QCOMPARE(stored(visit).startsAt, QDateTime(m_monday, QTime(14, 0)));
    // The same day: nothing to do.
    week.dropMimeData(carried.get(), Qt::MoveAction, -1, -1, week.index(1, 0));
    QCOMPARE(asked.size(), 1);
    // Something else dropped.
    QMimeData text;
    text.setText(u"14"_s);
    QVERIFY(!week.canDropMimeData(&text, Qt::MoveAction, -1, -1, week.index(1, 4)));
}

void TstVisitViews::aMonthCountsEachDayByState()
{
    const QDate first(2026, 11, 1); // a Sunday: the month view starts on Monday 26 October
    VisitStore store(m_database->connection());
    const QDateTime evening(QDate(2026, 11, 30), QTime(20, 0));
    const qint64 done = plan(1, QDateTime(QDate(2026, 11, 10), QTime(9, 0)));
    const qint64 missed = plan(1, QDateTime(QDate(2026, 11, 10), QTime(10, 0)));
    const qint64 cancelled = plan(3, QDateTime(QDate(2026, 11, 10), QTime(11, 0)));
    QVERIFY(plan(3, QDateTime(QDate(2026, 11, 10), QTime(15, 0))) > 0);
    QVERIFY(plan(1, QDateTime(QDate(2026, 11, 30), QTime(23, 59))) > 0); // the month's last minute
    QVERIFY(plan(1, QDateTime(QDate(2026, 12, 1), QTime(0, 0))) > 0);    // shown, not the month's
    QVERIFY(plan(1, QDateTime(QDate(2026, 10, 31), QTime(9, 0))) > 0);   // shown, not the month's
    QVERIFY(store.markDone(done, 1, {}, evening).isDone());
    QVERIFY(store.markMissed(missed, 1, u"明天再去"_s).isDone());
    QVERIFY(store.cancel(cancelled, 1, u"住院"_s).isDone());

    VisitMonthModel month(m_database->connection());
    QAbstractItemModelTester tester(&month, QAbstractItemModelTester::FailureReportingMode::QtTest);
    month.showMonth(0, QDate(2026, 11, 17));
    QCOMPARE(month.firstOfMonth(), first);
    QCOMPARE(month.rowCount(), 6);
    QCOMPARE(month.dayAt(month.index(0, 0)), QDate(2026, 10, 26));
    const QModelIndex tenth = month.indexOfDay(QDate(2026, 11, 10));
    QCOMPARE(month.dayAt(tenth), QDate(2026, 11, 10));
    QCOMPARE(tenth.data(VisitMonthModel::TotalRole).toInt(), 4);
    QCOMPARE(tenth.data(VisitMonthModel::DoneRole).toInt(), 1);
    QCOMPARE(tenth.data(VisitMonthModel::MissedRole).toInt(), 1);
    QCOMPARE(tenth.data(VisitMonthModel::CancelledRole).toInt(), 1);
    QCOMPARE(tenth.data(VisitMonthModel::PlannedRole).toInt(), 1);
    // Three lines at most, so that a month's cell holds them whole.
    QCOMPARE(tenth.data().toString(), u"10  Visits: 4\ndone 1 · missed 1\nplanned 1 · cancelled 1"_s);
    QCOMPARE(month.indexOfDay(QDate(2026, 11, 30)).data(VisitMonthModel::TotalRole).toInt(), 1);
    QCOMPARE(month.indexOfDay(QDate(2026, 12, 1)).data(VisitMonthModel::TotalRole).toInt(), 1);
    QCOMPARE(month.indexOfDay(QDate(2026, 10, 31)).data(VisitMonthModel::TotalRole).toInt(), 1);
    QCOMPARE(month.indexOfDay(QDate(2026, 11, 11)).data(VisitMonthModel::TotalRole).toInt(), 0);
    const VisitDayCount total = month.monthTotal();
    QCOMPARE(total.total(), 5);
    QCOMPARE(total.planned, 2);

    month.showMonth(3, QDate(2026, 11, 1)); // one staff member's
    QCOMPARE(month.indexOfDay(QDate(2026, 11, 10)).data(VisitMonthModel::TotalRole).toInt(), 2);
    QCOMPARE(month.monthTotal().total(), 2);
    QVERIFY(!month.indexOfDay(QDate(2027, 1, 1)).isValid());
}

void TstVisitViews::aDayAndAResidentListTheirVisits()
{
    const qint64 early = plan(1, QDateTime(m_monday, QTime(9, 0)), 6);
    const qint64 late = plan(3, QDateTime(m_monday, QTime(15, 0)), 6);
    QVERIFY(plan(1, QDateTime(m_monday, QTime(11, 0))) > 0);
    const qint64 lastWeek = plan(1, QDateTime(m_monday.addDays(-7), QTime(9, 0)), 6);

    VisitAgendaModel agenda(m_database->connection());
    QAbstractItemModelTester tester(&agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
    agenda.showDay(0, m_monday);
    QCOMPARE(agenda.rowCount(), 3);
    QCOMPARE(agenda.index(0, VisitAgendaModel::Time).data().toString(), u"09:00–09:30"_s);
    const QString address = agenda.index(0, VisitAgendaModel::Address).data().toString();
    QVERIFY2(address.startsWith(u"一网格"_s) && address.contains(u"401"_s), qPrintable(address));
    QCOMPARE(agenda.index(2, VisitAgendaModel::Staff).data().toString(), u"赵磊"_s);
    agenda.showDay(1, m_monday);
    QCOMPARE(agenda.rowCount(), 2);

    agenda.showResident(6, m_monday.addDays(1)); // all past: the latest first
    QCOMPARE(agenda.rowCount(), 3);
    QCOMPARE(agenda.index(0, 0).data(VisitAgendaModel::VisitIdRole).toLongLong(), late);
    QCOMPARE(agenda.index(1, 0).data(VisitAgendaModel::VisitIdRole).toLongLong(), early);
    QCOMPARE(agenda.index(2, 0).data(VisitAgendaModel::VisitIdRole).toLongLong(), lastWeek);
    agenda.showResident(6, m_monday); // today's and coming ones first, soonest first, then the past
    QCOMPARE(agenda.index(0, 0).data(VisitAgendaModel::VisitIdRole).toLongLong(), early);
    QCOMPARE(agenda.index(1, 0).data(VisitAgendaModel::VisitIdRole).toLongLong(), late);
    QCOMPARE(agenda.index(2, 0).data(VisitAgendaModel::VisitIdRole).toLongLong(), lastWeek);
    QCOMPARE(agenda.index(2, VisitAgendaModel::Time).data().toString(), u"2026-11-16 09:00–09:30"_s);
    QCOMPARE(agenda.rowOfVisit(late), 1);

    QVERIFY(VisitStore(m_database->connection()).cancel(late, 1, u"住院"_s).isDone());
    agenda.reload();
    QCOMPARE(agenda.index(1, VisitAgendaModel::Status).data(VisitAgendaModel::StatusRole).toString(), u"cancelled"_s);
    QCOMPARE(agenda.index(1, VisitAgendaModel::Note).data().toString(), u"住院"_s);
}

void TstVisitViews::oneVisitChangesAloneAndStaleChangesAreRefused()
{
    const qint64 visit = plan(1, QDateTime(m_monday, QTime(9, 0)));
    VisitStore store(m_database->connection());
    QSqlQuery query(m_database->connection());
    VisitDraft change;
    change.staffId = 3;
    change.kind = u"rehab_home"_s;
    change.startTime = QTime(15, 30);
    change.durationMinutes = 60;
    change.place = u"社区康复站"_s;
    change.notes = u"带血压计"_s;
    change.residentId = 6; // ignored: a visit stays with its resident
    QVERIFY(store.changeOne(visit, 1, change, m_monday.addDays(1)).isDone());
    VisitRow row = stored(visit);
    QCOMPARE(row.startsAt, QDateTime(m_monday.addDays(1), QTime(15, 30)));
    QCOMPARE(row.staffId, 3);
    QCOMPARE(row.kind, u"rehab_home"_s);
    QCOMPARE(row.durationMinutes, 60);
    QCOMPARE(row.residentId, 5);
    QCOMPARE(row.version, 2);

    // The old version, an inactive staff member, a visit already done: refused, nothing changed.
    QVERIFY(!store.changeOne(visit, 1, change, m_monday).isDone());
    change.staffId = 2;
    QVERIFY(!store.changeOne(visit, 2, change, m_monday).isDone());
    QCOMPARE(stored(visit).startsAt, QDateTime(m_monday.addDays(1), QTime(15, 30)));

    // A move keeps the rest, notes included, and records why a double booking was accepted.
    QVERIFY(store.move(visit, 2, QDateTime(m_monday.addDays(3), QTime(8, 0)), u"家属只有周四在家"_s).isDone());
    row = stored(visit);
    QCOMPARE(row.startsAt, QDateTime(m_monday.addDays(3), QTime(8, 0)));
    QCOMPARE(row.staffId, 3);
    QCOMPARE(row.place, u"社区康复站"_s);
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM visits WHERE notes = '带血压计' "
                    "AND conflict_reason = '家属只有周四在家'"_s),
             1);
    QVERIFY(store.markDone(visit, 3, {}, QDateTime(m_monday.addDays(3), QTime(9, 0))).isDone());
    QVERIFY(!store.move(visit, 4, QDateTime(m_monday.addDays(4), QTime(8, 0))).isDone());
}

QTEST_GUILESS_MAIN(TstVisitViews)
#include "tst_visitviews.moc"
