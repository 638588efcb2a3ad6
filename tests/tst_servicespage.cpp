#include "database.h"
#include "demodatagenerator.h"
#include "servicerecordtablemodel.h"
#include "servicespage.h"
#include "testsupport.h"

#include <QComboBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The Services page on real widgets over a demo log.
class TstServicesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensNewestFirst();
    void filtersNarrowTheLog();

private:
    static int fetchAll(ServiceRecordTableModel *model);

    QTemporaryDir m_dir;
    Database m_database;
};

void TstServicesPage::initTestCase()
{
    QVERIFY(m_database.open(DatabaseLocation::fromArgument(dbPath(m_dir))));
    DemoDataGenerator::Options options;
    options.residents = 600;
    options.services = 2500;
    options.seed = 4;
    DemoDataGenerator generator(m_database.connection(), options);
    QVERIFY2(generator.run(), qPrintable(generator.errorString()));
}

int TstServicesPage::fetchAll(ServiceRecordTableModel *model)
{
    while (model->canFetchMore())
        model->fetchMore();
    return model->rowCount();
}

void TstServicesPage::opensNewestFirst()
{
    ServicesPage page(m_database.connection());
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(page.view()->model()->rowCount() > 0);
    QVERIFY(page.view()->model()->rowCount() <= 2 * ServiceRecordTableModel::pageSize);
    const QString newest = page.view()->model()->index(0, ServiceRecordTableModel::ServedAt).data().toString();
    QSqlQuery query(m_database.connection());
    QVERIFY(query.exec(u"SELECT substr(max(served_at), 1, 16) FROM service_records"_s) && query.next());
    QCOMPARE(newest, query.value(0).toString());
}

void TstServicesPage::filtersNarrowTheLog()
{
    ServicesPage page(m_database.connection());
    QSqlQuery query(m_database.connection());
    QVERIFY(query.exec(u"SELECT max(served_at) FROM service_records"_s) && query.next());
    const QDate today = QDate::fromString(query.value(0).toString().left(10), Qt::ISODate);
    page.setReferenceDate(today);
    QCOMPARE(fetchAll(page.model()), 2500);

    page.periodFilter()->setCurrentIndex(page.periodFilter()->findData(int(ServicesPage::Period::ThisMonth)));
    const qint64 thisMonth = scalar(m_database.connection(),
                                    u"SELECT count(*) FROM service_records WHERE served_at >= '%1' AND served_at < '%2'"_s
                                            .arg(QDate(today.year(), today.month(), 1).toString(Qt::ISODate),
                                                 today.addDays(1).toString(Qt::ISODate)));
    QVERIFY(thisMonth > 0);
    QCOMPARE(fetchAll(page.model()), thisMonth);

    page.periodFilter()->setCurrentIndex(0);
    page.caseFilter()->setCurrentIndex(page.caseFilter()->findData(u"open"_s));
    const qint64 open = scalar(m_database.connection(),
                               u"SELECT count(*) FROM service_records WHERE case_status IN ('received', 'assigned', "
                               "'in_progress', 'replied', 'return_visit')"_s);
    QCOMPARE(fetchAll(page.model()), open);

    page.caseFilter()->setCurrentIndex(0);
    QVERIFY(page.categoryFilter()->count() > 10);
    page.categoryFilter()->setCurrentIndex(1);
    const qint64 category = page.categoryFilter()->currentData().toLongLong();
    const qint64 inCategory = scalar(m_database.connection(),
                                     u"SELECT count(*) FROM service_records s JOIN service_types t "
                                     "ON t.id = s.service_type_id WHERE t.category_id = %1"_s.arg(category));
    QCOMPARE(fetchAll(page.model()), inCategory);
}

QTEST_MAIN(TstServicesPage)
#include "tst_servicespage.moc"
