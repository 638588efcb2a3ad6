#include "database.h"
#include "testsupport.h"
#include "visitserieskeeper.h"
#include "visitstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// Visits planned as series of rows, changed one by one or from one on, done with their service
// record in the same transaction, and double bookings found.
class TstVisitStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aCourseIsWrittenWhole();
    void anEndlessSeriesIsWrittenAHorizonAhead();
    void theHorizonMovesWithTheDaysInAWindowLeftOpen();
    void oneOccurrenceChangesAlone();
    void doneLogsTheServiceInTheSameTransaction();
    void aStaleOrRefusedChangeChangesNothing();
    void thisAndFollowingSplitsTheSeries();
    void doubleBookingsAreFound();
    void aPlanHandedOverTwiceIsSavedOnce();

private:
    VisitDraft draft(const QString &kind = u"rehab_center"_s) const;
    static VisitRecurrence twiceAWeek(int count);
    qint64 count(const QString &sql) const { return scalar(m_database->connection(), sql); }
    FreshDatabase m_database;
    const QDate m_today{2026, 11, 23}; // a Monday
};

void TstVisitStore::init()
{
    QVERIFY(m_database.open());
    QVERIFY(addDeskPeople(m_database->connection(), u"(1, '李敏', 1), (2, '张伟', 0), (3, '赵磊', 1)"_s));
}

void TstVisitStore::cleanup()
{
    m_database.close();
}

VisitDraft TstVisitStore::draft(const QString &kind) const
{
    VisitDraft draft;
    draft.residentId = 5;
    draft.staffId = 1;
    draft.kind = kind;
    draft.startTime = QTime(9, 30);
    draft.durationMinutes = 45;
    draft.place = u"康复站"_s;
    return draft;
}

VisitRecurrence TstVisitStore::twiceAWeek(int count)
{
    VisitRecurrence rule;
    rule.weekdays = VisitRecurrence::weekdayBit(Qt::Tuesday) | VisitRecurrence::weekdayBit(Qt::Thursday);
    rule.start = QDate(2026, 11, 24);
    rule.count = count;
    return rule;
}

void TstVisitStore::aCourseIsWrittenWhole()
{
    VisitStore store(m_database->connection());
    const Result<qint64> created = store.createSeries(draft(), twiceAWeek(12), m_today);
    QVERIFY2(created.isDone(), qPrintable(created.message()));
    const QList<VisitRow> visits = store.visitsOfSeries(created.value());
    QCOMPARE(visits.size(), 12);
    QCOMPARE(visits.constFirst().startsAt, QDateTime(QDate(2026, 11, 24), QTime(9, 30)));
    QCOMPARE(visits.constLast().startsAt, QDateTime(QDate(2026, 12, 31), QTime(9, 30)));
    for (const VisitRow &visit : visits) {
        QCOMPARE(visit.status, u"planned"_s);
        QCOMPARE(visit.durationMinutes, 45);
        QCOMPARE(visit.staffId, 1);
    }
    QCOMPARE(count(u"SELECT materialized_until IS NULL FROM visit_series"_s), 1);
    // Only series without end are written ahead.
    QVERIFY(store.extendSeries(m_today.addDays(200)));
    QCOMPARE(store.visitsOfSeries(created.value()).size(), 12);
}

void TstVisitStore::anEndlessSeriesIsWrittenAHorizonAhead()
{
    VisitStore store(m_database->connection());
    VisitRecurrence weekly;
    weekly.weekdays = VisitRecurrence::weekdayBit(Qt::Friday);
    weekly.start = m_today;
    const Result<qint64> created = store.createSeries(draft(u"home_visit"_s), weekly, m_today);
    QVERIFY(created.isDone());
    // Fridays within 90 days.
    QCOMPARE(store.visitsOfSeries(created.value()).size(), 13);
    // A month later the horizon moves with the days, without writing a Friday twice.
    QVERIFY(store.extendSeries(m_today.addDays(30)));
    const QList<VisitRow> visits = store.visitsOfSeries(created.value());
    QCOMPARE(visits.size(), 17);
    for (int i = 1; i < visits.size(); ++i)
        QCOMPARE(visits.at(i - 1).startsAt.daysTo(visits.at(i).startsAt), 7);
    QVERIFY(store.extendSeries(m_today.addDays(30)));
    QCOMPARE(store.visitsOfSeries(created.value()).size(), 17);
}

void TstVisitStore::theHorizonMovesWithTheDaysInAWindowLeftOpen()
{
    VisitStore store(m_database->connection());
    VisitRecurrence weekly;
    weekly.weekdays = VisitRecurrence::weekdayBit(Qt::Friday);
    weekly.start = m_today;
    const qint64 series = store.createSeries(draft(u"home_visit"_s), weekly, m_today).valueOr(0);
    QCOMPARE(store.visitsOfSeries(series).size(), 13);
    QDate today = m_today;
    VisitSeriesKeeper keeper(m_database->connection(), nullptr, std::chrono::milliseconds(20));
    keeper.setClock([&today] { return today; });
    keeper.start();
    QCOMPARE(store.visitsOfSeries(series).size(), 13);
    // A month passes with the window open: the next turn writes the Fridays that came in reach.
    today = m_today.addDays(30);
    QTRY_COMPARE(store.visitsOfSeries(series).size(), 17);
}

void TstVisitStore::oneOccurrenceChangesAlone()
{
    VisitStore store(m_database->connection());
    const qint64 series = store.createSeries(draft(), twiceAWeek(4), m_today).valueOr(0);
    QList<VisitRow> visits = store.visitsOfSeries(series);
    const QDateTime later(QDate(2026, 11, 24), QTime(15, 0));
    QVERIFY(store.move(visits.at(0).id, visits.at(0).version, later).isDone());
    QVERIFY(store.cancel(visits.at(1).id, visits.at(1).version, u"居民住院"_s).isDone());
    QVERIFY(store.markMissed(visits.at(2).id, visits.at(2).version, u"明天电话联系"_s).isDone());
    visits = store.visitsOfSeries(series);
    QCOMPARE(visits.at(0).startsAt, later);
    QCOMPARE(visits.at(1).status, u"cancelled"_s);
    QCOMPARE(visits.at(1).cancelReason, u"居民住院"_s);
    QCOMPARE(visits.at(2).status, u"missed"_s);
    QCOMPARE(visits.at(2).outcome, u"明天电话联系"_s);
    QCOMPARE(visits.at(3).status, u"planned"_s);
    QCOMPARE(visits.at(3).startsAt.time(), QTime(9, 30));
}

void TstVisitStore::doneLogsTheServiceInTheSameTransaction()
{
    VisitStore store(m_database->connection());
    const qint64 series = store.createSeries(draft(u"rehab_home"_s), twiceAWeek(2), m_today).valueOr(0);
    const VisitRow first = store.visitsOfSeries(series).constFirst();
    const QDateTime evening(QDate(2026, 11, 24), QTime(18, 0));
    const Result<qint64> done = store.markDone(first.id, first.version, u"完成下肢训练"_s, evening);
    QVERIFY2(done.isDone(), qPrintable(done.message()));
    const VisitRow row = *store.visit(first.id);
    QCOMPARE(row.status, u"done"_s);
    QVERIFY(row.serviceRecordId > 0);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT t.code, s.resident_id, s.handler_id, s.served_at, s.duration_minutes, s.outcome "
                       "FROM service_records s JOIN service_types t ON t.id = s.service_type_id WHERE s.id = %1"_s.arg(
                               row.serviceRecordId)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"RH03"_s);
    QCOMPARE(query.value(1).toLongLong(), 5);
    QCOMPARE(query.value(2).toLongLong(), 1);
    QCOMPARE(query.value(3).toString(), u"2026-11-24 09:30:00"_s);
    QCOMPARE(query.value(4).toInt(), 45);
    QCOMPARE(query.value(5).toString(), u"完成下肢训练"_s);

    // If the service cannot be logged, the visit stays planned: one transaction.
    const VisitRow second = store.visitsOfSeries(series).at(1);
    QVERIFY(query.exec(u"UPDATE service_types SET retired = 1 WHERE code = 'RH03'"_s));
    const Result<qint64> refused = store.markDone(second.id, second.version, QString(), evening.addDays(2));
    QVERIFY(!refused.isDone());
    QCOMPARE(store.visit(second.id)->status, u"planned"_s);
    QCOMPARE(count(u"SELECT count(*) FROM service_records"_s), 1);
}

void TstVisitStore::aStaleOrRefusedChangeChangesNothing()
{
    VisitStore store(m_database->connection());
    const qint64 series = store.createSeries(draft(), twiceAWeek(2), m_today).valueOr(0);
    const VisitRow first = store.visitsOfSeries(series).constFirst();
    QVERIFY(store.cancel(first.id, first.version, u"改期"_s).isDone());
    // The clerk still sees version 1.
    QVERIFY(store.move(first.id, first.version, QDateTime(m_today, QTime(10, 0))).message().contains(u"meanwhile"_s));
    const VisitRow fresh = *store.visit(first.id);
    QVERIFY(store.markMissed(fresh.id, fresh.version, u"再访"_s).message().contains(u"planned"_s));
    const VisitRow second = store.visitsOfSeries(series).at(1);
    QVERIFY(store.cancel(second.id, second.version, u"  "_s).message().contains(u"why"_s));
    QVERIFY(store.markMissed(second.id, second.version, QString()).message().contains(u"next step"_s));
    QCOMPARE(store.visit(second.id)->status, u"planned"_s);

    VisitDraft nobody = draft();
    nobody.residentId = 99;
    QVERIFY(store.createSeries(nobody, twiceAWeek(2), m_today).message().contains(u"resident"_s));
    VisitDraft gone = draft();
    gone.staffId = 2;
    QVERIFY(store.createSeries(gone, twiceAWeek(2), m_today).message().contains(u"not active"_s));
    VisitRecurrence noDays = twiceAWeek(2);
    noDays.weekdays = 0;
    QVERIFY(store.createSeries(draft(), noDays, m_today).message().contains(u"weekday"_s));
    QCOMPARE(count(u"SELECT count(*) FROM visit_series"_s), 1);
}

void TstVisitStore::thisAndFollowingSplitsTheSeries()
{
    VisitStore store(m_database->connection());
    const qint64 series = store.createSeries(draft(), twiceAWeek(12), m_today).valueOr(0);
    QList<VisitRow> visits = store.visitsOfSeries(series);
    // The first two were held, the sixth was cancelled ahead; from the fifth on, 赵磊 at 14:00.
    QVERIFY(store.markDone(visits.at(0).id, 1, QString(), QDateTime(QDate(2026, 11, 24), QTime(12, 0))).isDone());
    QVERIFY(store.markDone(visits.at(1).id, 1, QString(), QDateTime(QDate(2026, 11, 26), QTime(12, 0))).isDone());
    QVERIFY(store.cancel(visits.at(5).id, 1, u"节日"_s).isDone());
    VisitDraft changed = draft();
    changed.staffId = 3;
    changed.startTime = QTime(14, 0);
    const Result<qint64> split = store.changeFollowing(visits.at(4).id, changed, m_today);
    QVERIFY2(split.isDone(), qPrintable(split.message()));

    const QList<VisitRow> before = store.visitsOfSeries(series);
    QCOMPARE(before.size(), 5); // four before the split day, and the cancelled one after it
    QCOMPARE(before.at(4).status, u"cancelled"_s);
    const QList<VisitRow> after = store.visitsOfSeries(split.value());
    // Twelve sessions in all: eight were left (four before the split), one of them already cancelled.
    QCOMPARE(after.size(), 7);
    for (const VisitRow &visit : after) {
        QCOMPARE(visit.staffId, 3);
        QCOMPARE(visit.startsAt.time(), QTime(14, 0));
        QVERIFY(visit.startsAt.date() != visits.at(5).startsAt.date());
    }
    QCOMPARE(after.constFirst().startsAt.date(), visits.at(4).startsAt.date());
    // The first series ends the day before.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT until_date, occurrence_count IS NULL FROM visit_series WHERE id = %1"_s.arg(series)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), visits.at(4).startsAt.date().addDays(-1).toString(Qt::ISODate));
    QVERIFY(query.value(1).toBool());
}

void TstVisitStore::doubleBookingsAreFound()
{
    VisitStore store(m_database->connection());
    const qint64 series = store.createSeries(draft(), twiceAWeek(2), m_today).valueOr(0); // 09:30–10:15
    const QDate tuesday(2026, 11, 24);
    // The staff member at 10:00 elsewhere overlaps; at 10:15 not.
    QCOMPARE(store.conflicts(1, 0, QDateTime(tuesday, QTime(10, 0)), 30).size(), 1);
    QCOMPARE(store.conflicts(1, 0, QDateTime(tuesday, QTime(10, 15)), 30).size(), 0);
    QCOMPARE(store.conflicts(1, 0, QDateTime(tuesday, QTime(9, 0)), 30).size(), 0);
    QCOMPARE(store.conflicts(1, 0, QDateTime(tuesday, QTime(9, 0)), 31).size(), 1);
    // The resident with another staff member.
    QCOMPARE(store.conflicts(3, 5, QDateTime(tuesday, QTime(9, 45)), 10).size(), 1);
    QCOMPARE(store.conflicts(3, 0, QDateTime(tuesday, QTime(9, 45)), 10).size(), 0);
    // The visit itself is not its own conflict, nor a cancelled one.
    const VisitRow first = store.visitsOfSeries(series).constFirst();
    QCOMPARE(store.conflicts(1, 5, first.startsAt, 45, first.id).size(), 0);
    QVERIFY(store.cancel(first.id, first.version, u"改期"_s).isDone());
    QCOMPARE(store.conflicts(1, 5, first.startsAt, 45).size(), 0);
}

void TstVisitStore::aPlanHandedOverTwiceIsSavedOnce()
{
    VisitStore store(m_database->connection());
    VisitDraft planned = draft();
    planned.entryKey = u"plan-1"_s;
    const qint64 series = store.createSeries(planned, twiceAWeek(4), m_today).valueOr(0);
    QVERIFY(series > 0);
    QCOMPARE(store.createSeries(planned, twiceAWeek(4), m_today).valueOr(0), series);
    QCOMPARE(count(u"SELECT count(*) FROM visit_series"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM visits"_s), 4);

    // A change of this and the following visits splits the series once.
    const QList<VisitRow> visits = store.visitsOfSeries(series);
    VisitDraft changed = draft();
    changed.startTime = QTime(14, 0);
    changed.entryKey = u"plan-2"_s;
    const qint64 split = store.changeFollowing(visits.at(2).id, changed, m_today).valueOr(0);
    QVERIFY(split > series);
    QCOMPARE(store.changeFollowing(visits.at(2).id, changed, m_today).valueOr(0), split);
    QCOMPARE(count(u"SELECT count(*) FROM visit_series"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM visits"_s), 4);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE object_type = 'visit_series'"_s), 3);
}

QTEST_GUILESS_MAIN(TstVisitStore)
#include "tst_visitstore.moc"
