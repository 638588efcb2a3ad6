#include "casestatus.h"
#include "caseworkflow.h"
#include "database.h"
#include "servicerecordtablemodel.h"
#include "demodata.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The Services list over a demo log: pages as asked, newest first, filters, both languages.
class TstServiceRecordTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesThroughTheLogNewestFirst();
    void filterStartsAgainFromTheNewest();
    void namesInEitherLanguage();
    void caseListDueFirstWithOverdueMarked();
    void aCaseStepShowsInItsRow();

private:
    static constexpr int servicesInLog = 1500;
    static constexpr int openCasesAdded = 450; // over two pages of the case list
    QTemporaryDir m_dir;
    Database m_database;
};

void TstServiceRecordTableModel::initTestCase()
{
    QVERIFY(DemoData().residents(800).services(servicesInLog).seed(9).openIn(m_database, locationFor(m_dir)));
    // The demo's cases are mostly settled: add open ones, due around today, a few without a deadline.
    QSqlQuery query(m_database.connection());
    const QStringList statuses = {u"received"_s, u"assigned"_s, u"in_progress"_s, u"replied"_s, u"return_visit"_s};
    for (int i = 0; i < openCasesAdded; ++i) {
        const QVariant due
                = i % 50 == 0 ? QVariant() : QVariant(QDate::currentDate().addDays(i % 90 - 45).toString(Qt::ISODate));
        query.prepare(u"INSERT INTO service_records (service_type_id, served_at, case_status, due_date, created_at) "
                      "VALUES (1, ?, ?, ?, '')"_s);
        query.addBindValue(QDate::currentDate().addDays(-60).toString(Qt::ISODate) + u" 09:00:00"_s);
        query.addBindValue(statuses.at(i % statuses.size()));
        query.addBindValue(due);
        QVERIFY(query.exec());
    }
}

void TstServiceRecordTableModel::pagesThroughTheLogNewestFirst()
{
    ServiceRecordTableModel model(m_database.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Each fetch adds one page, never the whole log.
    const int before = model.rowCount();
    QVERIFY(before <= 2 * ServiceRecordTableModel::pageSize);
    model.fetchMore();
    QCOMPARE(model.rowCount(), before + ServiceRecordTableModel::pageSize);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), servicesInLog + openCasesAdded);
    QString previous = u"9999"_s;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString servedAt = model.index(row, ServiceRecordTableModel::ServedAt).data().toString();
        QVERIFY2(servedAt <= previous, qPrintable(servedAt));
        previous = servedAt;
    }
}

void TstServiceRecordTableModel::filterStartsAgainFromTheNewest()
{
    ServiceRecordTableModel model(m_database.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServiceFilter filter;
    filter.caseStatus = u"open"_s;
    model.setFilter(filter);
    while (model.canFetchMore())
        model.fetchMore();
    const qint64 open = scalar(m_database.connection(),
                               u"SELECT count(*) FROM service_records WHERE case_status IN ('received', 'assigned', "
                               "'in_progress', 'replied', 'return_visit')"_s);
    QVERIFY(open > 0);
    QCOMPARE(model.rowCount(), open);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, ServiceRecordTableModel::Case).data().toString().isEmpty());
}

void TstServiceRecordTableModel::namesInEitherLanguage()
{
    ServiceRecordTableModel model(m_database.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (model.rowCount() == 0)
        model.fetchMore();
    const qint64 id = model.index(0, 0).data(ServiceRecordTableModel::RecordIdRole).toLongLong();
    QSqlQuery query(m_database.connection());
    QVERIFY(query.exec(u"SELECT t.name_zh, t.name_en FROM service_records s JOIN service_types t "
                       "ON t.id = s.service_type_id WHERE s.id = %1"_s.arg(id)));
    QVERIFY(query.next());
    model.setChineseNames(true);
    QCOMPARE(model.index(0, ServiceRecordTableModel::Service).data().toString(), query.value(0).toString());
    model.setChineseNames(false);
    QCOMPARE(model.index(0, ServiceRecordTableModel::Service).data().toString(), query.value(1).toString());
}

void TstServiceRecordTableModel::caseListDueFirstWithOverdueMarked()
{
    ServiceFilter filter;
    filter.caseStatus = u"open"_s;
    filter.order = ServiceFilter::Order::DueFirst;
    const QDate today = QDate::currentDate();
    ServiceRecordTableModel model(m_database.connection());
    model.setReferenceDate(today);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter);
    while (model.canFetchMore())
        model.fetchMore();
    const std::optional<qint64> open = ServiceRecordStore(m_database.connection()).count(filter);
    QVERIFY(open && *open > ServiceRecordTableModel::pageSize); // more than one page
    QCOMPARE(model.rowCount(), *open);
    QString previous;
    int overdue = 0;
    int withoutDeadline = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString due = model.index(row, ServiceRecordTableModel::Due).data().toString();
        const QString status = model.index(row, 0).data(ServiceRecordTableModel::CaseStatusRole).toString();
        QVERIFY2(due >= previous, qPrintable(due));
        previous = due;
        QVERIFY(CaseStatus::isOpen(status));
        const bool isOverdue = model.index(row, 0).data(ServiceRecordTableModel::OverdueRole).toBool();
        QCOMPARE(isOverdue, CaseStatus::isOverdue(status, due, today));
        QCOMPARE(model.index(row, ServiceRecordTableModel::Resident).data(Qt::ForegroundRole).isValid(), isOverdue);
        overdue += isOverdue ? 1 : 0;
        withoutDeadline += due.isEmpty() ? 1 : 0;
    }
    // Those without a deadline first, then the overdue ones, each listed once across the pages.
    QVERIFY(withoutDeadline >= openCasesAdded / 50);
    QVERIFY(overdue > 0);
    QVERIFY(model.index(withoutDeadline + overdue - 1, 0).data(ServiceRecordTableModel::OverdueRole).toBool());
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(ServiceRecordTableModel::RecordIdRole).toLongLong());
    QCOMPARE(ids.size(), model.rowCount());
    filter.caseStatus = u"overdue"_s;
    filter.today = today;
    QCOMPARE(ServiceRecordStore(m_database.connection()).count(filter), std::optional<qint64>(overdue));

    // Per handler, the same figures.
    qint64 loadOpen = 0;
    qint64 loadOverdue = 0;
    for (const CaseLoad &load : ServiceRecordStore(m_database.connection()).caseLoads(today)) {
        loadOpen += load.open;
        loadOverdue += load.overdue;
    }
    QCOMPARE(loadOpen, *open);
    QCOMPARE(loadOverdue, overdue);
}

void TstServiceRecordTableModel::aCaseStepShowsInItsRow()
{
    ServiceFilter filter;
    filter.caseStatus = u"received"_s;
    filter.order = ServiceFilter::Order::DueFirst;
    ServiceRecordTableModel model(m_database.connection());
    model.setFilter(filter);
    model.fetchMore();
    QVERIFY(model.rowCount() > 0);
    const qint64 id = model.index(0, 0).data(ServiceRecordTableModel::RecordIdRole).toLongLong();
    CaseStep step;
    step.action = CaseStep::Action::Refer;
    step.referredTo = u"区司法局"_s;
    QVERIFY(CaseWorkflow(m_database.connection()).take(id, u"received"_s, step).isDone());
    QVERIFY(model.refreshRecord(id));
    QCOMPARE(model.index(0, 0).data(ServiceRecordTableModel::CaseStatusRole).toString(), u"referred"_s);
    QCOMPARE(model.index(0, ServiceRecordTableModel::Case).data().toString(), CaseStatus::label(u"referred"_s));
    QVERIFY(!model.index(0, 0).data(ServiceRecordTableModel::OverdueRole).toBool());
    QVERIFY(!model.refreshRecord(-1));
}

QTEST_GUILESS_MAIN(TstServiceRecordTableModel)
#include "tst_servicerecordtablemodel.moc"
