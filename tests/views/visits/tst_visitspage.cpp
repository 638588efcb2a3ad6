#include "carealerttablemodel.h"
#include "careintervalsdialog.h"
#include "database.h"
#include "datachanges.h"
#include "deskstaff.h"
#include "servicerecordstore.h"
#include "guisupport.h"
#include "testsupport.h"
#include "schedulevisitdialog.h"
#include "visitspage.h"
#include "visitstore.h"
#include "writetransaction.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// Who has not been contacted in time, on real widgets, and the one-click phone check.
class TstVisitsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheOverdueMostOverdueFirst();
    void aPhoneCheckTakesThemOffTheList();
    void notReachedKeepsThemDueWithTheNextStep();
    void theListSaysHowToReachThemAndWhy();
    void aVisitGoesThroughTheQuickLog();
    void schedulesOnceOrACourse();
    void aHolidayIsAskedFirst();
    void aDoubleBookingNeedsAReason();
    void theManagerSetsTheIntervals();
    void tabFollowsTheFormAsDrawn();

private:
    VisitsPage *showPage();
    FreshDatabase m_database;
    VisitsPage *m_page = nullptr;
    const QDateTime m_now{QDate(2026, 11, 23), QTime(10, 0)};
};

void TstVisitsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"LinliTest"_s);
    QCoreApplication::setApplicationName(u"tst_visitspage"_s);
}

void TstVisitsPage::init()
{
    QSettings().clear();
    DeskStaff::setId(Actor{}, 1); // an account that belongs to nobody: the desk chosen here
    QVERIFY(m_database.open());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (1, 'G0001', '一网格'), (2, 'G0002', '二网格')"_s));
    QVERIFY(query.exec(u"INSERT INTO staff (id, name) VALUES (1, '李敏')"_s));
    // Registered 1 November: living alone due on the 8th, disabled on the 15th, key care on 1 December.
    QVERIFY(query.exec(
            u"INSERT INTO residents (id, name, gender, birth_date, grid_id, registered_at, updated_at) VALUES "
            "(1, '王秀英', 'F', '1940-01-01', 1, '2026-11-01 09:00:00', ''), "
            "(2, '李建国', 'M', '1950-01-01', 2, '2026-11-01 09:00:00', ''), "
            "(3, '张桂兰', 'F', '1945-01-01', 1, '2026-11-01 09:00:00', '')"_s));
    QVERIFY(query.exec(u"INSERT INTO resident_tags VALUES (1, 'living_alone'), (2, 'disabled'), (3, 'key_care')"_s));
    WriteTransaction transaction(m_database->connection());
    QVERIFY(CareSchedule(m_database->connection()).refreshAll());
    QVERIFY(transaction.commit());
}

void TstVisitsPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    m_database.close();
}

VisitsPage *TstVisitsPage::showPage()
{
    m_page = new VisitsPage(Session(*m_database));
    m_page->setReferenceTime(m_now);
    m_page->resize(1000, 600);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page))
        qWarning("the page was not shown");
    return m_page;
}

void TstVisitsPage::listsTheOverdueMostOverdueFirst()
{
    VisitsPage *page = showPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(page->model()->rowCount(), 2);
    QCOMPARE(page->model()->index(0, CareAlertTableModel::Resident).data().toString(), u"王秀英"_s);
    QCOMPARE(page->model()->index(0, CareAlertTableModel::DaysOverdue).data().toInt(), 15);
    QCOMPARE(page->model()->index(0, CareAlertTableModel::LastContact).data().toString(), u"never"_s);
    QCOMPARE(page->model()->index(1, CareAlertTableModel::Resident).data().toString(), u"李建国"_s);
    QCOMPARE(page->summaryLabel()->text(), u"Due for contact: 2"_s);
    QCOMPARE(page->gridFilter()->count(), 3);
    QCOMPARE(page->gridFilter()->itemText(0), u"All grids (2)"_s);
    page->gridFilter()->setCurrentIndex(page->gridFilter()->findData(2));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->index(0, CareAlertTableModel::Resident).data().toString(), u"李建国"_s);
    QVERIFY(!page->phoneCheckButton()->isEnabled());
}

void TstVisitsPage::theListSaysHowToReachThemAndWhy()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"UPDATE residents SET phone = '13912345678', building = '3', unit = '2', room = '301' "
                       "WHERE id = 1"_s));
    // A phone check on 2 November: the last contact, and what it was.
    ServiceRecordStore services(m_database->connection());
    services.setReferenceTime(QDateTime(QDate(2026, 11, 2), QTime(17, 0)));
    ServiceEntry check;
    check.residentId = 1;
    check.serviceTypeId = scalar(m_database->connection(), u"SELECT id FROM service_types WHERE code = 'EC02'"_s);
    check.servedAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0));
    QVERIFY(services.log(check).isDone());
    VisitsPage *page = showPage();
    QTRY_VERIFY(page->model()->rowCount() >= 1);
    const auto cell
            = [page](CareAlertTableModel::Column column) { return page->model()->index(0, column).data().toString(); };
    QCOMPARE(cell(CareAlertTableModel::Resident), u"王秀英"_s);
    QCOMPARE(cell(CareAlertTableModel::Address), u"一网格 Bldg 3 Unit 2 Rm 301"_s);
    QVERIFY2(cell(CareAlertTableModel::Phone).startsWith(u"139"_s)
                     && !cell(CareAlertTableModel::Phone).contains(u"1234"_s),
             qPrintable(cell(CareAlertTableModel::Phone)));
    QCOMPARE(cell(CareAlertTableModel::Tags), u"Living alone"_s);
    const QString last = cell(CareAlertTableModel::LastContact);
    QVERIFY2(last.startsWith(u"2026-11-02 · "_s) && last.size() > 13, qPrintable(last));
}

void TstVisitsPage::aPhoneCheckTakesThemOffTheList()
{
    VisitsPage *page = showPage();
    QTRY_COMPARE(page->model()->rowCount(), 2);
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    QVERIFY(page->phoneCheckButton()->isEnabled());
    QSignalSpy logged(DataChanges::of(m_database->connection()), &DataChanges::changed);
    bool asked = false;
    whenShown<QMessageBox>([&asked](QMessageBox *question) {
        asked = true;
        QVERIFY(question->text().contains(u"王秀英"_s));
        QTest::keyClick(question, Qt::Key_Return); // reached, the default
    });
    page->phoneCheckButton()->click();
    QVERIFY(asked);
    QCOMPARE(logged.size(), 1);
    QVERIFY(logged.at(0).at(0).value<DataKinds>().testFlag(DataKind::ServiceRecords));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->index(0, CareAlertTableModel::Resident).data().toString(), u"李建国"_s);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT t.code, s.resident_id, s.handler_id, s.served_at FROM service_records s "
                       "JOIN service_types t ON t.id = s.service_type_id"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"EC02"_s);
    QCOMPARE(query.value(1).toLongLong(), 1);
    QCOMPARE(query.value(2).toLongLong(), 1);
    QCOMPARE(query.value(3).toString(), u"2026-11-23 10:00:00"_s);
    QCOMPARE(page->summaryLabel()->text(), u"Due for contact: 1"_s);

    // A slip: undone from the same place, the resident is due again and the check counts nowhere.
    QVERIFY(page->undoButton()->isVisible());
    QVERIFY(page->undoButton()->text().contains(u"王秀英"_s));
    page->undoButton()->click();
    QTRY_COMPARE(page->model()->rowCount(), 2);
    QVERIFY(!page->undoButton()->isVisible());
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM service_records"_s), 0);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM voided_service_records"_s), 1);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM audit_log WHERE action = 'VOID'"_s), 1);
}

void TstVisitsPage::notReachedKeepsThemDueWithTheNextStep()
{
    VisitsPage *page = showPage();
    QTRY_COMPARE(page->model()->rowCount(), 2);
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    whenShown<QMessageBox>([](QMessageBox *question) {
        QPushButton *notReached = childWithText<QPushButton>(*question, u"&Not reached…"_s);
        QVERIFY(notReached);
        whenShown<QInputDialog>([](QInputDialog *steps) {
            QCOMPARE(steps->comboBoxItems().size(), 4);
            steps->setTextValue(u"Ask the grid worker or the neighbours"_s);
            steps->accept();
        });
        notReached->click();
    });
    QVERIFY(page->logPhoneCheck());
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM service_records"_s), 0);
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM visits WHERE resident_id = 1 AND "
                    "kind = 'phone_check' AND status = 'missed'"_s),
             1);
    QTRY_COMPARE(page->model()->index(0, CareAlertTableModel::LastTry).data().toString(),
                 u"11-23 10:00 → Ask the grid worker or the neighbours"_s);
    QCOMPARE(page->model()->rowCount(), 2);
    QVERIFY(!page->undoButton()->isVisible());
}

void TstVisitsPage::aVisitGoesThroughTheQuickLog()
{
    VisitsPage *page = showPage();
    QTRY_COMPARE(page->model()->rowCount(), 2);
    page->view()->setCurrentIndex(page->model()->index(1, 0));
    QSignalSpy wanted(page, &VisitsPage::visitToLog);
    page->visitButton()->click();
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(wanted.first().at(0).toLongLong(), 2);
    QCOMPARE(wanted.first().at(1).toString(), u"EC01"_s);
}

void TstVisitsPage::schedulesOnceOrACourse()
{
    ScheduleVisitDialog once(Session(*m_database), 1, u"王秀英"_s);
    once.setToday(m_now.date());
    once.dayBox()->setDate(QDate(2026, 11, 24));
    once.timeBox()->setTime(QTime(9, 30));
    QVERIFY(once.save());
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM visits WHERE resident_id = 1"_s), 1);
    QCOMPARE(scalar(m_database->connection(), u"SELECT staff_id FROM visits"_s), 1); // the desk's

    ScheduleVisitDialog course(Session(*m_database), 2, u"李建国"_s);
    course.setToday(m_now.date());
    course.kindBox()->setCurrentIndex(course.kindBox()->findData(u"rehab_home"_s));
    course.dayBox()->setDate(QDate(2026, 11, 25));
    course.timeBox()->setTime(QTime(14, 0));
    course.repeatBox()->setCurrentIndex(course.repeatBox()->findData(int(ScheduleVisitDialog::Repeat::Weekly)));
    course.sessionsBox()->setValue(12);
    QStringList asked;
    course.setDayQuestion([&asked](const QStringList &days) {
        asked = days;
        return true;
    });
    QVERIFY(course.save());
    // The course runs into 2027, whose holidays are not entered yet: asked first.
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.constFirst().contains(u"2027"_s), qPrintable(asked.join(u'\n')));
    const QList<VisitRow> visits = VisitStore(m_database->connection()).visitsOfSeries(course.savedSeriesId());
    QCOMPARE(visits.size(), 12);
    QCOMPARE(visits.constLast().startsAt, QDateTime(QDate(2027, 2, 10), QTime(14, 0)));
    QCOMPARE(visits.constFirst().kind, u"rehab_home"_s);
}

void TstVisitsPage::aHolidayIsAskedFirst()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(
            u"INSERT INTO calendar_days (day, kind, note) VALUES ('2026-11-30', 'holiday', '社区休息日')"_s));
    ScheduleVisitDialog once(Session(*m_database), 1, u"王秀英"_s);
    once.setToday(m_now.date());
    once.dayBox()->setDate(QDate(2026, 11, 30));
    once.timeBox()->setTime(QTime(9, 30));
    QStringList asked;
    once.setDayQuestion([&asked](const QStringList &days) {
        asked = days;
        return false; // the clerk goes back
    });
    QVERIFY(!once.save());
    QCOMPARE(asked, QStringList{u"2026-11-30 社区休息日 (holiday)"_s});
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM visits"_s), 0);
    once.dayBox()->setDate(QDate(2026, 12, 1)); // an ordinary Tuesday: nothing asked
    asked.clear();
    QVERIFY(once.save());
    QVERIFY(asked.isEmpty());
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM visits"_s), 1);
}

void TstVisitsPage::aDoubleBookingNeedsAReason()
{
    ScheduleVisitDialog first(Session(*m_database), 1, u"王秀英"_s);
    first.setToday(m_now.date());
    first.dayBox()->setDate(QDate(2026, 11, 24));
    first.timeBox()->setTime(QTime(9, 30));
    QVERIFY(first.save());

    // The same staff member half an hour later, for 30 minutes: overlapping by nothing; at 9:45: overlapping.
    ScheduleVisitDialog second(Session(*m_database), 2, u"李建国"_s);
    second.setToday(m_now.date());
    second.dayBox()->setDate(QDate(2026, 11, 24));
    second.timeBox()->setTime(QTime(9, 45));
    QStringList asked;
    second.setConflictQuestion([&asked](const QStringList &conflicts) -> std::optional<QString> {
        asked = conflicts;
        return std::nullopt; // the clerk backs out
    });
    QVERIFY(!second.save());
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.constFirst().contains(u"the same staff member"_s));
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM visits"_s), 1);

    second.setConflictQuestion([](const QStringList &) -> std::optional<QString> { return u"紧急情况"_s; });
    QVERIFY(second.save());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT conflict_reason FROM visits WHERE resident_id = 2"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"紧急情况"_s);
}

void TstVisitsPage::theManagerSetsTheIntervals()
{
    VisitsPage *page = showPage();
    QTRY_COMPARE(page->model()->rowCount(), 2);
    QVERIFY(page->intervalsLabel()->text().contains(u"every 30"_s));
    CareIntervalsDialog dialog{Session(*m_database)};
    QCOMPARE(dialog.keyCareBox()->value(), 30);
    dialog.keyCareBox()->setValue(20); // 张桂兰, registered 1 November, is now due since the 21st
    QVERIFY(dialog.save());
    page->reload();
    QTRY_COMPARE(page->model()->rowCount(), 3);
    QVERIFY(page->intervalsLabel()->text().contains(u"every 20"_s));
}

void TstVisitsPage::tabFollowsTheFormAsDrawn()
{
    ScheduleVisitDialog dialog(Session(*m_database), 1, u"王秀英"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString problem = tabOrderProblem(&dialog, dialog.kindBox());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(TstVisitsPage)
#include "tst_visitspage.moc"
