#include "calendarstore.h"
#include "database.h"
#include "servicerecordstore.h"
#include "demodata.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// Logging services: a record, and for the types that open one, a case due in working days.
class TstServiceRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void logsForAResidentAndAnonymously();
    void caseIsOpenedWithItsDeadline();
    void theDaysAManagerEntersCountForNewCases();
    void anEntryIsWrittenOnce();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void pagesNewestFirst_data();
    void pagesNewestFirst();

private:
    qint64 typeId(const QString &code) const;
    ServiceEntry entry(const QString &code) const;
    qint64 records() const { return scalar(m_database->connection(), u"SELECT count(*) FROM service_records"_s); }
    FreshDatabase m_database;
    const QDateTime m_now{QDate(2025, 9, 26), QTime(16, 30)};
};

void TstServiceRecordStore::init()
{
    QVERIFY(m_database.open());
    QVERIFY(addDeskPeople(m_database->connection(), u"(1, '李敏', 1), (2, '张伟', 0)"_s));
}

void TstServiceRecordStore::cleanup()
{
    m_database.close();
}

qint64 TstServiceRecordStore::typeId(const QString &code) const
{
    return scalar(m_database->connection(), u"SELECT id FROM service_types WHERE code = '%1'"_s.arg(code));
}

ServiceEntry TstServiceRecordStore::entry(const QString &code) const
{
    ServiceEntry entry;
    entry.residentId = 5;
    entry.serviceTypeId = typeId(code);
    entry.servedAt = m_now.addSecs(-600);
    entry.handlerId = 1;
    entry.durationMinutes = 20;
    entry.outcome = u"已解答"_s;
    return entry;
}

void TstServiceRecordStore::logsForAResidentAndAnonymously()
{
    ServiceRecordStore store(m_database->connection());
    store.setReferenceTime(m_now);
    const Result<qint64> logged = store.log(entry(u"LG01"_s));
    QVERIFY2(logged.isDone(), qPrintable(logged.message()));
    ServiceEntry anonymous = entry(u"LG01"_s);
    anonymous.residentId = 0;
    anonymous.handlerId = 0;
    QVERIFY(store.log(anonymous).isDone());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT resident_id, served_at, handler_id, duration_minutes, outcome, case_status "
                       "FROM service_records ORDER BY id"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 5);
    QCOMPARE(query.value(1).toString(), u"2025-09-26 16:20:00"_s);
    QCOMPARE(query.value(2).toLongLong(), 1);
    QCOMPARE(query.value(3).toInt(), 20);
    QCOMPARE(query.value(4).toString(), u"已解答"_s);
    QVERIFY(query.value(5).isNull()); // a consultation opens no case
    QVERIFY(query.next());
    QVERIFY(query.value(0).isNull());
    QVERIFY(query.value(2).isNull());
}

void TstServiceRecordStore::caseIsOpenedWithItsDeadline()
{
    ServiceRecordStore store(m_database->connection());
    store.setReferenceTime(m_now);
    // LG02 (legal aid referral): 10 working days. From Friday 26 September 2025 over National Day
    // (1–8 October off, Sunday 28 September and Saturday 11 October worked): due 16 October.
    const Result<qint64> logged = store.log(entry(u"LG02"_s));
    QVERIFY2(logged.isDone(), qPrintable(logged.message()));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT case_status, due_date FROM service_records WHERE id = %1"_s.arg(logged.value())));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"received"_s);
    QCOMPARE(query.value(1).toString(), u"2025-10-16"_s);
    QVERIFY(query.exec(
            u"SELECT to_status, happened_at FROM case_events WHERE service_record_id = %1"_s.arg(logged.value())));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"received"_s);
    QCOMPARE(query.value(1).toString(), u"2025-09-26 16:20:00"_s);
    QVERIFY(!query.next());
}

void TstServiceRecordStore::anEntryIsWrittenOnce()
{
    ServiceRecordStore store(m_database->connection());
    store.setReferenceTime(m_now);
    ServiceEntry complaint = entry(u"LG02"_s);
    complaint.entryKey = u"0b6f3c1e-5f55-4c1e-9a52-3d3c2a9f7e01"_s;
    const Result<qint64> first = store.log(complaint);
    QVERIFY2(first.isDone(), qPrintable(first.message()));
    // The same form's entry handed over again: refused, naming the record written.
    const Result<qint64> again = store.log(complaint);
    QVERIFY(again.is(Problem::Kind::Duplicate));
    QCOMPARE(again.problem().recordId, first.value());
    QCOMPARE(records(), 1);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM case_events"_s), 1);
    // Another entry of the same form, and entries without a key, are written.
    complaint.entryKey = u"0b6f3c1e-5f55-4c1e-9a52-3d3c2a9f7e02"_s;
    QVERIFY(store.log(complaint).isDone());
    QVERIFY(store.log(entry(u"LG02"_s)).isDone());
    QVERIFY(store.log(entry(u"LG02"_s)).isDone());
    QCOMPARE(records(), 4);
}

void TstServiceRecordStore::theDaysAManagerEntersCountForNewCases()
{
    const auto dueOn = [this](const QDateTime &servedAt) {
        ServiceRecordStore store(m_database->connection());
        store.setReferenceTime(servedAt.addSecs(60));
        ServiceEntry work = entry(u"CM02"_s); // 12345 work order: 5 working days
        work.servedAt = servedAt;
        const qint64 id = store.log(work).valueOr(0);
        return QDate::fromString(store.record(id).value_or(ServiceRecordRow()).dueDate, Qt::ISODate);
    };
    // 2026 as seeded: received Friday 13 February, Saturday 14 worked, 15–23 off for the Spring Festival.
    QCOMPARE(dueOn(QDateTime(QDate(2026, 2, 13), QTime(9, 0))), QDate(2026, 2, 27));

    // A year nobody has entered yet counts weekdays only; entering its days changes new cases.
    const QDateTime newYearsEve(QDate(2026, 12, 31), QTime(9, 0));
    QCOMPARE(dueOn(newYearsEve), QDate(2027, 1, 7));
    CalendarStore calendar(m_database->connection());
    LINLI_VERIFY_DONE(calendar.setDay({QDate(2027, 1, 1), true, u"元旦"_s}));
    LINLI_VERIFY_DONE(calendar.setDay({QDate(2027, 1, 2), false, u"调休"_s})); // a Saturday worked
    QCOMPARE(calendar.days(2027).size(), 2);
    QCOMPARE(dueOn(newYearsEve), QDate(2027, 1, 7));                          // one day off, one Saturday on
    LINLI_VERIFY_DONE(calendar.setDay({QDate(2027, 1, 2), true, u"元旦"_s})); // changed: off after all
    QCOMPARE(dueOn(newYearsEve), QDate(2027, 1, 8));
    QCOMPARE(calendar.days(2027).constLast().note, u"元旦"_s);
    LINLI_VERIFY_DONE(calendar.removeDay(QDate(2027, 1, 2)));
    QCOMPARE(calendar.days(2027).size(), 1);
    // A weekday cannot be a worked day off.
    QVERIFY(calendar.setDay({QDate(2027, 1, 4), false, QString()}).message().contains(u"weekday"_s));
    QCOMPARE(calendar.days(2027).size(), 1);
}

void TstServiceRecordStore::refusalsWriteNothing_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("in the future") << u"future"_s << u"future"_s;
    QTest::newRow("no date") << u"nodate"_s << u"when"_s;
    QTest::newRow("retired type") << u"retired"_s << u"still offered"_s;
    QTest::newRow("unknown type") << u"notype"_s << u"still offered"_s;
    QTest::newRow("unknown resident") << u"resident"_s << u"no longer registered"_s;
    QTest::newRow("inactive handler") << u"handler"_s << u"active staff"_s;
    QTest::newRow("negative duration") << u"duration"_s << u"duration"_s;
    QTest::newRow("more than a day") << u"long"_s << u"duration"_s;
}

void TstServiceRecordStore::refusalsWriteNothing()
{
    QFETCH(QString, change);
    QFETCH(QString, reasonPart);
    ServiceEntry bad = entry(u"LG02"_s);
    if (change == u"future"_s)
        bad.servedAt = m_now.addSecs(3600);
    else if (change == u"nodate"_s)
        bad.servedAt = {};
    else if (change == u"retired"_s)
        QVERIFY(QSqlQuery(m_database->connection())
                        .exec(u"UPDATE service_types SET retired = 1 WHERE code = 'LG02'"_s));
    else if (change == u"notype"_s)
        bad.serviceTypeId = 9999;
    else if (change == u"resident"_s)
        bad.residentId = 77;
    else if (change == u"handler"_s)
        bad.handlerId = 2;
    else if (change == u"duration"_s)
        bad.durationMinutes = -5;
    else if (change == u"long"_s)
        bad.durationMinutes = ServiceRecordStore::longestMinutes + 1;
    ServiceRecordStore store(m_database->connection());
    store.setReferenceTime(m_now);
    const Result<qint64> result = store.log(bad);
    QVERIFY(result.is(Problem::Kind::Invalid));
    QVERIFY2(result.message().contains(reasonPart), qPrintable(result.message()));
    QCOMPARE(records(), 0);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM case_events"_s), 0);
}

void TstServiceRecordStore::pagesNewestFirst_data()
{
    QTest::addColumn<QString>("filterName");
    QTest::addColumn<QString>("where"); // the same filter in plain SQL, for the reference
    QTest::newRow("everything") << u"none"_s << u"TRUE"_s;
    QTest::newRow("a month") << u"month"_s << u"served_at >= '2024-03-01' AND served_at < '2024-04-01'"_s;
    QTest::newRow("a type") << u"type"_s << u"service_type_id = 1"_s;
    QTest::newRow("a category") << u"category"_s
                                << u"service_type_id IN (SELECT id FROM service_types WHERE category_id = 2)"_s;
    QTest::newRow("a handler") << u"handler"_s << u"handler_id = 3"_s;
    QTest::newRow("a grid") << u"grid"_s << u"resident_id IN (SELECT id FROM residents WHERE grid_id = %1)"_s;
    QTest::newRow("open cases")
            << u"open"_s << u"case_status IN ('received', 'assigned', 'in_progress', 'replied', 'return_visit')"_s;
    QTest::newRow("closed cases in a month") << u"closed"_s
                                             << u"case_status = 'closed' AND served_at >= '2024-03-01' "
                                                "AND served_at < '2024-04-01'"_s;
}

// Every record exactly once, in the order of the reference query, page after page; the count agrees.
void TstServiceRecordStore::pagesNewestFirst()
{
    QFETCH(QString, filterName);
    QFETCH(QString, where);
    static QTemporaryDir dir;
    static Database demo;
    if (!demo.isOpen()) {
        QVERIFY(DemoData().residents(1500).services(12000).seed(3).openIn(demo, locationFor(dir)));
    }
    ServiceFilter filter;
    if (filterName == u"month"_s || filterName == u"closed"_s) {
        filter.from = QDate(2024, 3, 1);
        filter.to = QDate(2024, 3, 31);
    }
    if (filterName == u"type"_s)
        filter.typeId = 1;
    if (filterName == u"category"_s)
        filter.categoryId = 2;
    if (filterName == u"handler"_s)
        filter.handlerId = 3;
    if (filterName == u"grid"_s) {
        // A grid whose residents have been served.
        filter.gridId = scalar(demo.connection(),
                               u"SELECT r.grid_id FROM service_records s "
                               "JOIN residents r ON r.id = s.resident_id LIMIT 1"_s);
        where = where.arg(filter.gridId);
    }
    if (filterName == u"open"_s)
        filter.caseStatus = u"open"_s;
    if (filterName == u"closed"_s)
        filter.caseStatus = u"closed"_s;

    QList<qint64> expected;
    QSqlQuery reference(demo.connection());
    QVERIFY(reference.exec(u"SELECT id FROM service_records WHERE %1 ORDER BY served_at DESC, id DESC"_s.arg(where)));
    while (reference.next())
        expected.append(reference.value(0).toLongLong());
    QVERIFY2(!expected.isEmpty(), "the demo should have such records");

    const ServiceRecordStore store(demo.connection());
    QList<qint64> seen;
    QList<ServiceRecordRow> page = store.page(filter, nullptr, 500);
    while (!page.isEmpty()) {
        for (const ServiceRecordRow &row : std::as_const(page))
            seen.append(row.id);
        const ServiceRecordRow last = page.constLast();
        page = store.page(filter, &last, 500);
    }
    QCOMPARE(seen, expected);
    QCOMPARE(store.count(filter).value_or(-1), expected.size());
}

QTEST_GUILESS_MAIN(TstServiceRecordStore)
#include "tst_servicerecordstore.moc"
