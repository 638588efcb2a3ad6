#include "actor.h"
#include "database.h"
#include "residentspage.h"
#include "residenttablemodel.h"
#include "demodata.h"
#include "testsupport.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSqlQuery>
#include <QComboBox>
#include <QTableView>
#include <QToolButton>
#include <QTemporaryDir>
#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstResidentsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensSortedByName();
    void headerClicksSortInTheDatabase();
    void scrollingFetchesMore();
    void anotherOrderShowsTheTopOfTheList();
    void typingSearches();
    void filtersNarrowTheList();
    void twoChosenRecordsAreMergedByAManager();
    void copyingAnIdNumberCopiesItMasked();

private:
    static void showPage(ResidentsPage &page);
    static void clickHeader(QTableView *view, int column);

    QTemporaryDir m_dir;
    Database m_database;
};

void TstResidentsPage::initTestCase()
{
    QVERIFY(DemoData().residents(1500).openIn(m_database, locationFor(m_dir)));
}

void TstResidentsPage::twoChosenRecordsAreMergedByAManager()
{
    Actor::actFor(m_database.connection(), Actor{0, u"boss1"_s, u"赵主任"_s, Role::Manager});
    const auto signOut = qScopeGuard([this] { Actor::forget(m_database.connection()); });
    const qint64 before = scalar(m_database.connection(), u"SELECT count(*) FROM residents"_s);
    ResidentsPage page{Session(m_database)};
    showPage(page);
    QTableView *view = page.view();
    QTRY_VERIFY(view->model()->rowCount() > 2);
    // Ctrl+click: the second row joins the first.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view->visualRect(view->model()->index(1, 0)).center());
    const QList<qint64> chosen = page.chosenResidents();
    QCOMPARE(chosen.size(), 2);
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(u"one person"_s));
        QPushButton *keepFirst = childWithText<QPushButton>(*box, u"Keep record &1"_s);
        QVERIFY(keepFirst);
        keepFirst->click();
    });
    page.mergeChosenResidents();
    QCOMPARE(scalar(m_database.connection(), u"SELECT count(*) FROM residents"_s), before - 1);
    QCOMPARE(scalar(m_database.connection(), u"SELECT count(*) FROM residents WHERE id = %1"_s.arg(chosen.at(1))), 0);
    QCOMPARE(scalar(m_database.connection(),
                    u"SELECT count(*) FROM audit_log WHERE login = 'boss1' "
                    "AND changes = 'merged_into=%1'"_s.arg(chosen.at(0))),
             1);
}

void TstResidentsPage::copyingAnIdNumberCopiesItMasked()
{
    ResidentsPage page{Session(m_database)};
    showPage(page);
    QTableView *view = page.view();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    for (const int column : {int(ResidentTableModel::IdNumber), int(ResidentTableModel::Phone)}) {
        QApplication::clipboard()->clear();
        int row = 0;
        while (view->model()->index(row, column).data().toString().isEmpty())
            ++row;
        view->setCurrentIndex(view->model()->index(row, column));
        QTest::keySequence(view, QKeySequence::Copy);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(u'*'), qPrintable(copied));
        QCOMPARE(copied, view->model()->index(row, column).data().toString());
    }
}

void TstResidentsPage::showPage(ResidentsPage &page)
{
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
}

void TstResidentsPage::clickHeader(QTableView *view, int column)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

void TstResidentsPage::opensSortedByName()
{
    ResidentsPage page{Session(m_database)};
    showPage(page);
    QTableView *view = page.view();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(ResidentTableModel::Name));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    // Ascending by pinyin, as the database orders it; only the first pages are loaded.
    QSqlQuery first(m_database.connection());
    QVERIFY(first.exec(u"SELECT id FROM residents ORDER BY name_pinyin, id LIMIT 1"_s) && first.next());
    QCOMPARE(page.model()->data(page.model()->index(0, 0), ResidentTableModel::ResidentIdRole).toLongLong(),
             first.value(0).toLongLong());
    QVERIFY(view->model()->rowCount() < 1500);
}

void TstResidentsPage::headerClicksSortInTheDatabase()
{
    ResidentsPage page{Session(m_database)};
    showPage(page);
    QTableView *view = page.view();

    clickHeader(view, ResidentTableModel::Age);
    QCOMPARE(page.model()->sortColumn(), int(ResidentTableModel::Age));
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const int firstAge = view->model()->index(0, ResidentTableModel::Age).data().toInt();
    clickHeader(view, ResidentTableModel::Age);
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const int firstAgeReversed = view->model()->index(0, ResidentTableModel::Age).data().toInt();
    QVERIFY2(firstAge != firstAgeReversed, "the other end of the ages");

    // A column without an index to sort by leaves the order and the indicator alone.
    const Qt::SortOrder before = page.model()->sortOrder();
    clickHeader(view, ResidentTableModel::Phone);
    QCOMPARE(page.model()->sortColumn(), int(ResidentTableModel::Age));
    QCOMPARE(page.model()->sortOrder(), before);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(ResidentTableModel::Age));
}

void TstResidentsPage::scrollingFetchesMore()
{
    ResidentsPage page{Session(m_database)};
    showPage(page);
    QTableView *view = page.view();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const int before = view->model()->rowCount();
    for (int i = 0; i < 20 && view->model()->rowCount() < 1500; ++i) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
    }
    QVERIFY(view->model()->rowCount() > before);
    QTRY_COMPARE(view->model()->rowCount(), 1500);
    // Every row has the same height, so the view never measures rows one by one.
    QCOMPARE(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
}

void TstResidentsPage::anotherOrderShowsTheTopOfTheList()
{
    ResidentsPage page{Session(m_database)};
    showPage(page);
    QTableView *view = page.view();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    while (view->model()->rowCount() < 3 * ResidentTableModel::pageSize) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
    }
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() - 10);

    clickHeader(view, ResidentTableModel::Registered);
    QCOMPARE(view->model()->rowCount(), ResidentTableModel::pageSize); // read at once, no worker
    QTest::qWait(50);                                                  // the view lays the rows out
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QCOMPARE(view->rowAt(0), 0);
    // At the top, nothing more is fetched.
    QCOMPARE(view->model()->rowCount(), ResidentTableModel::pageSize);
}

void TstResidentsPage::typingSearches()
{
    ResidentsPage page{Session(m_database)};
    showPage(page);
    page.setResidentCount(1500);
    QCOMPARE(page.countText(), u"1,500 residents"_s);
    QTableView *view = page.view();

    // Initials of the most common surname and a second letter that many names share.
    QSqlQuery expected(m_database.connection());
    QVERIFY(expected.exec(u"SELECT count(*) FROM residents WHERE name_initials >= 'w' AND name_initials < 'w~' "
                          "OR name_pinyin >= 'w' AND name_pinyin < 'w~'"_s)
            && expected.next());
    const int matches = expected.value(0).toInt();
    QVERIFY(matches > 0 && matches < 1500);

    QTest::keyClicks(page.searchBox(), u"w"_s);
    // Nothing happens while the clerk may still be typing, then the list and the exact count change.
    QCOMPARE(page.model()->searchText(), QString());
    QTRY_COMPARE(page.model()->searchText(), u"w"_s);
    QTRY_COMPARE(page.countText(), u"%1 matches"_s.arg(QLocale().toString(matches)));
    while (page.model()->canFetchMore())
        page.model()->fetchMore();
    QCOMPARE(view->model()->rowCount(), matches);

    QTest::keyClicks(page.searchBox(), u"qqqq"_s);
    QTRY_COMPARE(page.countText(), u"Nobody found"_s);
    QCOMPARE(view->model()->rowCount(), 0);

    page.searchBox()->clear();
    QTRY_COMPARE(page.model()->searchText(), QString());
    QCOMPARE(page.countText(), u"1,500 residents"_s);
    QTRY_VERIFY(view->model()->rowCount() > 0);
}

void TstResidentsPage::filtersNarrowTheList()
{
    ResidentsPage page{Session(m_database)};
    showPage(page);
    page.setResidentCount(1500);
    QCOMPARE(page.tagButtons().size(), 7);
    QToolButton *livingAlone = nullptr;
    for (QToolButton *button : page.tagButtons()) {
        if (button->property("tag").toString() == u"living_alone"_s)
            livingAlone = button;
    }
    QVERIFY(livingAlone);
    const auto expected = [this](const QString &where) {
        return int(scalar(m_database.connection(), u"SELECT count(*) FROM residents r WHERE "_s + where));
    };
    const int alone = expected(u"r.id IN (SELECT resident_id FROM resident_tags WHERE tag = 'living_alone')"_s);
    QVERIFY(alone > 0);

    QTest::mouseClick(livingAlone, Qt::LeftButton);
    QTRY_COMPARE(page.countText(), alone == 1 ? u"1 match"_s : u"%1 matches"_s.arg(alone));
    while (page.model()->canFetchMore())
        page.model()->fetchMore();
    QCOMPARE(page.view()->model()->rowCount(), alone);

    // 80 and over, among those living alone.
    page.ageFilter()->setCurrentIndex(page.ageFilter()->findData(80));
    const int aloneAndOld
            = expected(u"r.id IN (SELECT resident_id FROM resident_tags WHERE tag = 'living_alone') "
                       "AND r.birth_date <= '%1'"_s.arg(QDate::currentDate().addYears(-80).toString(Qt::ISODate)));
    QVERIFY(aloneAndOld < alone);
    QTRY_COMPARE(page.countText(),
                 aloneAndOld == 0           ? u"Nobody found"_s
                         : aloneAndOld == 1 ? u"1 match"_s
                                            : u"%1 matches"_s.arg(aloneAndOld));

    // Back to everyone.
    QTest::mouseClick(livingAlone, Qt::LeftButton);
    page.ageFilter()->setCurrentIndex(0);
    QTRY_COMPARE(page.countText(), u"1,500 residents"_s);
    // One grid.
    QCOMPARE(page.gridFilter()->count(), int(scalar(m_database.connection(), u"SELECT count(*) FROM grids"_s)) + 1);
    page.gridFilter()->setCurrentIndex(2);
    const qint64 gridId = page.gridFilter()->currentData().toLongLong();
    const int inGrid = expected(u"r.grid_id = %1"_s.arg(gridId));
    QVERIFY(inGrid > 0 && inGrid < 1500);
    QTRY_COMPARE(page.countText(), inGrid == 1 ? u"1 match"_s : u"%1 matches"_s.arg(inGrid));
    page.gridFilter()->setCurrentIndex(0);
    QTRY_COMPARE(page.countText(), u"1,500 residents"_s);
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(u"deceased"_s));
    const int deceased = expected(u"r.status = 'deceased'"_s);
    QTRY_COMPARE(page.countText(),
                 deceased == 0           ? u"Nobody found"_s
                         : deceased == 1 ? u"1 match"_s
                                         : u"%1 matches"_s.arg(deceased));
}

QTEST_MAIN(TstResidentsPage)
#include "tst_residentspage.moc"
