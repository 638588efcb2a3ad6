#include "actor.h"
#include "database.h"
#include "guisupport.h"
#include "outcomelabel.h"
#include "recordcorrections.h"
#include "recorddialog.h"
#include "residentpicker.h"
#include "servicerecordstore.h"
#include "servicerecordtablemodel.h"
#include "servicespage.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// A service record opened from the Services list, corrected and voided on real widgets, by whom
// the rules let, with each mend kept in its history.
class TstRecordDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void enterOnTheListOpensTheRecord();
    void aCorrectionIsSavedOnceAndKeptInTheHistory();
    void aVoidAsksWhyAndLeavesTheList();
    void anEmptyReasonVoidsNothing();
    void someoneElsesRecordIsReadOnlyForAClerk();
    void escapeWithACorrectionTypedAsks();
    void theCaseAndItsHistoryAreShown();
    void tabFollowsTheFormAsDrawn();

private:
    qint64 logAs(qint64 userId, const QString &code, const QString &notes = {});
    void actAs(qint64 userId, Role role);
    ServiceRecordRow row(qint64 id) const
    {
        return ServiceRecordStore(m_database->connection()).record(id).value_or(ServiceRecordRow{});
    }
    qint64 count(const QString &sql) const { return scalar(m_database->connection(), sql); }

    FreshDatabase m_database;
};

void TstRecordDialog::init()
{
    QVERIFY(m_database.open());
    const QSqlDatabase db = m_database->connection();
    QVERIFY(addDeskPeople(db, u"(1, '李敏', 1), (2, '张伟', 1)"_s));
    QSqlQuery query(db);
    QVERIFY(query.exec(u"INSERT INTO users (id, login, display_name, role, password_hash, created_at) VALUES "
                       "(11, 'clerk1', '李敏', 'clerk', 'x', ''), (13, 'boss', '王主任', 'manager', 'x', '')"_s));
    actAs(13, Role::Manager);
}

void TstRecordDialog::cleanup()
{
    if (m_database.operator->())
        Actor::forget(m_database->connection());
    m_database.close();
}

void TstRecordDialog::actAs(qint64 userId, Role role)
{
    const QString login = userId == 11 ? u"clerk1"_s : u"boss"_s;
    Actor::actFor(m_database->connection(), Actor{userId, login, login, role});
}

qint64 TstRecordDialog::logAs(qint64 userId, const QString &code, const QString &notes)
{
    const QSqlDatabase db = m_database->connection();
    const Actor before = Actor::of(db);
    actAs(userId, Role::Clerk);
    ServiceEntry entry;
    entry.residentId = 5;
    entry.serviceTypeId = count(u"SELECT id FROM service_types WHERE code = '%1'"_s.arg(code));
    entry.servedAt = QDateTime::currentDateTime().addSecs(-3600);
    entry.handlerId = 1;
    entry.durationMinutes = 20;
    entry.outcome = u"已解答"_s;
    entry.notes = notes;
    const Result<qint64> logged = ServiceRecordStore(db).log(entry);
    Actor::actFor(db, before);
    return logged.valueOr(0);
}

void TstRecordDialog::enterOnTheListOpensTheRecord()
{
    const qint64 id = logAs(11, u"LG01"_s, u"问遗嘱怎么写"_s);
    ServicesPage page{Session(*m_database)};
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    bool opened = false;
    whenShown<RecordDialog>([&](RecordDialog *dialog) {
        opened = true;
        QCOMPARE(dialog->windowTitle(), u"Service record no. %1"_s.arg(id));
        QCOMPARE(dialog->residentBox()->text(), u"王秀英"_s);
        QCOMPARE(dialog->notesBox()->toPlainText(), u"问遗嘱怎么写"_s);
        QCOMPARE(dialog->minutesBox()->value(), 20);
        QCOMPARE(dialog->handlerBox()->currentText(), u"李敏"_s);
        QVERIFY(dialog->loggedLabel()->text().contains(u"李敏"_s));
        QVERIFY(dialog->isMendable());
        dialog->reject();
    });
    QTest::keyClick(page.view(), Qt::Key_Return);
    QVERIFY(opened);
}

void TstRecordDialog::aCorrectionIsSavedOnceAndKeptInTheHistory()
{
    const qint64 id = logAs(11, u"LG01"_s);
    {
        RecordDialog dialog(Session(*m_database), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.minutesBox()->setFocus();
        dialog.minutesBox()->selectAll();
        QTest::keyClicks(dialog.minutesBox(), u"45"_s);
        dialog.handlerBox()->setCurrentIndex(dialog.handlerBox()->findData(2));
        // A double-click on Save: the second press finds the dialog closed, the record written once.
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(row(id).durationMinutes, 45);
    QCOMPARE(row(id).handlerId, qint64(2));
    QCOMPARE(row(id).version, 2);
    QCOMPARE(count(u"SELECT count(*) FROM record_corrections"_s), 1);

    RecordDialog again(Session(*m_database), id);
    const QString what = again.correctionsView()->toPlainText();
    QVERIFY2(what.contains(u"Minutes: 20 → 45"_s), qPrintable(what));
    QVERIFY2(what.contains(u"Handler: 李敏 → 张伟"_s), qPrintable(what));
    QVERIFY2(what.contains(u"王主任"_s), qPrintable(what));
}

void TstRecordDialog::aVoidAsksWhyAndLeavesTheList()
{
    logAs(11, u"LG01"_s);
    const qint64 id = logAs(11, u"LG01"_s);
    ServicesPage page{Session(*m_database)};
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 2);
    whenShown<RecordDialog>([&](RecordDialog *dialog) {
        whenShown<QInputDialog>([](QInputDialog *question) {
            auto *reason = question->findChild<QLineEdit *>();
            QVERIFY(reason);
            reason->setText(u"同一次咨询登记了两遍"_s);
            QTest::keyClick(reason, Qt::Key_Return);
        });
        QTest::mouseClick(dialog->voidButton(), Qt::LeftButton);
    });
    page.openRecord(page.model()->index(0, 0)); // newest first: the second record
    QCOMPARE(count(u"SELECT count(*) FROM service_records WHERE id = %1"_s.arg(id)), 0);
    QCOMPARE(count(u"SELECT count(*) FROM voided_service_records WHERE id = %1"_s.arg(id)), 1);
    QTRY_COMPARE(page.model()->rowCount(), 1);

    // Opened again (from the audit log's number), it shows what it was and why it was voided.
    RecordDialog voided(Session(*m_database), id);
    QVERIFY(voided.isVoided());
    QVERIFY(!voided.isMendable());
    QVERIFY(voided.bannerLabel()->text().contains(u"同一次咨询登记了两遍"_s));
    QVERIFY(!voided.saveButton()->isVisibleTo(&voided));
}

void TstRecordDialog::anEmptyReasonVoidsNothing()
{
    const qint64 id = logAs(11, u"LG01"_s);
    RecordDialog dialog(Session(*m_database), id);
    dialog.show();
    whenShown<QInputDialog>([](QInputDialog *question) { question->accept(); });
    QVERIFY(!dialog.voidRecord());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageLabel()->isVisibleTo(&dialog));
    QCOMPARE(dialog.messageLabel()->text(), RecordCorrections::tr("Say why the record is voided."));
    QCOMPARE(count(u"SELECT count(*) FROM service_records"_s), 1);
}

void TstRecordDialog::someoneElsesRecordIsReadOnlyForAClerk()
{
    const qint64 own = logAs(11, u"LG01"_s);
    const qint64 others = logAs(13, u"LG01"_s);
    actAs(11, Role::Clerk);
    RecordDialog theirs(Session(*m_database), others);
    QVERIFY(!theirs.isMendable());
    QVERIFY(!theirs.saveButton()->isVisibleTo(&theirs));
    QVERIFY(!theirs.voidButton()->isVisibleTo(&theirs));
    QVERIFY(!theirs.minutesBox()->isEnabled());
    QVERIFY(theirs.outcomeBox()->isReadOnly());
    QVERIFY(theirs.bannerLabel()->text().contains(u"manager"_s));
    RecordDialog mine(Session(*m_database), own);
    QVERIFY(mine.isMendable());
    QVERIFY(mine.minutesBox()->isEnabled());
}

void TstRecordDialog::escapeWithACorrectionTypedAsks()
{
    const qint64 id = logAs(11, u"LG01"_s);
    RecordDialog dialog(Session(*m_database), id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.outcomeBox()->setFocus();
    QTest::keyClicks(dialog.outcomeBox(), u" ok"_s);
    bool asked = false;
    whenShown<QMessageBox>([&](QMessageBox *question) {
        asked = true;
        QTest::keyClick(question, Qt::Key_Escape); // go back
    });
    QTest::keyClick(dialog.outcomeBox(), Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(dialog.isVisible());
    QCOMPARE(row(id).outcome, u"已解答"_s);
    QCOMPARE(row(id).version, 1);
}

void TstRecordDialog::theCaseAndItsHistoryAreShown()
{
    const qint64 withCase = logAs(11, u"LG02"_s);
    const qint64 plain = logAs(11, u"LG01"_s);
    RecordDialog dialog(Session(*m_database), withCase);
    QCOMPARE(dialog.caseHistoryView()->topLevelItemCount(), 1);
    QVERIFY(dialog.caseButton()->isVisibleTo(&dialog));
    RecordDialog noCase(Session(*m_database), plain);
    QVERIFY(!noCase.caseButton()->isVisibleTo(&noCase));
    QVERIFY(!noCase.caseHistoryView()->parentWidget()->isVisibleTo(&noCase));
}

void TstRecordDialog::tabFollowsTheFormAsDrawn()
{
    const qint64 id = logAs(11, u"LG02"_s);
    RecordDialog dialog(Session(*m_database), id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString problem = tabOrderProblem(&dialog, dialog.residentBox());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(TstRecordDialog)
#include "tst_recorddialog.moc"
