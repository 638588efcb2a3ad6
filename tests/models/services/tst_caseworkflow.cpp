#include "caserates.h"
#include "casestatus.h"
#include "caseworkflow.h"
#include "database.h"
#include "servicerecordstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

using Action = CaseStep::Action;

// Follow-up cases: which step may follow which, each step written with its event, the one
// definition of overdue, and the three rates on a hand-built month.
class TstCaseWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void onlyTheWorkflowsStepsAreAllowed_data();
    void onlyTheWorkflowsStepsAreAllowed();
    void aCaseGoesThroughEveryStepWithItsHistory();
    void referralEndsTheCase();
    void refusedStepsChangeNothing_data();
    void refusedStepsChangeNothing();
    void overdueIsOpenAndPastItsDueDate_data();
    void overdueIsOpenAndPastItsDueDate();
    void overdueFilterCountsWhatIsOverdueShows();
    void ratesOfAHandBuiltMonth();
    void ratesOfAnEmptyMonthAreNone();

private:
    qint64 openCase(const QString &code, const QDateTime &servedAt);
    void takeStep(qint64 id, const QString &from, CaseStep step);
    QString status(qint64 id) const;
    qint64 events() const { return scalar(m_database->connection(), u"SELECT count(*) FROM case_events"_s); }
    FreshDatabase m_database;
    const QDateTime m_now{QDate(2025, 11, 28), QTime(16, 30)};
};

void TstCaseWorkflow::init()
{
    QVERIFY(m_database.open());
    QVERIFY(addDeskPeople(m_database->connection(), u"(1, '李敏', 1), (2, '张伟', 0), (3, '赵磊', 1)"_s));
}

void TstCaseWorkflow::cleanup()
{
    m_database.close();
}

qint64 TstCaseWorkflow::openCase(const QString &code, const QDateTime &servedAt)
{
    ServiceRecordStore store(m_database->connection());
    store.setReferenceTime(m_now);
    ServiceEntry entry;
    entry.residentId = 5;
    entry.serviceTypeId
            = scalar(m_database->connection(), u"SELECT id FROM service_types WHERE code = '%1'"_s.arg(code));
    entry.servedAt = servedAt;
    entry.handlerId = 1;
    const Result<qint64> logged = store.log(entry);
    if (!logged.isDone())
        qWarning() << logged.message();
    return logged.valueOr(0);
}

// Takes a step that must succeed, with whatever it needs.
void TstCaseWorkflow::takeStep(qint64 id, const QString &from, CaseStep step)
{
    if (step.action == Action::Assign && step.handlerId == 0)
        step.handlerId = 3;
    if (step.action == Action::Reply && step.note.isEmpty())
        step.note = u"已答复"_s;
    if (step.action == Action::ReturnVisit && step.satisfaction == 0)
        step.satisfaction = 5;
    if (step.action == Action::Refer && step.referredTo.isEmpty())
        step.referredTo = u"区司法局"_s;
    CaseWorkflow workflow(m_database->connection());
    workflow.setReferenceTime(m_now);
    const Result<void> outcome = workflow.take(id, from, step);
    QVERIFY2(outcome.isDone(), qPrintable(outcome.message()));
}

QString TstCaseWorkflow::status(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.exec(u"SELECT case_status FROM service_records WHERE id = %1"_s.arg(id));
    return query.next() ? query.value(0).toString() : QString();
}

void TstCaseWorkflow::onlyTheWorkflowsStepsAreAllowed_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("allowed");
    const QList<std::pair<QString, QList<Action>>> allowed = {
            {u"received"_s, {Action::Assign, Action::Refer}},
            {u"assigned"_s, {Action::Start, Action::Assign, Action::Refer}},
            {u"in_progress"_s, {Action::Reply, Action::Assign, Action::Refer}},
            {u"replied"_s, {Action::ReturnVisit}},
            {u"return_visit"_s, {Action::Close}},
            {u"closed"_s, {}},
            {u"referred"_s, {}},
    };
    const QList<Action> actions
            = {Action::Assign, Action::Start, Action::Reply, Action::ReturnVisit, Action::Close, Action::Refer};
    for (const auto &[from, permitted] : allowed) {
        for (Action action : actions) {
            QTest::addRow("%s %s", qPrintable(from), qPrintable(CaseWorkflow::statusAfter(action)))
                    << from << int(action) << permitted.contains(action);
        }
    }
}

void TstCaseWorkflow::onlyTheWorkflowsStepsAreAllowed()
{
    QFETCH(QString, from);
    QFETCH(int, action);
    QFETCH(bool, allowed);
    QCOMPARE(CaseWorkflow::allows(from, Action(action)), allowed);
}

void TstCaseWorkflow::aCaseGoesThroughEveryStepWithItsHistory()
{
    const qint64 id = openCase(u"CM01"_s, QDateTime(QDate(2025, 11, 3), QTime(9, 0)));
    QVERIFY(id > 0);
    QCOMPARE(status(id), u"received"_s);
    const QList<std::pair<QString, Action>> path = {{u"received"_s, Action::Assign},
                                                    {u"assigned"_s, Action::Start},
                                                    {u"in_progress"_s, Action::Reply},
                                                    {u"replied"_s, Action::ReturnVisit},
                                                    {u"return_visit"_s, Action::Close}};
    int day = 4;
    for (const auto &[from, action] : path) {
        CaseStep step;
        step.action = action;
        step.actorStaffId = 1;
        step.at = QDateTime(QDate(2025, 11, day++), QTime(10, 0));
        takeStep(id, from, step);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(status(id), CaseWorkflow::statusAfter(action));
    }
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(
            u"SELECT handler_id, satisfaction, resolved_date, version FROM service_records WHERE id = %1"_s.arg(id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 3);
    QCOMPARE(query.value(1).toInt(), 5);
    QCOMPARE(query.value(2).toString(), u"2025-11-08"_s);
    QCOMPARE(query.value(3).toInt(), 6);

    // Every change recorded with who and when, in order.
    QVERIFY(query.exec(u"SELECT coalesce(from_status, ''), to_status, happened_at, coalesce(staff_id, 0), note "
                       "FROM case_events WHERE service_record_id = %1 ORDER BY happened_at, id"_s.arg(id)));
    QStringList history;
    while (query.next()) {
        history.append(u"%1>%2 %3 %4 %5"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                               query.value(2).toString(), query.value(3).toString(),
                                               query.value(4).toString()));
    }
    const QList<CaseEvent> events = CaseWorkflow(m_database->connection()).history(id);
    QCOMPARE(events.size(), 6);
    QCOMPARE(events.at(1).staffName, u"李敏"_s);
    QCOMPARE(events.at(3).note, u"已答复"_s);
    QCOMPARE(events.constLast().toStatus, u"closed"_s);
    QCOMPARE(history,
             QStringList({u">received 2025-11-03 09:00:00 0 "_s, u"received>assigned 2025-11-04 10:00:00 1 "_s,
                          u"assigned>in_progress 2025-11-05 10:00:00 1 "_s,
                          u"in_progress>replied 2025-11-06 10:00:00 1 已答复"_s,
                          u"replied>return_visit 2025-11-07 10:00:00 1 "_s,
                          u"return_visit>closed 2025-11-08 10:00:00 1 "_s}));
}

void TstCaseWorkflow::referralEndsTheCase()
{
    const qint64 id = openCase(u"LG02"_s, QDateTime(QDate(2025, 11, 3), QTime(9, 0)));
    CaseStep step;
    step.action = Action::Refer;
    step.referredTo = u"  区法律援助中心 "_s;
    takeStep(id, u"received"_s, step);
    QCOMPARE(status(id), u"referred"_s);
    QCOMPARE(scalar(m_database->connection(), u"SELECT referred_to = '区法律援助中心' FROM service_records"_s), 1);
    // Dated the day it left the center.
    QCOMPARE(scalar(m_database->connection(), u"SELECT resolved_date = '2025-11-28' FROM service_records"_s), 1);
    QVERIFY(CaseWorkflow::actionsFrom(u"referred"_s).isEmpty());
    QVERIFY(!CaseStatus::isOpen(u"referred"_s));
}

void TstCaseWorkflow::refusedStepsChangeNothing_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("action");
    QTest::addColumn<qint64>("handler");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("satisfaction");
    QTest::addColumn<QString>("referredTo");
    QTest::addColumn<QString>("expectedStatus"); // the state the clerk believes the case is in
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("message");

    const QDateTime later(QDate(2025, 11, 10), QTime(9, 0));
    QTest::newRow("skipping a step") << u"received"_s << int(Action::Close) << 0LL << QString() << 0 << QString()
                                     << u"received"_s << later << u"cannot be given"_s;
    QTest::newRow("no handler") << u"received"_s << int(Action::Assign) << 0LL << QString() << 0 << QString()
                                << u"received"_s << later << u"Choose the staff member"_s;
    QTest::newRow("inactive handler") << u"received"_s << int(Action::Assign) << 2LL << QString() << 0 << QString()
                                      << u"received"_s << later << u"not an active staff member"_s;
    QTest::newRow("unknown handler") << u"received"_s << int(Action::Assign) << 99LL << QString() << 0 << QString()
                                     << u"received"_s << later << u"not an active staff member"_s;
    QTest::newRow("reply without words") << u"in_progress"_s << int(Action::Reply) << 0LL << u"  "_s << 0 << QString()
                                         << u"in_progress"_s << later << u"what the resident was told"_s;
    QTest::newRow("return visit unrated") << u"replied"_s << int(Action::ReturnVisit) << 0LL << QString() << 0
                                          << QString() << u"replied"_s << later << u"how satisfied"_s;
    QTest::newRow("rating out of range") << u"replied"_s << int(Action::ReturnVisit) << 0LL << QString() << 6
                                         << QString() << u"replied"_s << later << u"how satisfied"_s;
    QTest::newRow("referred nowhere") << u"received"_s << int(Action::Refer) << 0LL << QString() << 0 << u" "_s
                                      << u"received"_s << later << u"where the case was referred"_s;
    QTest::newRow("changed meanwhile") << u"in_progress"_s << int(Action::Assign) << 3LL << QString() << 0 << QString()
                                       << u"received"_s << later << u"Someone else changed"_s;
    QTest::newRow("before it was received")
            << u"received"_s << int(Action::Assign) << 3LL << QString() << 0 << QString() << u"received"_s
            << QDateTime(QDate(2025, 11, 2), QTime(9, 0)) << u"before the case"_s;
    QTest::newRow("in the future") << u"received"_s << int(Action::Assign) << 3LL << QString() << 0 << QString()
                                   << u"received"_s << QDateTime(QDate(2025, 11, 29), QTime(9, 0))
                                   << u"in the future"_s;
    QTest::newRow("closed is final") << u"closed"_s << int(Action::Assign) << 3LL << QString() << 0 << QString()
                                     << u"closed"_s << later << u"cannot be given"_s;
}

void TstCaseWorkflow::refusedStepsChangeNothing()
{
    QFETCH(QString, from);
    QFETCH(int, action);
    QFETCH(qint64, handler);
    QFETCH(QString, note);
    QFETCH(int, satisfaction);
    QFETCH(QString, referredTo);
    QFETCH(QString, expectedStatus);
    QFETCH(QDateTime, at);
    QFETCH(QString, message);

    // Bring a case to `from` the regular way.
    const qint64 id = openCase(u"CM01"_s, QDateTime(QDate(2025, 11, 3), QTime(9, 0)));
    const QList<Action> path = {Action::Assign, Action::Start, Action::Reply, Action::ReturnVisit, Action::Close};
    for (Action step : path) {
        if (status(id) == from)
            break;
        CaseStep taken;
        taken.action = step;
        taken.at = QDateTime(QDate(2025, 11, 4), QTime(9, 0));
        takeStep(id, status(id), taken);
    }
    QCOMPARE(status(id), from);
    const qint64 eventsBefore = events();
    const qint64 versionBefore
            = scalar(m_database->connection(), u"SELECT version FROM service_records WHERE id = %1"_s.arg(id));

    CaseStep step;
    step.action = Action(action);
    step.handlerId = handler;
    step.note = note;
    step.satisfaction = satisfaction;
    step.referredTo = referredTo;
    step.at = at;
    CaseWorkflow workflow(m_database->connection());
    workflow.setReferenceTime(m_now);
    const Result<void> outcome = workflow.take(id, expectedStatus, step);
    QVERIFY(!outcome.isDone());
    QVERIFY2(outcome.message().contains(message), qPrintable(outcome.message()));
    QCOMPARE(status(id), from);
    QCOMPARE(events(), eventsBefore);
    QCOMPARE(scalar(m_database->connection(), u"SELECT version FROM service_records WHERE id = %1"_s.arg(id)),
             versionBefore);
}

void TstCaseWorkflow::overdueIsOpenAndPastItsDueDate_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("due");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("due yesterday") << u"in_progress"_s << u"2025-11-27"_s << true;
    QTest::newRow("due today") << u"in_progress"_s << u"2025-11-28"_s << false;
    QTest::newRow("due tomorrow") << u"received"_s << u"2025-11-29"_s << false;
    QTest::newRow("awaiting return visit") << u"replied"_s << u"2025-10-01"_s << true;
    QTest::newRow("closed late") << u"closed"_s << u"2025-10-01"_s << false;
    QTest::newRow("referred") << u"referred"_s << u"2025-10-01"_s << false;
    QTest::newRow("no deadline") << u"received"_s << QString() << false;
    QTest::newRow("no case") << QString() << u"2025-10-01"_s << false;
}

void TstCaseWorkflow::overdueIsOpenAndPastItsDueDate()
{
    QFETCH(QString, status);
    QFETCH(QString, due);
    QFETCH(bool, overdue);
    QCOMPARE(CaseStatus::isOverdue(status, due, QDate(2025, 11, 28)), overdue);
}

// The SQL definition and the one in C++ agree, row by row.
void TstCaseWorkflow::overdueFilterCountsWhatIsOverdueShows()
{
    QSqlQuery query(m_database->connection());
    const QStringList statuses = CaseStatus::all();
    const QStringList dues = {u"2025-11-27"_s, u"2025-11-28"_s, u"2025-11-29"_s};
    int expected = 0;
    for (const QString &status : statuses) {
        for (const QString &due : dues) {
            QVERIFY(query.exec(u"INSERT INTO service_records (service_type_id, served_at, case_status, due_date, "
                               "created_at) VALUES (1, '2025-11-01 09:00:00', '%1', '%2', '')"_s.arg(status, due)));
            expected += CaseStatus::isOverdue(status, due, QDate(2025, 11, 28)) ? 1 : 0;
        }
    }
    QCOMPARE(expected, 5);
    ServiceFilter filter;
    filter.caseStatus = u"overdue"_s;
    filter.today = QDate(2025, 11, 28);
    ServiceRecordStore store(m_database->connection());
    QCOMPARE(store.count(filter), std::optional<qint64>(expected));
    const QList<ServiceRecordRow> rows = store.page(filter, nullptr, 100);
    QCOMPARE(store.lastError(), QString());
    QCOMPARE(rows.size(), expected);
    for (const ServiceRecordRow &row : rows)
        QVERIFY(CaseStatus::isOverdue(row.caseStatus, row.dueDate, filter.today));
    // Counted through an index on the case state, never by reading the whole log (SQLite's plan).
    if (onServer())
        return;
    QVERIFY(query.prepare(u"EXPLAIN QUERY PLAN SELECT count(*) FROM service_records s WHERE "_s
                          + CaseStatus::overdueCondition()));
    query.addBindValue(u"2025-11-28"_s);
    QVERIFY(query.exec());
    QString plan;
    while (query.next())
        plan += query.value(3).toString();
    QVERIFY2(plan.contains(u"INDEX"_s) && !plan.contains(u"SCAN s"_s), qPrintable(plan));
}

void TstCaseWorkflow::ratesOfAHandBuiltMonth()
{
    // October 2025: six cases received; one more on 30 September and one on 1 November do not count.
    // Columns: served, status, due, resolved, satisfaction.
    QSqlQuery query(m_database->connection());
    const QStringList rows = {
            u"'2025-09-30 23:59:59', 'closed', '2025-10-10', '2025-10-09', 5"_s, // September
            u"'2025-10-01 00:00:00', 'closed', '2025-10-20', '2025-10-15', 5"_s, // on time, very satisfied
            u"'2025-10-02 10:00:00', 'closed', '2025-10-20', '2025-10-24', 2"_s, // late, dissatisfied
            u"'2025-10-10 10:00:00', 'closed', '2025-10-20', '2025-10-20', 3"_s, // on the due date, basically
            u"'2025-10-20 10:00:00', 'closed', '2025-11-05', '2025-11-03', 4"_s, // closed after the month
            u"'2025-10-25 10:00:00', 'in_progress', '2025-11-10', NULL, NULL"_s, // still open
            u"'2025-10-31 23:59:59', 'referred', '2025-11-20', NULL, NULL"_s,    // referred: not closed
            u"'2025-11-01 00:00:00', 'closed', '2025-11-10', '2025-11-02', 5"_s, // November
    };
    for (const QString &row : rows) {
        QVERIFY(query.exec(u"INSERT INTO service_records (service_type_id, served_at, case_status, due_date, "
                           "resolved_date, satisfaction, created_at) VALUES (1, %1, '')"_s.arg(row)));
    }
    // A plain service is not a case.
    QVERIFY(query.exec(u"INSERT INTO service_records (service_type_id, served_at, created_at) "
                       "VALUES (1, '2025-10-15 10:00:00', '')"_s));

    ServiceFilter october;
    october.from = QDate(2025, 10, 1);
    october.to = QDate(2025, 10, 31);
    const std::optional<CaseFigures> figures = CaseRates(m_database->connection()).figures(october);
    QVERIFY(figures);
    QCOMPARE(figures->received, 6);
    QCOMPARE(figures->closed, 3);
    QCOMPARE(figures->closedOnTime, 2);
    QCOMPARE(figures->rated, 3);
    QCOMPARE(figures->satisfied, 2);
    QCOMPARE(*figures->closureRate(), 0.5);
    QCOMPARE(*figures->onTimeRate(), 2.0 / 3.0);
    QCOMPARE(*figures->satisfactionRate(), 2.0 / 3.0);

    // The case closed on 3 November counts for October once November is the period's end.
    ServiceFilter autumn = october;
    autumn.to = QDate(2025, 11, 30);
    const std::optional<CaseFigures> longer = CaseRates(m_database->connection()).figures(autumn);
    QVERIFY(longer);
    QCOMPARE(longer->received, 7);
    QCOMPARE(longer->closed, 5);
}

void TstCaseWorkflow::ratesOfAnEmptyMonthAreNone()
{
    ServiceFilter month;
    month.from = QDate(2025, 2, 1);
    month.to = QDate(2025, 2, 28);
    const std::optional<CaseFigures> figures = CaseRates(m_database->connection()).figures(month);
    QVERIFY(figures);
    QCOMPARE(figures->received, 0);
    QVERIFY(!figures->closureRate());
    QVERIFY(!figures->onTimeRate());
    QVERIFY(!figures->satisfactionRate());
    QVERIFY(!CaseRates(m_database->connection()).figures(ServiceFilter()));
}

QTEST_GUILESS_MAIN(TstCaseWorkflow)
#include "tst_caseworkflow.moc"
