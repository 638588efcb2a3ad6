#include "actor.h"
#include "backupfile.h"
#include "centerprofile.h"
#include "centerstore.h"
#include "database.h"
#include "databaselocationdialog.h"
#include "guisupport.h"
#include "helpdialog.h"
#include "mainwindow.h"
#include "quicklogdialog.h"
#include "reportspage.h"
#include "screenfit.h"
#include "residentspage.h"
#include "servicelogqueue.h"
#include "servicespage.h"
#include "servicerecordtablemodel.h"
#include "demodata.h"
#include "testsupport.h"
#include "userstore.h"

#include <QAction>
#include <QApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void navigationSwitchesPages();
    void keyboardShortcutsSwitchPages();
    void findGoesBackToTheSearchBoxFromAnywhere();
    void pagesAreMadeWhenFirstOpened();
    void statusBarShowsLocationAndCounts();
    void remembersGeometryAndPage();
    void aWindowFromALargerScreenComesBackWhole();
    void aboutShowsTheVersion();
    void f1ShowsWhereThingsAre();
    void signingOutClosesTheWindowAndIsAudited();
    void aClerkFindsManagersActionsGreyedOut();
    void theDailyBackupIsMadeAtTheFirstStartOfTheDay();
    void anotherDatabaseLocationIsRememberedForTheNextStart();
    void aLostServerConnectionIsSaidUntilItIsBack();
    void aClerkOfOneCenterSeesItsCountsAndItsName();
    void countsAndListsFollowAWorkersWrite();

private:
    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    Database m_database;
};

void TstMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"LinliTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
    m_location = locationFor(m_dir);
    QVERIFY(DemoData().residents(1234).services(5678).visits(90).openIn(m_database, m_location));
}

void TstMainWindow::navigationSwitchesPages()
{
    MainWindow window{Session(m_database)};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), int(MainWindow::PageCount));
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(pages);
    for (int page = MainWindow::PageCount - 1; page >= 0; --page) {
        const QRect rect = navigation->visualItemRect(navigation->item(page));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.currentPage(), MainWindow::Page(page));
        QCOMPARE(pages->currentIndex(), page);
        QVERIFY2(QByteArray(pages->currentWidget()->metaObject()->className()).endsWith("Page"),
                 pages->currentWidget()->metaObject()->className());
    }
}

void TstMainWindow::pagesAreMadeWhenFirstOpened()
{
    QSettings().remove(u"window/page"_s);
    MainWindow window{Session(m_database)};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPage(), MainWindow::ResidentsPage);
    // Only the list shown is built and read at start.
    QVERIFY(!window.findChild<linli::ServicesPage *>());
    QVERIFY(!window.findChild<linli::ReportsPage *>());
    window.showPage(MainWindow::ServicesPage);
    auto *services = window.findChild<linli::ServicesPage *>();
    QVERIFY(services);
    QTRY_VERIFY(services->model()->rowCount() > 0);
    auto *pages = window.findChild<QStackedWidget *>();
    QCOMPARE(pages->count(), int(MainWindow::PageCount));
    QCOMPARE(pages->currentWidget(), services);
    // Opened again, the same page: nothing is built twice.
    window.showPage(MainWindow::ResidentsPage);
    window.showPage(MainWindow::ServicesPage);
    QCOMPARE(window.findChildren<linli::ServicesPage *>().size(), 1);
    QCOMPARE(pages->widget(MainWindow::ServicesPage), services);
}

void TstMainWindow::keyboardShortcutsSwitchPages()
{
    MainWindow window{Session(m_database)};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::CasesPage);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::VisitsPage);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::ReportsPage);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::ResidentsPage);
}

void TstMainWindow::findGoesBackToTheSearchBoxFromAnywhere()
{
    MainWindow window{Session(m_database)};
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *residents = window.findChild<ResidentsPage *>();
    QVERIFY(residents);
    QTest::keyClicks(residents->searchBox(), u"wxy"_s);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::CasesPage);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::ResidentsPage);
    QCOMPARE(QApplication::focusWidget(), residents->searchBox());
    // What was typed is selected: the next name typed replaces it.
    QCOMPARE(residents->searchBox()->selectedText(), u"wxy"_s);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
    QCOMPARE(window.currentPage(), MainWindow::ResidentsPage);
    QCOMPARE(QApplication::focusWidget(), residents->searchBox());
}

void TstMainWindow::statusBarShowsLocationAndCounts()
{
    MainWindow window{Session(m_database)};
    window.show();
    QVERIFY(window.statusText().contains(m_location.displayName()));
    // The counts arrive from a worker thread without blocking the window.
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(u"1,234"_s), 10000);
    QVERIFY(window.statusText().contains(u"5,678"_s));
    QVERIFY(window.statusText().contains(u"90"_s));
}

void TstMainWindow::remembersGeometryAndPage()
{
    {
        MainWindow window{Session(m_database)};
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(770, 657);
        window.showPage(MainWindow::ServicesPage);
        window.close();
    }
    MainWindow again{Session(m_database)};
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    // As it was left (the test's screen is 800 × 800).
    QCOMPARE(again.size(), QSize(770, 657));
    QCOMPARE(again.currentPage(), MainWindow::ServicesPage);
}

// Saved at 1920 × 1080 far to the right (a second monitor, since removed): opened on this screen,
// whole, at most its size.
void TstMainWindow::aWindowFromALargerScreenComesBackWhole()
{
    QCOMPARE(ScreenFit::inside(QRect(2000, 900, 1920, 1080), QRect(0, 0, 1366, 728)), QRect(0, 0, 1366, 728));
    QCOMPARE(ScreenFit::inside(QRect(300, 200, 1200, 700), QRect(0, 0, 1366, 728)), QRect(166, 28, 1200, 700));
    QCOMPARE(ScreenFit::inside(QRect(10, 10, 800, 600), QRect(0, 0, 1366, 728)), QRect(10, 10, 800, 600));
    {
        MainWindow window{Session(m_database)};
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(2000, 900, 1920, 1080);
        window.close();
    }
    MainWindow again{Session(m_database)};
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QString shown;
    QDebug(&shown) << again.frameGeometry() << "on" << screen << again.minimumSize();
    QVERIFY2(screen.contains(again.frameGeometry()), qPrintable(shown));
    again.close();
    QSettings().remove(u"window/geometry"_s);
}

void TstMainWindow::aboutShowsTheVersion()
{
    MainWindow window{Session(m_database)};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *about = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"&About Linli"_s)
            about = action;
    }
    QVERIFY(about);
    QString shown;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            shown = box->text() + u'\n' + box->informativeText();
            box->accept();
        }
    });
    about->trigger();
    QVERIFY2(shown.contains(QString::fromLatin1(LINLI_VERSION)), qPrintable(shown));
    QVERIFY(shown.contains(m_location.displayName()));
}

void TstMainWindow::f1ShowsWhereThingsAre()
{
    MainWindow window{Session(m_database)};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString shown;
    whenShown<HelpDialog>([&shown](HelpDialog *help) {
        shown = help->text()->toPlainText();
        QTest::keyClick(help, Qt::Key_Escape);
    });
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(u"Ctrl+L"_s) && shown.contains(u"zxh 0769"_s) && shown.contains(u"void"_s),
             qPrintable(shown));
}

void TstMainWindow::signingOutClosesTheWindowAndIsAudited()
{
    const QSqlDatabase db = m_database.connection();
    Actor::forget(db);
    UserStore users(db);
    if (!users.hasAccounts())
        QVERIFY(users.add(u"district"_s, {}, Role::Admin, u"Linli-2026"_s).isDone());
    LINLI_VERIFY_DONE(users.add(u"leaving"_s, u"下班的人"_s, Role::Clerk, u"Front-2026x"_s, false, 1));
    QCOMPARE(users.signIn(u"leaving"_s, u"Front-2026x"_s).outcome, UserStore::SignIn::Accepted);
    const qint64 id = scalar(db, u"SELECT id FROM users WHERE login = 'leaving'"_s);
    {
        MainWindow window{Session(db, m_location)};
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *signOut = childWithText<QAction>(window, u"Sign &out"_s);
        QVERIFY(signOut && signOut->isEnabled());
        QSignalSpy left(&window, &MainWindow::signedOut);
        // An entry typed in the quick log asks first; going back to it keeps the person signed in.
        window.logService();
        auto *quickLog = window.findChild<QuickLogDialog *>();
        QVERIFY(quickLog && quickLog->isVisible());
        quickLog->notesBox()->setText(u"还没写完"_s);
        bool asked = false;
        whenShown<QMessageBox>([&asked](QMessageBox *question) {
            asked = true;
            QTest::keyClick(question, Qt::Key_Escape); // go back
        });
        signOut->trigger();
        QVERIFY(asked);
        QVERIFY(window.isVisible() && quickLog->isVisible());
        QCOMPARE(left.size(), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM audit_log WHERE action = 'LOGOUT'"_s), 0);
        quickLog->notesBox()->clear();
        signOut->trigger();
        QCOMPARE(left.size(), 1);
        QVERIFY(window.hasSignedOut());
        QVERIFY(!window.isVisible());
    }
    QCOMPARE(scalar(db, u"SELECT count(*) FROM audit_log WHERE action = 'LOGOUT' AND user_id = %1"_s.arg(id)), 1);
    QCOMPARE(Actor::of(db).userId, 0); // the connection acts for nobody until the next sign-in
    Actor::forget(db);
}

void TstMainWindow::aClerkOfOneCenterSeesItsCountsAndItsName()
{
    const QSqlDatabase db = m_database.connection();
    Actor::forget(db);
    UserStore users(db);
    if (!users.hasAccounts())
        QVERIFY(users.add(u"district"_s, {}, Role::Admin, u"Linli-2026"_s).isDone());
    CenterStore centers(db);
    const Result<qint64> added = centers.add(u"C02"_s, u"东湖中心"_s);
    LINLI_VERIFY_DONE(added);
    const qint64 east = added.value();
    QVERIFY(centers.moveGrid(1, east).isDone());
    LINLI_VERIFY_DONE(users.add(u"east_desk"_s, u"东湖窗口"_s, Role::Clerk, u"Front-2026x"_s, false, east));
    const qint64 theirs = scalar(db, u"SELECT count(*) FROM residents WHERE grid_id = 1"_s);
    QVERIFY(theirs > 0 && theirs < 1234);
    QCOMPARE(users.signIn(u"east_desk"_s, u"Front-2026x"_s).outcome, UserStore::SignIn::Accepted);
    {
        MainWindow window{Session(db, m_location)};
        window.show();
        auto *signedIn = window.findChild<QLabel *>(u"signedIn"_s);
        QVERIFY(signedIn);
        QCOMPARE(signedIn->text(), u"东湖窗口 · Clerk · 东湖中心"_s);
        // Counted on the window's worker connection: for the clerk, of their center.
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(u"Residents: %1 ·"_s.arg(QLocale().toString(theirs))),
                                 10000);
    }
    QCOMPARE(Actor::of(QSqlDatabase()).userId, 0); // the window gone, nobody acts for the program
    Actor::forget(db);
    QVERIFY(CenterStore(db).moveGrid(1, 1).isDone());
}

void TstMainWindow::countsAndListsFollowAWorkersWrite()
{
    const QSqlDatabase db = m_database.connection();
    const qint64 before = scalar(db, u"SELECT count(*) FROM service_records"_s);
    MainWindow window{Session(db, m_location)};
    window.show();
    window.showPage(MainWindow::ServicesPage);
    auto *services = window.findChild<linli::ServicesPage *>();
    QVERIFY(services);
    const auto recordsShown = [&window](qint64 count) {
        return window.statusText().contains(u"Service records: %1"_s.arg(QLocale().toString(count)));
    };
    QTRY_VERIFY_WITH_TIMEOUT(recordsShown(before), 10000);
    const qint64 residentId = scalar(db, u"SELECT min(id) FROM residents"_s);
    const int theirs
            = int(scalar(db, u"SELECT count(*) FROM service_records WHERE resident_id = %1"_s.arg(residentId)));
    services->showResident(residentId, u"-"_s);
    QTRY_COMPARE(services->model()->rowCount(), theirs);

    // Written on a connection of its own, on another thread, as the quick log and the imports do:
    // nobody tells the window; the database's announcement does.
    ServiceLogQueue queue(m_location);
    QSignalSpy logged(&queue, &ServiceLogQueue::logged);
    QSignalSpy refused(&queue, &ServiceLogQueue::refused);
    ServiceEntry entry;
    entry.residentId = residentId;
    entry.serviceTypeId = scalar(db, u"SELECT id FROM service_types WHERE code = 'LG01'"_s);
    entry.servedAt = QDateTime::currentDateTime();
    entry.handlerId = 1;
    queue.enqueue(entry);
    QTRY_COMPARE(logged.size() + refused.size(), 1);
    QVERIFY2(refused.isEmpty(), refused.isEmpty() ? "" : qPrintable(refused.at(0).at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(recordsShown(before + 1), 10000);
    QTRY_COMPARE(services->model()->rowCount(), theirs + 1);
}

QTEST_MAIN(TstMainWindow)
void TstMainWindow::aClerkFindsManagersActionsGreyedOut()
{
    auto actionNamed = [](const QWidget &window, const QString &text) { return childWithText<QAction>(window, text); };
    auto importButton = [](const QWidget &window) { return childWithText<QPushButton>(window, u"I&mport…"_s); };
    const QStringList managers = {u"Service &catalogue…"_s, u"&Audit log…"_s};
    const QStringList administrators = {u"&Holidays and working days…"_s,
                                        u"C&ontact intervals…"_s,
                                        u"Center &name…"_s,
                                        u"&Lock when idle…"_s,
                                        u"&Database location…"_s,
                                        u"Daily &backups…"_s,
                                        u"&Back up now…"_s,
                                        u"&Restore from a backup…"_s,
                                        u"&Accounts…"_s};
    for (const Role role : {Role::Clerk, Role::Manager, Role::Admin}) {
        Actor::actFor(m_database.connection(), Actor{0, u"someone"_s, u"某人"_s, role});
        MainWindow window{Session(m_database)};
        for (const QString &text : managers + administrators) {
            QAction *action = actionNamed(window, text);
            QVERIFY2(action, qPrintable(text));
            const bool allowed = administrators.contains(text) ? role == Role::Admin : role != Role::Clerk;
            QCOMPARE(action->isEnabled(), allowed);
            QCOMPARE(action->toolTip().contains(u"needs the role"_s), !allowed);
        }
        QVERIFY(importButton(window));
        QCOMPARE(importButton(window)->isEnabled(), role != Role::Clerk);
        QVERIFY(window.findChildren<QLabel *>().size() > 0);
        bool named = false;
        for (QLabel *label : window.findChildren<QLabel *>())
            named = named || label->text() == u"某人 · %1"_s.arg(AccessPolicy::roleName(role));
        QVERIFY(named); // who is signed in, in the status bar
    }
    Actor::forget(m_database.connection());
}

void TstMainWindow::theDailyBackupIsMadeAtTheFirstStartOfTheDay()
{
    LINLI_SQLITE_FILE_ONLY(); // a server's backups are the server's own
    const QString folder = m_dir.filePath(u"daily"_s);
    QVERIFY(CenterProfile(m_database.connection()).setBackupFolder(folder).isDone());
    const QString today = QDir(folder).filePath(u"linli-%1.sqlite"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    {
        // Whoever signs in first, even a clerk: the backup is the center's.
        Actor::actFor(m_database.connection(), Actor{0, u"clerk1"_s, u"李敏"_s, Role::Clerk});
        MainWindow window{Session(m_database)};
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(today), 20000);
    }
    QVERIFY(BackupFile::inspect(today).isUsable());
    QCOMPARE(scalar(m_database.connection(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'BACKUP' "
                    "AND login = 'system:daily-backup' AND result = 'ok'"_s),
             1);

    // A folder that cannot be: the window says so in its status bar.
    Actor::forget(m_database.connection());
    writeFile(m_dir.filePath(u"a-file"_s), "not a folder");
    QVERIFY(CenterProfile(m_database.connection()).setBackupFolder(m_dir.filePath(u"a-file/daily"_s)).isDone());
    MainWindow window{Session(m_database)};
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(u"Today's backup failed"_s), 20000);
    QVERIFY(CenterProfile(m_database.connection()).setBackupFolder({}).isDone());
}

void TstMainWindow::anotherDatabaseLocationIsRememberedForTheNextStart()
{
    Actor::actFor(m_database.connection(), Actor{0, u"admin"_s, u"管理员"_s, Role::Admin});
    MainWindow window{Session(m_database)};
    QAction *action = childWithText<QAction>(window, u"&Database location…"_s);
    QVERIFY(action);
    const QString elsewhere = m_dir.filePath(u"elsewhere.sqlite"_s);
    QString asked;
    whenShown<DatabaseLocationDialog>([&](DatabaseLocationDialog *dialog) {
        QCOMPARE(dialog->serverChoice()->isChecked(), m_location.isServer());
        if (!m_location.isServer())
            QCOMPARE(dialog->pathEdit()->text(), m_location.filePath());
        dialog->fileChoice()->click();
        dialog->pathEdit()->setText(elsewhere);
        whenShown<QMessageBox>([&](QMessageBox *box) {
            asked = box->text();
            box->button(QMessageBox::No)->click(); // not now: the window stays on its database
        });
        dialog->save();
    });
    action->trigger();
    QVERIFY2(asked.contains(u"next start"_s), qPrintable(asked));
    QCOMPARE(DatabaseLocation::remembered().filePath(), elsewhere);
    QSettings().remove(u"database/location"_s);
    QCOMPARE(DatabaseLocation::remembered().argument(), DatabaseLocation::defaultLocation().argument());
    Actor::forget(m_database.connection());
}

void TstMainWindow::aLostServerConnectionIsSaidUntilItIsBack()
{
    MainWindow window{Session(m_database)};
    window.show();
    auto *lost = window.findChild<QLabel *>(u"connectionLost"_s);
    QVERIFY(lost);
    QVERIFY(!lost->isVisible());
    window.showConnectionLost(true);
    QVERIFY(lost->isVisible());
    QVERIFY(lost->text().contains(u"reconnecting"_s));
    window.showConnectionLost(false);
    QVERIFY(!lost->isVisible());
}

#include "tst_mainwindow.moc"
