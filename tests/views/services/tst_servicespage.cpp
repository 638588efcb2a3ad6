#include "database.h"
#include "servicerecordtablemodel.h"
#include "servicespage.h"
#include "sheetimportdialog.h"
#include "demodata.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
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
    void readsNothingUntilShown();
    void filtersNarrowTheLog();
    void typeHandlerAndGridFilters();
    void residentFoundByTyping();
    void importsASheetOfServices(); // last: it adds to the log

private:
    static int fetchAll(ServiceRecordTableModel *model);

    QTemporaryDir m_dir;
    Database m_database;
};

void TstServicesPage::initTestCase()
{
    QVERIFY(DemoData().residents(600).services(2500).seed(4).openIn(m_database, locationFor(m_dir)));
}

int TstServicesPage::fetchAll(ServiceRecordTableModel *model)
{
    while (model->canFetchMore())
        model->fetchMore();
    return model->rowCount();
}

void TstServicesPage::opensNewestFirst()
{
    ServicesPage page{Session(m_database)};
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

void TstServicesPage::readsNothingUntilShown()
{
    // A page of the window nobody has opened yet: its list waits.
    ServicesPage page{Session(m_database)};
    page.resize(1100, 700);
    QTest::qWait(50);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.model()->canFetchMore());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(page.model()->rowCount() > 0);
}

void TstServicesPage::filtersNarrowTheLog()
{
    ServicesPage page{Session(m_database)};
    page.show(); // its list reads once shown
    QSqlQuery query(m_database.connection());
    QVERIFY(query.exec(u"SELECT max(served_at) FROM service_records"_s) && query.next());
    const QDate today = QDate::fromString(query.value(0).toString().left(10), Qt::ISODate);
    page.setReferenceDate(today);
    QCOMPARE(fetchAll(page.model()), 2500);

    page.periodFilter()->setCurrentIndex(page.periodFilter()->findData(int(ServicesPage::Period::ThisMonth)));
    const qint64 thisMonth
            = scalar(m_database.connection(),
                     u"SELECT count(*) FROM service_records WHERE served_at >= '%1' AND served_at < '%2'"_s.arg(
                             QDate(today.year(), today.month(), 1).toString(Qt::ISODate),
                             today.addDays(1).toString(Qt::ISODate)));
    QVERIFY(thisMonth > 0);
    QCOMPARE(fetchAll(page.model()), thisMonth);

    // Any span of days, in either order.
    page.periodFilter()->setCurrentIndex(page.periodFilter()->findData(int(ServicesPage::Period::Between)));
    page.fromBox()->setDate(today);
    page.toBox()->setDate(today.addDays(-9));
    const qint64 tenDays
            = scalar(m_database.connection(),
                     u"SELECT count(*) FROM service_records WHERE served_at >= '%1' AND served_at < '%2'"_s.arg(
                             today.addDays(-9).toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate)));
    QVERIFY(tenDays > 0);
    QCOMPARE(fetchAll(page.model()), tenDays);

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

void TstServicesPage::typeHandlerAndGridFilters()
{
    ServicesPage page{Session(m_database)};
    page.show(); // its list reads once shown
    // Types follow the category.
    const int allTypes = page.typeFilter()->count();
    page.categoryFilter()->setCurrentIndex(1);
    const qint64 category = page.categoryFilter()->currentData().toLongLong();
    QVERIFY(page.typeFilter()->count() < allTypes);
    page.typeFilter()->setCurrentIndex(1);
    const qint64 type = page.typeFilter()->currentData().toLongLong();
    QCOMPARE(scalar(m_database.connection(), u"SELECT category_id FROM service_types WHERE id = %1"_s.arg(type)),
             category);
    QCOMPARE(fetchAll(page.model()),
             scalar(m_database.connection(),
                    u"SELECT count(*) FROM service_records WHERE service_type_id = %1"_s.arg(type)));
    page.categoryFilter()->setCurrentIndex(0);
    QCOMPARE(page.typeFilter()->currentIndex(), 0);

    const qint64 handler = scalar(m_database.connection(),
                                  u"SELECT handler_id FROM service_records "
                                  "GROUP BY handler_id ORDER BY count(*) DESC LIMIT 1"_s);
    page.handlerFilter()->setCurrentIndex(page.handlerFilter()->findData(handler));
    QVERIFY(page.handlerFilter()->currentIndex() > 0);
    const qint64 byHandler = scalar(m_database.connection(),
                                    u"SELECT count(*) FROM service_records WHERE handler_id = %1"_s.arg(handler));
    QVERIFY(byHandler > 0);
    QCOMPARE(fetchAll(page.model()), byHandler);

    page.handlerFilter()->setCurrentIndex(0);
    const qint64 grid = scalar(m_database.connection(), u"SELECT max(grid_id) FROM residents"_s);
    page.gridFilter()->setCurrentIndex(page.gridFilter()->findData(grid));
    QVERIFY(page.gridFilter()->currentIndex() > 0);
    const qint64 inGrid = scalar(m_database.connection(),
                                 u"SELECT count(*) FROM service_records s JOIN residents r "
                                 "ON r.id = s.resident_id WHERE r.grid_id = %1"_s.arg(grid));
    QVERIFY(inGrid > 0);
    QCOMPARE(fetchAll(page.model()), inGrid);
}

void TstServicesPage::residentFoundByTyping()
{
    QSqlQuery query(m_database.connection());
    QVERIFY(query.exec(u"SELECT r.id, r.name_initials, count(*) FROM service_records s JOIN residents r "
                       "ON r.id = s.resident_id GROUP BY r.id ORDER BY count(*) DESC LIMIT 1"_s)
            && query.next());
    const qint64 resident = query.value(0).toLongLong();
    const QString initials = query.value(1).toString();
    const qint64 theirs = query.value(2).toLongLong();

    ServicesPage page{Session(m_database)};
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.residentBox()->setFocus();
    QTest::keyClicks(page.residentBox(), initials);
    QTRY_VERIFY(page.residentCompleter()->completionModel()->rowCount() > 0);
    // Choose the one with the records among the matches.
    QAbstractItemModel *matches = page.residentCompleter()->completionModel();
    int row = -1;
    for (int i = 0; i < matches->rowCount(); ++i) {
        if (matches->index(i, 0).data(Qt::UserRole + 1).toLongLong() == resident)
            row = i;
    }
    QVERIFY(row >= 0);
    emit page.residentCompleter()->activated(matches->index(row, 0));
    QCOMPARE(page.currentFilter().residentId, resident);
    QCOMPARE(fetchAll(page.model()), theirs);
    // Typing again lets go of them.
    QTest::keyClick(page.residentBox(), Qt::Key_Backspace);
    QCOMPARE(page.currentFilter().residentId, 0);
}

void TstServicesPage::importsASheetOfServices()
{
    // A manager imports; a clerk finds the button greyed out, with the reason.
    ServicesPage page{Session(m_database)};
    QVERIFY(page.importButton()->isEnabled());
    Actor::actFor(m_database.connection(), Actor{0, u"clerk1"_s, u"李敏"_s, Role::Clerk});
    {
        ServicesPage clerks{Session(m_database)};
        QVERIFY(!clerks.importButton()->isEnabled());
        QVERIFY(clerks.importButton()->toolTip().contains(u"Manager"_s));
    }
    Actor::forget(m_database.connection());

    // A sheet from the old ledger: one row to import, one with a type the catalogue does not know.
    QSqlQuery query(m_database.connection());
    QVERIFY(query.exec(u"SELECT id_number, name FROM residents WHERE id_number IS NOT NULL ORDER BY id LIMIT 1"_s));
    QVERIFY(query.next());
    const QString person = query.value(0).toString() + u',' + query.value(1).toString();
    query.finish();
    const QString path = m_dir.filePath(u"ledger.csv"_s);
    writeFile(path,
              (u"身份证号,姓名,服务类型,日期,经办人\r\n"_s + person + u",LG01,2025-11-03,李敏\r\n"_s + person
               + u",XX99,2025-11-04,李敏\r\n"_s)
                      .toUtf8());
    const qint64 before = scalar(m_database.connection(), u"SELECT count(*) FROM service_records"_s);

    SheetImportDialog dialog(locationFor(m_dir), Actor::commandLine(), ServicesPage::importedSheet());
    dialog.show();
    QSignalSpy steps(&dialog, &SheetImportDialog::stepFinished);
    dialog.openFile(path);
    QVERIFY(QTest::qWaitFor([&] { return steps.size() >= 1; }, 10000));
    QCOMPARE(dialog.windowTitle(), u"Import services"_s);
    QCOMPARE(dialog.previewTable()->columnCount(), 5);
    QCOMPARE(dialog.problemTable()->rowCount(), 1);
    QCOMPARE(dialog.problemTable()->item(0, 0)->text(), u"3"_s);
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.skipInvalidBox()->setChecked(true);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return steps.size() >= 2; }, 10000));
    QCOMPARE(dialog.summaryLabel()->text(), u"Imported 1 service records."_s);
    QCOMPARE(scalar(m_database.connection(), u"SELECT count(*) FROM service_records"_s), before + 1);
    QCOMPARE(scalar(m_database.connection(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'IMPORT' AND changes = 'rows=1; left_out=1'"_s),
             1);
}

QTEST_MAIN(TstServicesPage)
#include "tst_servicespage.moc"
