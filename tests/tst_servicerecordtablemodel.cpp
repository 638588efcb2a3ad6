#include "database.h"
#include "demodatagenerator.h"
#include "servicerecordtablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
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

private:
    QTemporaryDir m_dir;
    Database m_database;
};

void TstServiceRecordTableModel::initTestCase()
{
    QVERIFY(m_database.open(DatabaseLocation::fromArgument(dbPath(m_dir))));
    DemoDataGenerator::Options options;
    options.residents = 800;
    options.services = 1500;
    options.seed = 9;
    DemoDataGenerator generator(m_database.connection(), options);
    QVERIFY2(generator.run(), qPrintable(generator.errorString()));
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
    QCOMPARE(model.rowCount(), 1500);
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

QTEST_GUILESS_MAIN(TstServiceRecordTableModel)
#include "tst_servicerecordtablemodel.moc"
