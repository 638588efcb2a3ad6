#include "casedialog.h"
#include "casespage.h"
#include "changefollower.h"
#include "database.h"
#include "deskstaff.h"
#include "servicerecordstore.h"
#include "servicerecordtablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    DeskStaff::setId(1);
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
    });
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(0, 1));
    QTest::keyClick(page.view(), Qt::Key_Return);
    QVERIFY(dialogSeen);
    QCOMPARE(status(m_overdueMine), u"assigned"_s);
    QCOMPARE(page.model()->index(0, 0).data(ServiceRecordTableModel::CaseStatusRole).toString(), u"assigned"_s);
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

QTEST_MAIN(TstCasesPage)
#include "tst_casespage.moc"
