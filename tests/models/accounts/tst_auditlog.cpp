#include "auditlog.h"
#include "auditlogmodel.h"
#include "calendarstore.h"
#include "careschedule.h"
#include "centerprofile.h"
#include "database.h"
#include "databasechecker.h"
#include "databaselocation.h"
#include "caseworkflow.h"
#include "identifierreveal.h"
#include "servicerecordstore.h"
#include "visitrecurrence.h"
#include "visitstore.h"
#include "residentexport.h"
#include "serviceexport.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The audit log: rows written with the change they describe, refused edits, and an edit of the
// database file found where it was made.
class TstAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachRowCarriesWhoAndTheChain();
    void aRowGoesWithItsTransaction();
    void theProgramCannotChangeOrRemoveARow();
    void anEditOfTheFileIsFoundWhereItWasMade();
    void aRemovedRowIsFound();
    void exportsNeedAManagerAndAreAudited();
    void settingsNeedAnAdministratorAndAreAudited();
    void aWholeIdNeedsAManagerAndAReason();
    void servicesCasesAndVisitsAreAudited();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    void writeFiveRows();
    FreshDatabase m_database;
};

void TstAuditLog::init()
{
    QVERIFY(m_database.open());
}

void TstAuditLog::cleanup()
{
    Actor::forget(db());
    m_database.close();
}

void TstAuditLog::writeFiveRows()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(u"INSERT INTO users (id, login, role, password_hash, created_at) "
                       "VALUES (7, 'clerk1', 'clerk', '-', '2026-11-24')"_s));
    AuditLog audit(db());
    Actor::actFor(db(), Actor{7, u"clerk1"_s, u"李敏"_s, Role::Clerk});
    for (int i = 1; i <= 5; ++i)
        QVERIFY2(audit.recordAlone(
                         {u"UPDATE"_s, u"resident"_s, 100 + i, u"phone: 138****8000 → 139****9000"_s, u"ok"_s}),
                 qPrintable(audit.lastError()));
}

void TstAuditLog::eachRowCarriesWhoAndTheChain()
{
    writeFiveRows();
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE login = 'clerk1' AND role = 'clerk' AND user_id = 7"_s),
             5);
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 "
                    "WHERE b.prev_hash = a.row_hash AND length(a.row_hash) = 64"_s),
             4);
    QVERIFY(!AuditLog(db()).firstBrokenRow());
    // Without anyone signed in the command line acts, under the system user's name.
    Actor::forget(db());
    QVERIFY(AuditLog(db()).recordAlone({u"EXPORT"_s, u"file"_s, 0, u"residents.csv"_s, u"ok"_s}));
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND login LIKE 'cli:%' "
                    "AND user_id IS NULL AND role = 'admin'"_s),
             1);
    QVERIFY(!AuditLog(db()).firstBrokenRow());
}

void TstAuditLog::aRowGoesWithItsTransaction()
{
    {
        WriteTransaction transaction(db());
        QVERIFY(AuditLog(db()).record({u"DELETE"_s, u"resident"_s, 5, {}, u"ok"_s}));
        // Not committed: the change and its row go together.
    }
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log"_s), 0);
    WriteTransaction transaction(db());
    QVERIFY(AuditLog(db()).record({u"DELETE"_s, u"resident"_s, 5, {}, u"ok"_s}));
    QVERIFY(transaction.commit());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log"_s), 1);
}

void TstAuditLog::theProgramCannotChangeOrRemoveARow()
{
    writeFiveRows();
    QSqlQuery query(db());
    QVERIFY(!query.exec(u"UPDATE audit_log SET result = 'failed' WHERE id = 2"_s));
    QVERIFY(!query.exec(u"DELETE FROM audit_log WHERE id = 2"_s));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE result = 'ok'"_s), 5);
}

void TstAuditLog::anEditOfTheFileIsFoundWhereItWasMade()
{
    LINLI_SQLITE_FILE_ONLY();
    writeFiveRows();
    // Someone with the file and an SQLite tool: the guard dropped, a row rewritten.
    QVERIFY(execRaw(dbPath(m_database.dir()),
                    {u"DROP TRIGGER audit_log_no_update"_s,
                     u"UPDATE audit_log SET changes = 'nothing' WHERE id = 3"_s}));
    QCOMPARE(AuditLog(db()).firstBrokenRow(), std::optional<qint64>(3));
    const DatabaseChecker::Report report = DatabaseChecker(db()).run();
    QVERIFY(!report.ok);
    QVERIFY2(report.problems.join(u' ').contains(u"breaks at row 3"_s), qPrintable(report.problems.join(u' ')));
}

void TstAuditLog::aRemovedRowIsFound()
{
    LINLI_SQLITE_FILE_ONLY();
    writeFiveRows();
    QVERIFY(execRaw(dbPath(m_database.dir()),
                    {u"DROP TRIGGER audit_log_no_delete"_s, u"DELETE FROM audit_log WHERE id = 2"_s}));
    QCOMPARE(AuditLog(db()).firstBrokenRow(), std::optional<qint64>(3));
}

void TstAuditLog::exportsNeedAManagerAndAreAudited()
{
    Actor::actFor(db(), Actor{0, u"clerk1"_s, u"李敏"_s, Role::Clerk});
    QBuffer refused;
    refused.open(QIODevice::WriteOnly);
    const Result<qint64> residents = ResidentExport(db()).write(&refused);
    QVERIFY(residents.is(Problem::Kind::NotPermitted));
    QVERIFY2(residents.message().contains(u"Manager"_s), qPrintable(residents.message()));
    QVERIFY(refused.data().isEmpty());
    QVERIFY(ServiceExport(db()).write(&refused).is(Problem::Kind::NotPermitted));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE action = 'DENIED' AND login = 'clerk1'"_s), 2);

    Actor::actFor(db(), Actor{0, u"boss1"_s, u"赵主任"_s, Role::Manager});
    QBuffer written;
    written.open(QIODevice::WriteOnly);
    QVERIFY(ResidentExport(db()).write(&written).isDone());
    QVERIFY(!written.data().isEmpty()); // the header row at least
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND login = 'boss1' "
                    "AND object_type = 'resident'"_s),
             1);
    QVERIFY(!AuditLog(db()).firstBrokenRow());
}

void TstAuditLog::settingsNeedAnAdministratorAndAreAudited()
{
    const CalendarDay holiday{QDate(2027, 1, 1), true, u"元旦"_s};
    CareSchedule::Intervals intervals;
    intervals.livingAlone = 5;
    intervals.disabled = 10;
    intervals.keyCare = 3;
    for (const Role role : {Role::Clerk, Role::Manager}) {
        Actor::actFor(db(), Actor{0, u"someone"_s, {}, role});
        QVERIFY(CalendarStore(db()).setDay(holiday).message().contains(u"Administrator"_s));
        QVERIFY(CalendarStore(db()).removeDay(holiday.day).is(Problem::Kind::NotPermitted));
        QVERIFY(CareSchedule(db()).setIntervals(intervals).message().contains(u"Administrator"_s));
        QVERIFY(CenterProfile(db()).setName(u"西溪社区"_s).message().contains(u"Administrator"_s));
    }
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM calendar_days WHERE day = '2027-01-01'"_s), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE action = 'DENIED'"_s), 8);
    Actor::forget(db()); // the command line: an administrator
    LINLI_VERIFY_DONE(CalendarStore(db()).setDay(holiday));
    LINLI_VERIFY_DONE(CareSchedule(db()).setIntervals(intervals));
    LINLI_VERIFY_DONE(CenterProfile(db()).setName(u"西溪社区"_s));
    LINLI_VERIFY_DONE(CalendarStore(db()).removeDay(holiday.day));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE action = 'UPDATE' AND object_type = 'setting'"_s), 4);
    QCOMPARE(AuditLogModel::describeChanges(u"holiday=2027-01-01"_s), u"day off: 2027-01-01"_s);
    QVERIFY(!AuditLog(db()).firstBrokenRow());
}

void TstAuditLog::aWholeIdNeedsAManagerAndAReason()
{
    QVERIFY(addDeskPeople(db(), u"(1, '李敏', 1)"_s));
    QSqlQuery query(db());
    QVERIFY(query.exec(u"UPDATE residents SET id_number = '11010519491231002X', phone = '13800138000' WHERE id = 5"_s));
    Actor::actFor(db(), Actor{0, u"clerk1"_s, u"李敏"_s, Role::Clerk});
    const Result<IdentifierReveal::Identifiers> refused = IdentifierReveal(db()).reveal(5, u"核对身份"_s);
    QVERIFY(refused.is(Problem::Kind::NotPermitted));
    QVERIFY2(refused.message().contains(u"Manager"_s), qPrintable(refused.message()));
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'DENIED' AND login = 'clerk1' "
                    "AND changes = 'permission=SeeFullIdentifiers'"_s),
             1);

    Actor::actFor(db(), Actor{0, u"boss1"_s, u"赵主任"_s, Role::Manager});
    IdentifierReveal managers(db());
    QVERIFY(managers.reveal(5, u"  "_s).is(Problem::Kind::Invalid));         // a reason is needed
    QVERIFY(managers.reveal(99, u"核对身份"_s).is(Problem::Kind::Conflict)); // nobody there
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE action = 'VIEW_FULL_ID'"_s), 0);
    const Result<IdentifierReveal::Identifiers> revealed = managers.reveal(5, u"核对低保; 申请"_s);
    LINLI_VERIFY_DONE(revealed);
    const IdentifierReveal::Identifiers &whole = revealed.value();
    QCOMPARE(whole.idNumber, u"11010519491231002X"_s);
    QCOMPARE(whole.phone, u"13800138000"_s);
    QCOMPARE(whole.phone2, QString());
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'VIEW_FULL_ID' AND object_type = 'resident' "
                    "AND object_id = 5 AND login = 'boss1' AND changes = 'reason=核对低保, 申请'"_s),
             1);
    QVERIFY(!AuditLog(db()).firstBrokenRow());
}

void TstAuditLog::servicesCasesAndVisitsAreAudited()
{
    QVERIFY(addDeskPeople(db(), u"(1, '李敏', 1)"_s));
    Actor::actFor(db(), Actor{0, u"clerk1"_s, u"李敏"_s, Role::Clerk});
    auto rows = [this](const QString &action, const QString &type) {
        return scalar(db(),
                      u"SELECT count(*) FROM audit_log WHERE login = 'clerk1' AND action = '%1' "
                      "AND object_type = '%2'"_s.arg(action, type));
    };
    const QDateTime now = QDateTime::currentDateTime();

    // A complaint logged opens a case: one row, for the record.
    ServiceEntry entry;
    entry.residentId = 5;
    entry.serviceTypeId = scalar(db(), u"SELECT min(id) FROM service_types WHERE opens_case = 1"_s);
    entry.servedAt = now.addSecs(-3600);
    entry.handlerId = 1;
    const Result<qint64> logged = ServiceRecordStore(db()).log(entry);
    QVERIFY2(logged.isDone(), qPrintable(logged.message()));
    QCOMPARE(rows(u"CREATE"_s, u"service_record"_s), 1);
    QCOMPARE(scalar(db(), u"SELECT object_id FROM audit_log WHERE action = 'CREATE'"_s), logged.value());

    // A case step, and a refused one (stale): one row, for the step taken.
    CaseStep assign;
    assign.handlerId = 1;
    QVERIFY(CaseWorkflow(db()).take(logged.value(), u"received"_s, assign).isDone());
    QVERIFY(!CaseWorkflow(db()).take(logged.value(), u"received"_s, assign).isDone());
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'UPDATE' AND object_id = %1 "
                    "AND changes = 'case_status: received → assigned'"_s.arg(logged.value())),
             1);
    QCOMPARE(AuditLogModel::describeChanges(u"case_status: received → assigned"_s),
             u"case state: Received → Assigned"_s);

    // Visits: a series planned, one cancelled, one done (which logs its service too).
    VisitDraft draft;
    draft.residentId = 5;
    draft.staffId = 1;
    draft.kind = u"home_visit"_s;
    draft.startTime = QTime(9, 0);
    VisitRecurrence rule;
    rule.frequency = VisitRecurrence::Frequency::EveryNDays;
    rule.interval = 1;
    rule.start = now.date().addDays(-2);
    rule.count = 3;
    VisitStore visits(db());
    const Result<qint64> planned = visits.createSeries(draft, rule, now.date());
    QVERIFY2(planned.isDone(), qPrintable(planned.message()));
    QCOMPARE(rows(u"CREATE"_s, u"visit_series"_s), 1);
    const QList<VisitRow> series = visits.visitsOfSeries(planned.value());
    QCOMPARE(series.size(), 3);
    QVERIFY(visits.cancel(series.at(0).id, series.at(0).version, u"住院"_s).isDone());
    QVERIFY(visits.markDone(series.at(1).id, series.at(1).version, u"血压正常"_s, now).isDone());
    QVERIFY(!visits.markDone(series.at(1).id, series.at(1).version, u"again"_s, now).isDone()); // stale
    QCOMPARE(rows(u"UPDATE"_s, u"visit"_s), 2);
    QCOMPARE(rows(u"CREATE"_s, u"service_record"_s), 2);
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE object_type = 'visit' AND object_id = %1 "
                    "AND changes = 'status: planned → cancelled'"_s.arg(series.at(0).id)),
             1);
    QCOMPARE(AuditLogModel::describeChanges(u"status: planned → cancelled"_s), u"status: Planned → Cancelled"_s);
    // Every row in the chain, and no more rows than changes.
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log"_s), 6);
    QVERIFY(!AuditLog(db()).firstBrokenRow());
}

QTEST_MAIN(TstAuditLog)
#include "tst_auditlog.moc"
