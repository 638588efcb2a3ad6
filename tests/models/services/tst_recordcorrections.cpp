#include "actor.h"
#include "casestatus.h"
#include "caseworkflow.h"
#include "database.h"
#include "databasechecker.h"
#include "recordcorrections.h"
#include "servicerecordstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// Mending service records: each kind of correction, with its history, its audit row and the monthly
// counts following (the checker's full run compares them with the log); voids out of every count;
// the case following its record; who may mend what.
class TstRecordCorrections : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachFieldIsCorrectedAndTheFiguresFollow_data();
    void eachFieldIsCorrectedAndTheFiguresFollow();
    void aVoidLeavesEveryCountAndIsKept();
    void aVoidedRecordsIdIsNeverGivenAgain();
    void aCaseEndsAsEnteredInErrorWhenItsTypeOpensNone();
    void aCaseOpensWhenTheTypeOpensOne();
    void aCaseFollowsTheCorrectedTime();
    void aClerkMendsTheirOwnRecordsOfToday();
    void aRecordChangedMeanwhileIsNotMended();
    void refusalsChangeNothing();
    void aVoidedVisitRecordPlansTheVisitAgain();

private:
    qint64 typeId(const QString &code) const;
    qint64 logAs(qint64 userId, const QString &code, const QDateTime &servedAt);
    ServiceRecordRow row(qint64 id) const;
    RecordCorrections corrections() const;
    void verifyChecked() const;
    qint64 count(const QString &sql) const { return scalar(m_database->connection(), sql); }

    FreshDatabase m_database;
    const QDateTime m_now{QDate(2025, 11, 28), QTime(16, 30)};
};

void TstRecordCorrections::init()
{
    QVERIFY(m_database.open());
    const QSqlDatabase db = m_database->connection();
    QVERIFY(addDeskPeople(db, u"(1, '李敏', 1), (2, '张伟', 1), (3, '赵磊', 0)"_s));
    QSqlQuery query(db);
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (2, 'G0002', '二网格')"_s));
    QVERIFY(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, grid_id, registered_at, updated_at) "
                       "VALUES (6, '刘长林', 'M', '1940-03-02', 2, '', '')"_s));
    QVERIFY(query.exec(u"INSERT INTO users (id, login, display_name, role, password_hash, created_at) VALUES "
                       "(11, 'clerk1', '李敏', 'clerk', 'x', ''), (12, 'clerk2', '张伟', 'clerk', 'x', ''), "
                       "(13, 'boss', '王主任', 'manager', 'x', '')"_s));
    Actor::actFor(db, Actor{13, u"boss"_s, u"王主任"_s, Role::Manager});
}

void TstRecordCorrections::cleanup()
{
    if (m_database.operator->())
        Actor::forget(m_database->connection());
    m_database.close();
}

qint64 TstRecordCorrections::typeId(const QString &code) const
{
    return count(u"SELECT id FROM service_types WHERE code = '%1'"_s.arg(code));
}

// A record logged by account `userId` (its created_at today, as the store dates it).
qint64 TstRecordCorrections::logAs(qint64 userId, const QString &code, const QDateTime &servedAt)
{
    const QSqlDatabase db = m_database->connection();
    const Actor before = Actor::of(db);
    Actor::actFor(db, Actor{userId, u"someone"_s, u"某人"_s, Role::Clerk});
    ServiceRecordStore store(db);
    store.setReferenceTime(m_now);
    ServiceEntry entry;
    entry.residentId = 5;
    entry.serviceTypeId = typeId(code);
    entry.servedAt = servedAt;
    entry.handlerId = 1;
    entry.durationMinutes = 20;
    entry.outcome = u"已解答"_s;
    entry.notes = u"问低保怎么申请"_s;
    const Result<qint64> logged = store.log(entry);
    Actor::actFor(db, before);
    if (!logged.isDone())
        qWarning() << logged.message();
    return logged.valueOr(0);
}

ServiceRecordRow TstRecordCorrections::row(qint64 id) const
{
    return ServiceRecordStore(m_database->connection()).record(id).value_or(ServiceRecordRow{});
}

RecordCorrections TstRecordCorrections::corrections() const
{
    RecordCorrections mend(m_database->connection());
    mend.setReferenceTime(m_now);
    return mend;
}

void TstRecordCorrections::verifyChecked() const
{
    const DatabaseChecker::Report report = DatabaseChecker(m_database->connection()).run(DatabaseChecker::Depth::Full);
    QVERIFY2(report.ok, qPrintable(report.problems.join(u"\n"_s)));
}

void TstRecordCorrections::eachFieldIsCorrectedAndTheFiguresFollow_data()
{
    QTest::addColumn<QString>("field");
    QTest::addRow("time, same day") << u"served_at"_s;
    QTest::addRow("time, other month") << u"served_at_month"_s;
    QTest::addRow("type") << u"service_type"_s;
    QTest::addRow("resident, other grid") << u"resident"_s;
    QTest::addRow("anonymous") << u"anonymous"_s;
    QTest::addRow("handler") << u"handler"_s;
    QTest::addRow("duration") << u"duration_minutes"_s;
    QTest::addRow("outcome") << u"outcome"_s;
    QTest::addRow("notes") << u"notes"_s;
}

void TstRecordCorrections::eachFieldIsCorrectedAndTheFiguresFollow()
{
    QFETCH(QString, field);
    // Other records in the same months, so that a count must move by one, not vanish.
    QVERIFY(logAs(11, u"LG01"_s, m_now.addDays(-1)) > 0);
    QVERIFY(logAs(11, u"LG01"_s, m_now.addMonths(-1)) > 0);
    const qint64 id = logAs(11, u"LG01"_s, m_now.addSecs(-3600));
    QVERIFY(id > 0);
    const ServiceRecordRow before = row(id);
    ServiceEntry corrected = before.asEntry();
    QString expectedField = field;
    if (field == u"served_at"_s) {
        corrected.servedAt = corrected.servedAt.addSecs(-1800);
    } else if (field == u"served_at_month"_s) {
        corrected.servedAt = corrected.servedAt.addMonths(-1);
        expectedField = u"served_at"_s;
    } else if (field == u"service_type"_s) {
        corrected.serviceTypeId = typeId(u"EC03"_s);
    } else if (field == u"resident"_s) {
        corrected.residentId = 6;
    } else if (field == u"anonymous"_s) {
        corrected.residentId = 0;
        expectedField = u"resident"_s;
    } else if (field == u"handler"_s) {
        corrected.handlerId = 2;
    } else if (field == u"duration_minutes"_s) {
        corrected.durationMinutes = 45;
    } else if (field == u"outcome"_s) {
        corrected.outcome = u"已转介社区律师"_s;
    } else if (field == u"notes"_s) {
        corrected.notes = u"问的是临时救助，不是低保"_s;
    }
    LINLI_VERIFY_DONE(corrections().correct(id, before.version, corrected));

    const ServiceRecordRow after = row(id);
    QCOMPARE(after.version, before.version + 1);
    QCOMPARE(after.servedAt, corrected.servedAt.toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(after.serviceTypeId, corrected.serviceTypeId);
    QCOMPARE(after.residentId, corrected.residentId);
    QCOMPARE(after.handlerId, corrected.handlerId);
    QCOMPARE(after.durationMinutes, corrected.durationMinutes);
    QCOMPARE(after.outcome, corrected.outcome);
    QCOMPARE(after.notes, corrected.notes);

    const QList<RecordChange> history = corrections().history(id);
    QCOMPARE(history.size(), 1);
    QVERIFY(!history.first().isVoid);
    QCOMPARE(history.first().byName, u"王主任"_s);
    QCOMPARE(history.first().fields.size(), 1);
    QCOMPARE(history.first().fields.first().field, expectedField);
    if (field == u"resident"_s) {
        QCOMPARE(history.first().fields.first().before, u"王秀英"_s);
        QCOMPARE(history.first().fields.first().after, u"刘长林"_s);
    }
    if (field == u"notes"_s)
        QCOMPARE(history.first().fields.first().before, u"问低保怎么申请"_s);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'UPDATE' AND object_type = 'service_record' "
                   "AND object_id = %1 AND changes LIKE '%%2%'"_s.arg(id)
                           .arg(expectedField)),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM service_records"_s), 3);
    verifyChecked();
}

void TstRecordCorrections::aVoidLeavesEveryCountAndIsKept()
{
    const qint64 kept = logAs(11, u"LG01"_s, m_now.addSecs(-7200));
    const qint64 id = logAs(11, u"LG02"_s, m_now.addSecs(-3600)); // opens a case
    QVERIFY(kept > 0 && id > 0);
    QCOMPARE(count(u"SELECT sum(records) FROM service_month_counts"_s), 2);
    QCOMPARE(count(u"SELECT sum(cases) FROM case_month_counts"_s), 1);
    LINLI_VERIFY_DONE(corrections().voidRecord(id, row(id).version, u"记错了人"_s));

    QCOMPARE(count(u"SELECT count(*) FROM service_records"_s), 1);
    QCOMPARE(count(u"SELECT sum(records) FROM service_month_counts"_s), 1);
    QCOMPARE(count(u"SELECT coalesce(sum(cases), 0) FROM case_month_counts"_s), 0);
    QCOMPARE(ServiceRecordStore(m_database->connection()).count({}).value_or(-1), 1);
    const std::optional<VoidedRecord> voided = corrections().voided(id);
    QVERIFY(voided);
    QCOMPARE(voided->reason, u"记错了人"_s);
    QCOMPARE(voided->voidedByName, u"王主任"_s);
    QCOMPARE(voided->record.residentName, u"王秀英"_s);
    QCOMPARE(voided->record.typeCode, u"LG02"_s);
    QCOMPARE(count(u"SELECT count(*) FROM voided_case_events WHERE service_record_id = %1"_s.arg(id)), 1);
    const QList<RecordChange> history = corrections().history(id);
    QCOMPARE(history.size(), 1);
    QVERIFY(history.first().isVoid);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'VOID' AND object_id = %1"_s.arg(id)), 1);
    QVERIFY(!corrections().voided(kept));
    verifyChecked();
}

void TstRecordCorrections::aVoidedRecordsIdIsNeverGivenAgain()
{
    const qint64 id = logAs(11, u"LG01"_s, m_now.addSecs(-3600));
    LINLI_VERIFY_DONE(corrections().voidRecord(id, row(id).version, u"重复登记"_s));
    const qint64 next = logAs(11, u"LG01"_s, m_now.addSecs(-600));
    QVERIFY(next > id);
}

void TstRecordCorrections::aCaseEndsAsEnteredInErrorWhenItsTypeOpensNone()
{
    const qint64 id = logAs(11, u"LG02"_s, m_now.addDays(-2));
    QCOMPARE(row(id).caseStatus, u"received"_s);
    ServiceEntry corrected = row(id).asEntry();
    corrected.serviceTypeId = typeId(u"LG01"_s);
    LINLI_VERIFY_DONE(corrections().correct(id, row(id).version, corrected));
    QCOMPARE(row(id).caseStatus, QString());
    QCOMPARE(row(id).dueDate, QString());
    const QList<CaseEvent> history = CaseWorkflow(m_database->connection()).history(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().fromStatus, u"received"_s);
    QCOMPARE(history.last().toStatus, CaseStatus::enteredInError);
    QCOMPARE(count(u"SELECT coalesce(sum(cases), 0) FROM case_month_counts"_s), 0);
    verifyChecked();
}

void TstRecordCorrections::aCaseOpensWhenTheTypeOpensOne()
{
    const qint64 id = logAs(11, u"LG01"_s, QDateTime(QDate(2025, 11, 24), QTime(9, 0)));
    ServiceEntry corrected = row(id).asEntry();
    corrected.serviceTypeId = typeId(u"LG02"_s); // ten working days
    LINLI_VERIFY_DONE(corrections().correct(id, row(id).version, corrected));
    QCOMPARE(row(id).caseStatus, u"received"_s);
    QCOMPARE(row(id).dueDate, u"2025-12-08"_s);
    QCOMPARE(CaseWorkflow(m_database->connection()).history(id).size(), 1);
    QCOMPARE(count(u"SELECT sum(cases) FROM case_month_counts"_s), 1);
    verifyChecked();
}

void TstRecordCorrections::aCaseFollowsTheCorrectedTime()
{
    const qint64 id = logAs(11, u"LG02"_s, QDateTime(QDate(2025, 11, 24), QTime(9, 0)));
    QCOMPARE(row(id).dueDate, u"2025-12-08"_s);
    ServiceEntry corrected = row(id).asEntry();
    corrected.servedAt = QDateTime(QDate(2025, 11, 21), QTime(9, 0));
    LINLI_VERIFY_DONE(corrections().correct(id, row(id).version, corrected));
    QCOMPARE(row(id).dueDate, u"2025-12-05"_s);
    QCOMPARE(CaseWorkflow(m_database->connection()).history(id).first().happenedAt, u"2025-11-21 09:00:00"_s);

    // A step taken on the 25th: the case cannot be received after it.
    CaseStep assign;
    assign.action = CaseStep::Action::Assign;
    assign.handlerId = 2;
    assign.at = QDateTime(QDate(2025, 11, 25), QTime(10, 0));
    CaseWorkflow workflow(m_database->connection());
    workflow.setReferenceTime(m_now);
    LINLI_VERIFY_DONE(workflow.take(id, u"received"_s, assign));
    corrected = row(id).asEntry();
    corrected.servedAt = QDateTime(QDate(2025, 11, 26), QTime(9, 0));
    const Result<void> refused = corrections().correct(id, row(id).version, corrected);
    QVERIFY(refused.is(Problem::Kind::Invalid));
    QCOMPARE(row(id).servedAt, u"2025-11-21 09:00:00"_s);
    verifyChecked();
}

void TstRecordCorrections::aClerkMendsTheirOwnRecordsOfToday()
{
    const QSqlDatabase db = m_database->connection();
    const qint64 own = logAs(11, u"LG01"_s, m_now.addSecs(-3600));
    const qint64 others = logAs(12, u"LG01"_s, m_now.addSecs(-3000));
    const qint64 yesterdays = logAs(11, u"LG01"_s, m_now.addDays(-1));
    QSqlQuery query(db);
    QVERIFY(query.exec(
            u"UPDATE service_records SET created_at = '2025-11-27 17:00:00' WHERE id = %1"_s.arg(yesterdays)));
    Actor::actFor(db, Actor{11, u"clerk1"_s, u"李敏"_s, Role::Clerk});

    QVERIFY(corrections().mayMend(row(own)).isDone());
    QVERIFY(!corrections().mayMend(row(others)).isDone());
    QVERIFY(!corrections().mayMend(row(yesterdays)).isDone());
    ServiceEntry corrected = row(own).asEntry();
    corrected.durationMinutes = 35;
    LINLI_VERIFY_DONE(corrections().correct(own, row(own).version, corrected));
    for (const qint64 id : {others, yesterdays}) {
        corrected = row(id).asEntry();
        corrected.durationMinutes = 35;
        QVERIFY(corrections().correct(id, row(id).version, corrected).is(Problem::Kind::NotPermitted));
        QVERIFY(corrections().voidRecord(id, row(id).version, u"错了"_s).is(Problem::Kind::NotPermitted));
        QCOMPARE(row(id).durationMinutes, 20);
    }
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'DENIED' AND user_id = 11"_s), 4);
    LINLI_VERIFY_DONE(corrections().voidRecord(own, row(own).version, u"登记错了"_s));

    // The manager mends any.
    Actor::actFor(db, Actor{13, u"boss"_s, u"王主任"_s, Role::Manager});
    LINLI_VERIFY_DONE(corrections().voidRecord(yesterdays, row(yesterdays).version, u"重复"_s));
    verifyChecked();
}

void TstRecordCorrections::aRecordChangedMeanwhileIsNotMended()
{
    const qint64 id = logAs(11, u"LG01"_s, m_now.addSecs(-3600));
    const ServiceRecordRow seen = row(id);
    ServiceEntry corrected = seen.asEntry();
    corrected.durationMinutes = 40;
    LINLI_VERIFY_DONE(corrections().correct(id, seen.version, corrected));
    corrected.durationMinutes = 50;
    QVERIFY(corrections().correct(id, seen.version, corrected).is(Problem::Kind::Conflict));
    QVERIFY(corrections().voidRecord(id, seen.version, u"错了"_s).is(Problem::Kind::Conflict));
    QCOMPARE(row(id).durationMinutes, 40);
}

void TstRecordCorrections::refusalsChangeNothing()
{
    const qint64 id = logAs(11, u"LG01"_s, m_now.addSecs(-3600));
    const ServiceRecordRow seen = row(id);
    const qint64 audited = count(u"SELECT count(*) FROM audit_log"_s);
    ServiceEntry corrected = seen.asEntry();
    corrected.servedAt = m_now.addDays(1);
    QVERIFY(corrections().correct(id, seen.version, corrected).is(Problem::Kind::Invalid));
    corrected = seen.asEntry();
    QVERIFY(corrections().correct(id, seen.version, corrected).is(Problem::Kind::Invalid)); // nothing changed
    corrected.handlerId = 3;                                                                // no longer active
    QVERIFY(corrections().correct(id, seen.version, corrected).is(Problem::Kind::Invalid));
    QVERIFY(corrections().voidRecord(id, seen.version, u"  "_s).is(Problem::Kind::Invalid));
    QCOMPARE(row(id).version, seen.version);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audited);
    QCOMPARE(count(u"SELECT count(*) FROM record_corrections"_s), 0);
}

void TstRecordCorrections::aVoidedVisitRecordPlansTheVisitAgain()
{
    const qint64 id = logAs(11, u"EC01"_s, m_now.addSecs(-3600));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(
            u"INSERT INTO visits (id, resident_id, staff_id, kind, starts_at, status, outcome, "
            "service_record_id) VALUES (40, 5, 1, 'home_visit', '2025-11-28 15:30:00', 'done', '平安', %1)"_s.arg(id)));
    ServiceEntry corrected = row(id).asEntry();
    corrected.residentId = 6;
    QVERIFY(corrections().correct(id, row(id).version, corrected).is(Problem::Kind::Invalid));
    LINLI_VERIFY_DONE(corrections().voidRecord(id, row(id).version, u"没有去成"_s));
    QCOMPARE(count(u"SELECT count(*) FROM visits WHERE id = 40 AND status = 'planned' AND service_record_id IS NULL"_s),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE object_type = 'visit' AND object_id = 40"_s), 1);
    verifyChecked();
}

QTEST_GUILESS_MAIN(TstRecordCorrections)
#include "tst_recordcorrections.moc"
