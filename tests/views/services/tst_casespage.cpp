#include "casedialog.h"
#include "casespage.h"
#include "changefollower.h"
#include "database.h"
#include "deskstaff.h"
#include "casestatus.h"
#include "servicerecordstore.h"
#include "servicerecordtablemodel.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The case list and a case's next step, on real widgets: the desk's own cases, overdue first and
// in red, steps taken and refused.
class TstCasesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsOpenCasesOverdueFirst();
    void mineShowsTheDesksCases();
    void takingAStepUpdatesTheRowAndCounts();
    void aRefusedStepSaysWhyAndChangesNothing();
    void aFinishedCaseOffersNoStep();
    void theCaseIsInFrontOfTheHandler();
    void closingWithAStepTypedAsksFirst();
    void aManagerCallsBackWithTheWholeNumber();
    void tabFollowsTheFormAsDrawn();

private:
    qint64 logCase(const QString &code, QDate day, qint64 handler);
    QString status(qint64 id) const
    {
        QSqlQuery query(m_database->connection());
        query.exec(u"SELECT case_status FROM service_records WHERE id = %1"_s.arg(id));
        return query.next() ? query.value(0).toString() : QString();
    }
    FreshDatabase m_database;
    // Monday 24 November 2025.
    const QDate m_today{2025, 11, 24};
    qint64 m_overdueMine = 0;
    qint64 m_overdueOther = 0;
    qint64 m_dueLaterMine = 0;
};

void TstCasesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"LinliTest"_s);
    QCoreApplication::setApplicationName(u"tst_casespage"_s);
}

void TstCasesPage::init()
{
    QSettings().clear();
    DeskStaff::setId(Actor{}, 1); // an account that belongs to nobody: the desk chosen here
    QVERIFY(m_database.open());
    QVERIFY(addDeskPeople(m_database->connection(), u"(1, '李敏', 1), (3, '赵磊', 1)"_s));
    // 12345 work orders are due in 5 working days.
    m_overdueMine = logCase(u"CM02"_s, QDate(2025, 11, 10), 1);  // due 17 Nov
    m_overdueOther = logCase(u"CM02"_s, QDate(2025, 11, 12), 3); // due 19 Nov
    m_dueLaterMine = logCase(u"CM02"_s, QDate(2025, 11, 21), 1); // due 28 Nov
    logCase(u"LG01"_s, QDate(2025, 11, 21), 1);                  // a plain service
    QVERIFY(m_overdueMine > 0 && m_overdueOther > 0 && m_dueLaterMine > 0);
}

void TstCasesPage::cleanup()
{
    m_database.close();
}

qint64 TstCasesPage::logCase(const QString &code, QDate day, qint64 handler)
{
    ServiceRecordStore store(m_database->connection());
    store.setReferenceTime(QDateTime(m_today, QTime(17, 0)));
    ServiceEntry entry;
    entry.residentId = 5;
    entry.serviceTypeId
            = scalar(m_database->connection(), u"SELECT id FROM service_types WHERE code = '%1'"_s.arg(code));
    entry.servedAt = QDateTime(day, QTime(9, 0));
    entry.handlerId = handler;
    return store.log(entry).valueOr(0);
}

void TstCasesPage::listsOpenCasesOverdueFirst()
{
    CasesPage page{Session(*m_database)};
    page.setReferenceDate(m_today);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.handlerFilter()->setCurrentIndex(page.handlerFilter()->findData(-1)); // everyone
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ServiceRecordTableModel *model = page.model();
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, 0).data(ServiceRecordTableModel::RecordIdRole).toLongLong(), m_overdueMine);
    QCOMPARE(model->index(1, 0).data(ServiceRecordTableModel::RecordIdRole).toLongLong(), m_overdueOther);
    QVERIFY(model->index(0, 0).data(ServiceRecordTableModel::OverdueRole).toBool());
    QVERIFY(model->index(0, ServiceRecordTableModel::Due).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model->index(2, 0).data(ServiceRecordTableModel::OverdueRole).toBool());
    QCOMPARE(page.summaryLabel()->text(), u"3 open · 2 overdue"_s);
    // Due date and state lead; the log's columns are hidden.
    QCOMPARE(page.view()->horizontalHeader()->logicalIndex(0), int(ServiceRecordTableModel::Due));
    QVERIFY(page.view()->isColumnHidden(ServiceRecordTableModel::Outcome));

    page.stateFilter()->setCurrentIndex(page.stateFilter()->findData(u"overdue"_s));
    QTRY_COMPARE(model->rowCount(), 2);
}

void TstCasesPage::mineShowsTheDesksCases()
{
    CasesPage page{Session(*m_database)};
    page.setReferenceDate(m_today);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QComboBox *handlers = page.handlerFilter();
    // The desk's own cases are what the page opens on.
    QCOMPARE(handlers->currentIndex(), 1);
    QCOMPARE(handlers->currentText(), u"Mine — 李敏 (2 open, 1 overdue)"_s);
    QCOMPARE(handlers->itemText(0), u"Everyone (3 open, 2 overdue)"_s);
    QCOMPARE(handlers->itemText(handlers->findData(3)), u"赵磊 (1 open, 1 overdue)"_s);
    QTRY_COMPARE(page.model()->rowCount(), 2);
    handlers->setCurrentIndex(handlers->findData(3));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, 0).data(ServiceRecordTableModel::RecordIdRole).toLongLong(), m_overdueOther);
}

void TstCasesPage::takingAStepUpdatesTheRowAndCounts()
{
    CasesPage page{Session(*m_database)};
    page.setReferenceDate(m_today);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->index(0, 0).data(ServiceRecordTableModel::RecordIdRole).toLongLong(), m_overdueMine);
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen] {
        auto *dialog = qobject_cast<CaseDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        QCOMPARE(dialog->historyView()->topLevelItemCount(), 1);
        QVERIFY(dialog->dueLabel()->text().contains(u"overdue"_s));
        // Received: assign it to 赵磊.
        dialog->actionBox()->setCurrentIndex(dialog->actionBox()->findData(int(CaseStep::Action::Assign)));
        QVERIFY(dialog->handlerBox()->isVisible());
        QVERIFY(!dialog->satisfactionBox()->isVisible());
        dialog->handlerBox()->setCurrentIndex(dialog->handlerBox()->findData(3));
        dialog->noteBox()->setText(u"涉及物业，转赵磊"_s);
        dialog->takeButton()->click();
        // Recorded, and the next step is offered in the same dialog.
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->historyView()->topLevelItemCount(), 2);
        QCOMPARE(dialog->stateLabel()->text(), CaseStatus::label(u"assigned"_s));
        QVERIFY(dialog->noteBox()->text().isEmpty());
        QVERIFY(dialog->messageLabel()->text().contains(u"Recorded"_s));
        // The focus is where the next step is chosen, so that Enter takes it rather than closing.
        QCOMPARE(dialog->focusWidget(), dialog->actionBox());
        dialog->actionBox()->setCurrentIndex(dialog->actionBox()->findData(int(CaseStep::Action::Start)));
        dialog->takeButton()->click();
        QCOMPARE(dialog->historyView()->topLevelItemCount(), 3);
        QCOMPARE(dialog->stepsTaken(), 2);
        // Nothing typed for a next step: Close closes at once, and the page shows the case as it is.
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(0, 1));
    QTest::keyClick(page.view(), Qt::Key_Return);
    QVERIFY(dialogSeen);
    QCOMPARE(status(m_overdueMine), u"in_progress"_s);
    QCOMPARE(page.model()->index(0, 0).data(ServiceRecordTableModel::CaseStatusRole).toString(), u"in_progress"_s);
    QCOMPARE(page.model()->index(0, ServiceRecordTableModel::Handler).data().toString(), u"赵磊"_s);
    QCOMPARE(page.handlerFilter()->itemText(page.handlerFilter()->findData(3)), u"赵磊 (2 open, 2 overdue)"_s);
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM case_events WHERE staff_id = 1 AND to_status = 'assigned' AND note <> ''"_s),
             1);
    // The step is shown in its row; its announcement does not read the list again from the top, so
    // the clerk keeps their place.
    QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
    QTest::qWait(int(ChangeFollower::settle.count()) * 3);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(page.view()->currentIndex().row(), 0);
}

void TstCasesPage::aRefusedStepSaysWhyAndChangesNothing()
{
    CaseDialog dialog(Session(*m_database), m_dueLaterMine);
    dialog.setReferenceDate(m_today);
    dialog.show();
    QVERIFY(!dialog.dueLabel()->text().contains(u"overdue"_s));
    // Refer without saying where.
    dialog.actionBox()->setCurrentIndex(dialog.actionBox()->findData(int(CaseStep::Action::Refer)));
    QVERIFY(dialog.referredToBox()->isVisible());
    QVERIFY(!dialog.takeStep());
    QVERIFY(dialog.messageLabel()->isVisible());
    QVERIFY(dialog.messageLabel()->text().contains(u"referred"_s));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(status(m_dueLaterMine), u"received"_s);
    // Only what the workflow allows from "received" is offered.
    QCOMPARE(dialog.actionBox()->count(), 2);
}

void TstCasesPage::aFinishedCaseOffersNoStep()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"UPDATE service_records SET case_status = 'closed' WHERE id = %1"_s.arg(m_dueLaterMine)));
    CaseDialog dialog(Session(*m_database), m_dueLaterMine);
    QCOMPARE(dialog.actionBox()->count(), 0);
    QVERIFY(!dialog.takeButton()->isEnabled());
    QVERIFY(!dialog.takeStep());
}

void TstCasesPage::theCaseIsInFrontOfTheHandler()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"UPDATE residents SET phone = '13912345678', building = '3', unit = '2', room = '501' "
                       "WHERE id = 5"_s));
    QVERIFY(query.exec(u"UPDATE service_records SET notes = '楼上漏水，要求物业三天内维修\n已拍照' WHERE id = %1"_s.arg(
            m_dueLaterMine)));
    CaseDialog later(Session(*m_database), m_dueLaterMine);
    later.setReferenceDate(m_today);
    // What was asked, the way to call and find them (the phone masked), the working days left.
    QVERIFY2(later.requestLabel()->text().contains(u"楼上漏水"_s), qPrintable(later.requestLabel()->text()));
    QVERIFY(later.phoneLabel()->text().startsWith(u"139"_s));
    QVERIFY(!later.phoneLabel()->text().contains(u"12345678"_s));
    QVERIFY2(later.addressLabel()->text().contains(u"501"_s), qPrintable(later.addressLabel()->text()));
    // Due Friday 28 November, seen on Monday the 24th: four working days left.
    QVERIFY2(later.dueLabel()->text().contains(u"4 working days left"_s), qPrintable(later.dueLabel()->text()));
    CaseDialog overdue(Session(*m_database), m_overdueMine);
    overdue.setReferenceDate(m_today);
    QVERIFY2(overdue.dueLabel()->text().contains(u"overdue by 7 days"_s), qPrintable(overdue.dueLabel()->text()));

    // Through to the return visit in one dialog: its satisfaction shows in the history.
    later.show();
    using Action = CaseStep::Action;
    const auto take = [&later](Action action, const QString &note = {}) {
        later.actionBox()->setCurrentIndex(later.actionBox()->findData(int(action)));
        later.noteBox()->setText(note);
        if (action == Action::ReturnVisit)
            later.satisfactionBox()->setCurrentIndex(later.satisfactionBox()->findData(5));
        return later.takeStep();
    };
    QVERIFY(take(Action::Assign));
    QVERIFY(take(Action::Start));
    QVERIFY(take(Action::Reply, u"物业已安排维修"_s));
    QVERIFY(take(Action::ReturnVisit));
    QCOMPARE(later.stepsTaken(), 4);
    QCOMPARE(status(m_dueLaterMine), u"return_visit"_s);
    QTreeWidgetItem *returnVisit = later.historyView()->topLevelItem(4);
    QVERIFY2(returnVisit->text(3).contains(CaseWorkflow::satisfactionLabel(5)), qPrintable(returnVisit->text(3)));
    QVERIFY(!later.historyView()->topLevelItem(3)->text(3).contains(CaseWorkflow::satisfactionLabel(5)));
}

void TstCasesPage::closingWithAStepTypedAsksFirst()
{
    CaseDialog dialog(Session(*m_database), m_dueLaterMine);
    dialog.show();
    dialog.noteBox()->setText(u"已电话联系"_s);
    whenShown<QMessageBox>([](QMessageBox *question) { QTest::keyClick(question, Qt::Key_Escape); });
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.noteBox()->text(), u"已电话联系"_s);
    // Saved from the question: the step is taken and the dialog closes, accepted.
    whenShown<QMessageBox>([](QMessageBox *question) {
        QTest::mouseClick(childWithText<QPushButton>(*question, u"Save"_s), Qt::LeftButton);
    });
    dialog.close();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM case_events WHERE service_record_id = %1 AND note = '已电话联系'"_s.arg(
                            m_dueLaterMine)),
             1);
}

// The phone stays masked for a clerk; a manager sees the whole number to call back, with a reason
// in the audit log (proposed, so that Enter is enough).
void TstCasesPage::aManagerCallsBackWithTheWholeNumber()
{
    const QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    QVERIFY(query.exec(u"UPDATE residents SET phone = '13912345678' WHERE id = 5"_s));
    Actor::actFor(db, Actor{0, u"clerk1"_s, u"李敏"_s, Role::Clerk});
    {
        CaseDialog clerks(Session(*m_database), m_dueLaterMine);
        QVERIFY(clerks.revealPhoneButton() && !clerks.revealPhoneButton()->isEnabled());
    }
    Actor::actFor(db, Actor{0, u"boss"_s, u"王主任"_s, Role::Manager});
    CaseDialog dialog(Session(*m_database), m_dueLaterMine);
    dialog.show();
    QVERIFY(dialog.revealPhoneButton()->isEnabled());
    whenShown<QInputDialog>([](QInputDialog *question) {
        QVERIFY(question->textValue().contains(u"case no."_s));
        question->accept();
    });
    QTest::mouseClick(dialog.revealPhoneButton(), Qt::LeftButton);
    QCOMPARE(dialog.phoneLabel()->text(), u"13912345678"_s);
    QVERIFY(!dialog.revealPhoneButton()->isEnabled());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM audit_log WHERE action = 'VIEW_FULL_ID' AND object_id = 5"_s), 1);
    Actor::forget(db);
}

void TstCasesPage::tabFollowsTheFormAsDrawn()
{
    CaseDialog dialog(Session(*m_database), m_dueLaterMine);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString problem = tabOrderProblem(&dialog, dialog.historyView());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(TstCasesPage)
#include "tst_casespage.moc"
