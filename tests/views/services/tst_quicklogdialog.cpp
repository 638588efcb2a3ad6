#include "actor.h"
#include "catalogueeditor.h"
#include "database.h"
#include "deskstaff.h"
#include "mainwindow.h"
#include "quicklogdialog.h"
#include "residentspage.h"
#include "servicelogqueue.h"
#include "guisupport.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QMessageBox>
#include <QListWidget>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// Logging at the desk with the keyboard: the few keystrokes after a search, walk-ins, the clerk's
// favourite and recent types first, refusals told, and a burst handed over while the database is busy.
class TstQuickLogDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void foundResidentIsLoggedInFourKeystrokes();
    void theLastTypeUsedComesFirst();
    void enterWithNoTypeWritesNothing();
    void aDoubleClickedSaveWritesOneRecord();
    void closingAsksBeforeThrowingAnEntryAway();
    void theSignedInPersonHandlesByDefault();
    void walkInByCode();
    void findsTheResidentInItsOwnBox();
    void missingChoicesAreToldAndNothingIsQueued();
    void aBurstNeverWaitsForTheDatabase();
    void favouritesLeadTheList();
    void refusalIsShownInTheJournal();
    void aRetiredTypeIsNoLongerOffered();
    void tabFollowsTheFormAsDrawn();

private:
    QuickLogDialog *openDialog(qint64 residentId = 0);
    bool waitUntilWritten(QuickLogDialog *dialog);
    qint64 typeId(const QString &code) const;
    qint64 records() const { return scalar(m_database->connection(), u"SELECT count(*) FROM service_records"_s); }
    FreshDatabase m_database;
    DatabaseLocation m_location;
    QuickLogDialog *m_dialog = nullptr;
};

void TstQuickLogDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"LinliTest"_s);
    QCoreApplication::setApplicationName(u"tst_quicklogdialog"_s);
}

void TstQuickLogDialog::init()
{
    QSettings().clear();
    DeskStaff::setId(Actor{}, 1); // an account that belongs to nobody: the desk chosen here
    QVERIFY(m_database.open());
    m_location = m_database->location();
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (1, 'G0001', '一网格')"_s));
    QVERIFY(query.exec(u"INSERT INTO residents (id, name, name_pinyin, name_initials, gender, birth_date, id_number, "
                       "grid_id, building, unit, room, registered_at, updated_at) VALUES "
                       "(5, '王秀英', 'wang xiu ying', 'wxy', 'F', '1949-12-31', '11010519491231002X', 1, '3', '2', "
                       "'301', '', ''), "
                       "(6, '李建国', 'li jian guo', 'ljg', 'M', '1958-03-02', NULL, 1, '', '', '', '', '')"_s));
    QVERIFY(query.exec(u"INSERT INTO staff (id, name, active) VALUES (1, '李敏', 1), (2, '陈静', 1)"_s));
}

void TstQuickLogDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    m_database.close();
}

qint64 TstQuickLogDialog::typeId(const QString &code) const
{
    return scalar(m_database->connection(), u"SELECT id FROM service_types WHERE code = '%1'"_s.arg(code));
}

QuickLogDialog *TstQuickLogDialog::openDialog(qint64 residentId)
{
    m_dialog = new QuickLogDialog(Session(*m_database));
    m_dialog->startFor(residentId);
    m_dialog->show();
    m_dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(m_dialog))
        qWarning("the dialog did not become active");
    return m_dialog;
}

bool TstQuickLogDialog::waitUntilWritten(QuickLogDialog *dialog)
{
    return QTest::qWaitFor([dialog] { return dialog->queue()->pending() == 0; }, 10000);
}

// Search on the Residents page, then Ctrl+L, "f", "l", Enter.
void TstQuickLogDialog::foundResidentIsLoggedInFourKeystrokes()
{
    MainWindow window{Session(*m_database)};
    window.showPage(MainWindow::ResidentsPage);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *page = window.findChild<ResidentsPage *>();
    QTest::keyClicks(page->searchBox(), u"wxy"_s);
    QTRY_COMPARE(page->view()->model()->rowCount(), 1);
    QTRY_COMPARE(page->currentResidentId(), 5);

    int keystrokes = 0;
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier), ++keystrokes;
    QuickLogDialog *dialog = window.quickLogDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isActiveWindow());
    QVERIFY(dialog->residentList()->currentItem());
    QCOMPARE(dialog->residentList()->currentItem()->text().section(u"  ·  "_s, 0, 0), u"王秀英"_s);
    QVERIFY(dialog->serviceBox()->hasFocus());
    QTest::keyClick(dialog->serviceBox(), Qt::Key_F), ++keystrokes;
    QTest::keyClick(dialog->serviceBox(), Qt::Key_L), ++keystrokes;
    QTest::keyClick(dialog->serviceBox(), Qt::Key_Return), ++keystrokes;
    QVERIFY(keystrokes <= 5);
    QVERIFY(waitUntilWritten(dialog));

    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT resident_id, service_type_id, handler_id FROM service_records"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 5);
    QCOMPARE(query.value(1).toLongLong(), typeId(u"LG01"_s));
    QCOMPARE(query.value(2).toLongLong(), 1);
    QVERIFY(!query.next());
    QVERIFY(dialog->journal()->item(0)->text().endsWith(u"saved"_s));
    // Ready for the next entry.
    QVERIFY(dialog->serviceBox()->text().isEmpty());
    QVERIFY(dialog->serviceBox()->hasFocus());
}

void TstQuickLogDialog::theLastTypeUsedComesFirst()
{
    QuickLogDialog *dialog = openDialog(5);
    QTest::keyClicks(dialog->serviceBox(), u"cm02"_s);
    QTest::keyClick(dialog->serviceBox(), Qt::Key_Return);
    // Nothing typed: the type just used leads the list, but is not chosen for the clerk.
    QVERIFY(dialog->serviceBox()->text().isEmpty());
    QCOMPARE(dialog->serviceList()->item(0)->text().section(u' ', 0, 0), u"CM02"_s);
    QCOMPARE(dialog->serviceList()->currentItem(), nullptr);
    // One arrow down chooses it; Enter logs it again.
    QTest::keyClick(dialog->serviceBox(), Qt::Key_Down);
    QCOMPARE(dialog->serviceList()->currentRow(), 0);
    QTest::keyClick(dialog->serviceBox(), Qt::Key_Return);
    QVERIFY(waitUntilWritten(dialog));
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM service_records WHERE service_type_id = %1"_s.arg(typeId(u"CM02"_s))),
             2);
    // The 12345 work order opened a case each time.
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM service_records WHERE case_status = 'received'"_s),
             2);

    // A new dialog reads the handler's recent types from the log.
    delete m_dialog;
    dialog = openDialog(5);
    QCOMPARE(dialog->serviceList()->item(0)->text().section(u' ', 0, 0), u"CM02"_s);
}

void TstQuickLogDialog::enterWithNoTypeWritesNothing()
{
    QuickLogDialog *dialog = openDialog(5);
    QCOMPARE(dialog->serviceList()->currentItem(), nullptr);
    QTest::keyClick(dialog->serviceBox(), Qt::Key_Return);
    QVERIFY(dialog->messageLabel()->isVisible());
    QVERIFY(dialog->messageLabel()->text().contains(u"service type"_s));
    QCOMPARE(dialog->queue()->pending(), 0);
    QCOMPARE(dialog->journal()->count(), 0);
    QTest::qWait(50);
    QCOMPARE(records(), 0);
}

void TstQuickLogDialog::aDoubleClickedSaveWritesOneRecord()
{
    QuickLogDialog *dialog = openDialog(5);
    QTest::keyClicks(dialog->serviceBox(), u"cm02"_s);
    auto *save = childWithText<QPushButton>(*dialog, u"Save"_s);
    // Two clicks in a row, as fast as a double-click (QTest's own double-click sends no click).
    QTest::mouseClick(save, Qt::LeftButton);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(waitUntilWritten(dialog));
    QCOMPARE(records(), 1);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM service_records WHERE case_status = 'received'"_s),
             1);
    QVERIFY2(dialog->messageLabel()->text().contains(u"service type"_s), qPrintable(dialog->messageLabel()->text()));
}

void TstQuickLogDialog::closingAsksBeforeThrowingAnEntryAway()
{
    // Opened and closed again: nothing to ask.
    QuickLogDialog *dialog = openDialog(5);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    delete m_dialog;

    dialog = openDialog(5);
    QTest::keyClicks(dialog->serviceBox(), u"lg01"_s);
    dialog->outcomeBox()->insert(u"已解答"_s);
    whenShown<QMessageBox>([](QMessageBox *question) { QTest::keyClick(question, Qt::Key_Escape); });
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->outcomeBox()->text(), u"已解答"_s);
    // Saved from the question: the dialog closes once the entry is written.
    whenShown<QMessageBox>([](QMessageBox *question) {
        QTest::mouseClick(childWithText<QPushButton>(*question, u"Save"_s), Qt::LeftButton);
    });
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(waitUntilWritten(dialog));
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(records(), 1);
    // Once an entry is saved, the resident kept for the next one is not typed work.
    dialog->show();
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TstQuickLogDialog::walkInByCode()
{
    QuickLogDialog *dialog = openDialog();
    QVERIFY(dialog->residentBox()->hasFocus());
    dialog->walkInBox()->setChecked(true);
    QVERIFY(dialog->serviceBox()->hasFocus());
    QTest::keyClicks(dialog->serviceBox(), u"lg01"_s);
    dialog->outcomeBox()->insert(u"已解答"_s); // as an input method commits it
    QTest::keyClick(dialog->outcomeBox(), Qt::Key_Return);
    QVERIFY(waitUntilWritten(dialog));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT resident_id IS NULL, outcome FROM service_records"_s));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toBool());
    QCOMPARE(query.value(1).toString(), u"已解答"_s);
    QVERIFY(dialog->outcomeBox()->text().isEmpty());
}

void TstQuickLogDialog::findsTheResidentInItsOwnBox()
{
    QuickLogDialog *dialog = openDialog();
    QTest::keyClicks(dialog->residentBox(), u"ljg"_s);
    QTRY_COMPARE(dialog->residentList()->count(), 1);
    QVERIFY(dialog->residentList()->item(0)->text().startsWith(u"李建国"_s));
    QTest::keyClick(dialog->residentBox(), Qt::Key_Tab);
    QVERIFY(dialog->serviceBox()->hasFocus());
    dialog->serviceBox()->insert(u"法律"_s);
    QTest::keyClick(dialog->serviceBox(), Qt::Key_Down); // the second legal type
    const QString second = dialog->serviceList()->currentItem()->text().section(u' ', 0, 0);
    QCOMPARE(dialog->serviceList()->currentRow(), 1);
    QTest::keyClick(dialog->serviceBox(), Qt::Key_Enter, Qt::KeypadModifier);
    QVERIFY(waitUntilWritten(dialog));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT s.resident_id, t.code FROM service_records s JOIN service_types t "
                       "ON t.id = s.service_type_id"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 6);
    QCOMPARE(query.value(1).toString(), second);
}

void TstQuickLogDialog::missingChoicesAreToldAndNothingIsQueued()
{
    QuickLogDialog *dialog = openDialog();
    QTest::keyClicks(dialog->serviceBox(), u"lg01"_s);
    QTest::keyClick(dialog->serviceBox(), Qt::Key_Return);
    QVERIFY(dialog->messageLabel()->isVisible());
    QVERIFY(dialog->messageLabel()->text().contains(u"Walk-in"_s));
    QVERIFY(dialog->residentBox()->hasFocus());
    QCOMPARE(dialog->serviceBox()->text(), u"lg01"_s); // nothing typed is lost

    dialog->startFor(5);
    QTest::keyClicks(dialog->serviceBox(), u"zzzz"_s);
    QCOMPARE(dialog->serviceList()->count(), 1);
    QCOMPARE(dialog->serviceList()->item(0)->flags(), Qt::NoItemFlags);
    QTest::keyClick(dialog->serviceBox(), Qt::Key_Return);
    QVERIFY(dialog->messageLabel()->text().contains(u"service type"_s));
    QCOMPARE(dialog->queue()->pending(), 0);
    QCOMPARE(dialog->journal()->count(), 0);
    QTest::qWait(50);
    QCOMPARE(records(), 0);
}

void TstQuickLogDialog::aBurstNeverWaitsForTheDatabase()
{
    QuickLogDialog *dialog = openDialog(5);
    {
        WriteTransaction held(m_database->connection());
        QVERIFY(held.isActive());
        const QStringList codes = {u"lg01"_s, u"ec01"_s, u"cm01"_s, u"hp02"_s, u"fc01"_s,
                                   u"lg01"_s, u"ec02"_s, u"cm02"_s, u"ca03"_s, u"lg03"_s};
        for (const QString &code : codes) {
            QTest::keyClicks(dialog->serviceBox(), code);
            QTest::keyClick(dialog->serviceBox(), Qt::Key_Return);
            QVERIFY(dialog->serviceBox()->text().isEmpty());
        }
        QCOMPARE(dialog->journal()->count(), 10);
        QCOMPARE(dialog->queue()->pending(), 10);
        QVERIFY(dialog->journal()->item(0)->text().endsWith(u"saving…"_s));
        QVERIFY(held.commit());
    }
    QVERIFY(waitUntilWritten(dialog));
    QCOMPARE(records(), 10);
    for (int row = 0; row < 10; ++row)
        QVERIFY2(dialog->journal()->item(row)->text().endsWith(u"saved"_s),
                 qPrintable(dialog->journal()->item(row)->text()));
}

void TstQuickLogDialog::favouritesLeadTheList()
{
    QuickLogDialog *dialog = openDialog(5);
    QTest::keyClicks(dialog->serviceBox(), u"ds03"_s);
    QVERIFY(dialog->favouriteButton()->isEnabled());
    QVERIFY(!dialog->favouriteButton()->isChecked());
    QTest::keyClick(dialog->serviceBox(), Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(dialog->favouriteButton()->isChecked()); // a shortcut clicks with a short animation
    QVERIFY(dialog->serviceList()->currentItem()->text().startsWith(u"★ DS03"_s));
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT service_type_id FROM staff_favourite_types WHERE staff_id = 1"_s),
             typeId(u"DS03"_s));
    dialog->serviceBox()->clear();
    QVERIFY(dialog->serviceList()->item(0)->text().startsWith(u"★ DS03"_s));

    // Another handler has their own favourites.
    dialog->handlerBox()->setCurrentIndex(dialog->handlerBox()->findData(2));
    QVERIFY(!dialog->serviceList()->item(0)->text().startsWith(u"★"_s));
    dialog->handlerBox()->setCurrentIndex(dialog->handlerBox()->findData(1));
    dialog->serviceList()->setCurrentRow(0);
    dialog->favouriteButton()->click();
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM staff_favourite_types"_s), 0);
}

void TstQuickLogDialog::refusalIsShownInTheJournal()
{
    QuickLogDialog *dialog = openDialog(5);
    // The handler left after the dialog was opened.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"UPDATE staff SET active = 0 WHERE id = 1"_s));
    QTest::keyClicks(dialog->serviceBox(), u"lg01"_s);
    QTest::keyClick(dialog->serviceBox(), Qt::Key_Return);
    QVERIFY(waitUntilWritten(dialog));
    QVERIFY(dialog->journal()->item(0)->text().contains(u"not saved"_s));
    QTRY_VERIFY(dialog->messageLabel()->isVisible());
    QVERIFY(dialog->messageLabel()->text().contains(u"staff member"_s));
    QCOMPARE(records(), 0);
}

void TstQuickLogDialog::aRetiredTypeIsNoLongerOffered()
{
    QuickLogDialog *dialog = openDialog(5);
    QTest::keyClicks(dialog->serviceBox(), u"lg01"_s);
    QVERIFY(dialog->serviceList()->item(0)->text().startsWith(u"LG01"_s));
    QVERIFY(CatalogueEditor(m_database->connection()).setRetired(typeId(u"LG01"_s), true).isDone());
    dialog->readCatalogue();
    for (int row = 0; row < dialog->serviceList()->count(); ++row)
        QVERIFY(!dialog->serviceList()->item(row)->text().startsWith(u"LG01"_s));
}

void TstQuickLogDialog::theSignedInPersonHandlesByDefault()
{
    // Signed in with the account of staff member 2, at a desk last used by staff member 1.
    Actor signedIn = Actor::commandLine();
    signedIn.staffId = 2;
    Actor::actFor(m_database->connection(), signedIn);
    const auto signOut = qScopeGuard([this] { Actor::forget(m_database->connection()); });
    QuickLogDialog *dialog = openDialog(5);
    QCOMPARE(dialog->handlerBox()->currentData().toLongLong(), 2);
    // Another handler for one entry does not make them the desk's person.
    dialog->handlerBox()->setCurrentIndex(dialog->handlerBox()->findData(1));
    QCOMPARE(DeskStaff::id(signedIn), 2);
    QCOMPARE(DeskStaff::id(Actor{}), 1);
}

void TstQuickLogDialog::tabFollowsTheFormAsDrawn()
{
    QuickLogDialog *dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QList<QWidget *> buttons{childWithText<QPushButton>(*dialog, u"Save"_s),
                                   childWithText<QPushButton>(*dialog, u"Close"_s)};
    const QString problem = tabOrderProblem(dialog, dialog->residentBox(), buttons);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(TstQuickLogDialog)
#include "tst_quicklogdialog.moc"
