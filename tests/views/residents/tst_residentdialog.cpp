#include "actor.h"
#include "database.h"
#include "idnumber.h"
#include "careschedule.h"
#include "residentdialog.h"
#include "servicerecordstore.h"
#include "servicerecordtablemodel.h"
#include "visitagendamodel.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QGroupBox>
#include <QInputDialog>
#include <QSpinBox>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;
using Field = ResidentDraft::Field;

// The registration form on real widgets: typed into as a clerk would, checked as they type.
class TstResidentDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saysWhatIsWrongNextToTheField();
    void untouchedFieldsStayQuietUntilSave();
    void idNumberFillsGenderAndBirthDate();
    void aDoubleClickedSaveRegistersOnce();
    void legacyNumberNeedsTheClerksConfirmation();
    void savesAValidResident();
    void registeredIdNumberOffersToShowWhoHasIt();
    void similarResidentIsPointedOutBeforeSaving();
    void newGridIsAnnouncedAndCreated();
    void editsARegisteredResident();
    void joinsAHouseholdAtTheSameAddress();
    void showsTheirVisitsAndKeepsTheirOwnContactInterval();
    void aClerkSeesIdentifiersMaskedAndKeepsThem();
    void aManagerSeesTheWholeIdWithAReasonAndMayErase();
    void escapeAsksBeforeThrowingTypedWorkAway();
    void tabFollowsTheFormTopToBottomAndReachesTheButtonsLast();
    void showsTheServicesTheyReceivedNewestFirst();

private:
    ResidentDialog *openDialog();
    static void typeInto(QWidget *widget, const QString &text);
    // A resident already in the registry, in the test's grid.
    static ResidentDraft registered();
    FreshDatabase m_database;
    const QDate m_today{2026, 6, 1};
};

void TstResidentDialog::init()
{
    QVERIFY(m_database.open());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (1, 'G0001', '西溪社区第1网格')"_s));
}

void TstResidentDialog::cleanup()
{
    m_database.close();
}

ResidentDialog *TstResidentDialog::openDialog()
{
    auto *dialog = new ResidentDialog(Session(*m_database));
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->setReferenceDate(m_today);
    dialog->show();
    return dialog;
}

ResidentDraft TstResidentDialog::registered()
{
    ResidentDraft draft;
    draft.name = u"王秀英"_s;
    draft.idNumber = u"11010519491231002X"_s;
    draft.gridId = 1;
    return draft;
}

void TstResidentDialog::typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    // Chinese arrives as an input method's committed text, as it does from a clerk's IME.
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

void TstResidentDialog::saysWhatIsWrongNextToTheField()
{
    std::unique_ptr<ResidentDialog> dialog(openDialog());
    typeInto(dialog->editor(Field::IdNumber), u"110105194912310021"_s);
    QVERIFY2(dialog->message(Field::IdNumber).contains(u"last character"_s),
             qPrintable(dialog->message(Field::IdNumber)));
    // Mending the last character clears the message at once.
    QTest::keyClick(dialog->editor(Field::IdNumber), Qt::Key_Backspace);
    QTest::keyClick(dialog->editor(Field::IdNumber), Qt::Key_X);
    QCOMPARE(dialog->message(Field::IdNumber), QString());
    typeInto(dialog->editor(Field::Phone), u"1380013800"_s);
    QVERIFY(dialog->message(Field::Phone).contains(u"11 digits"_s));
    typeInto(dialog->editor(Field::BirthDate), u"1950-13-40"_s);
    dialog->editor(Field::BirthDate)->clear();
    typeInto(dialog->editor(Field::BirthDate), u"not a date"_s);
    QVERIFY(dialog->message(Field::BirthDate).contains(u"1950-03-28"_s));
}

void TstResidentDialog::untouchedFieldsStayQuietUntilSave()
{
    std::unique_ptr<ResidentDialog> dialog(openDialog());
    QCOMPARE(dialog->message(Field::Name), QString());
    QCOMPARE(dialog->message(Field::Grid), QString());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->message(Field::Name).isEmpty());
    QVERIFY(!dialog->message(Field::Gender).isEmpty());
    QVERIFY(!dialog->message(Field::Grid).isEmpty());
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s), 0);
}

void TstResidentDialog::idNumberFillsGenderAndBirthDate()
{
    std::unique_ptr<ResidentDialog> dialog(openDialog());
    typeInto(dialog->editor(Field::IdNumber), u"１１０１０５１９４９１２３１００２ｘ"_s);
    QCOMPARE(dialog->genderBox()->currentData().toString(), u"F"_s);
    QCOMPARE(dialog->editor(Field::BirthDate)->text(), u"1949-12-31"_s);
    QVERIFY2(dialog->derivedLabel()->text().contains(u"76"_s), qPrintable(dialog->derivedLabel()->text()));
    QVERIFY(dialog->derivedLabel()->text().contains(u"Beijing"_s));
    // A gender the clerk chose against the ID is refused, not overwritten.
    dialog->genderBox()->setFocus();
    dialog->genderBox()->setCurrentIndex(dialog->genderBox()->findData(u"M"_s));
    emit dialog->genderBox()->activated(dialog->genderBox()->currentIndex());
    QVERIFY(dialog->message(Field::Gender).contains(u"woman"_s));
}

void TstResidentDialog::legacyNumberNeedsTheClerksConfirmation()
{
    std::unique_ptr<ResidentDialog> dialog(openDialog());
    typeInto(dialog->editor(Field::IdNumber), u"110105491231002"_s);
    QVERIFY(dialog->message(Field::IdNumber).contains(u"11010519491231002X"_s));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QCheckBox *confirm = dialog->legacyConfirmation();
    QVERIFY(confirm->isVisible());
    confirm->setChecked(true);
    QVERIFY(dialog->saveButton()->isEnabled());
}

void TstResidentDialog::savesAValidResident()
{
    std::unique_ptr<ResidentDialog> dialog(openDialog());
    typeInto(dialog->editor(Field::Name), u"阿依古丽·买买提"_s);
    typeInto(dialog->editor(Field::IdNumber), u"11010519491231002X"_s);
    typeInto(dialog->editor(Field::Phone), u"138 0013 8000"_s);
    typeInto(dialog->gridBox()->lineEdit(), u"西溪社区第1网格"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(dialog->savedId() > 0);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT name, gender, birth_date, phone, grid_id FROM residents"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"阿依古丽·买买提"_s);
    QCOMPARE(query.value(1).toString(), u"F"_s);
    QCOMPARE(query.value(2).toString(), u"1949-12-31"_s);
    QCOMPARE(query.value(3).toString(), u"13800138000"_s);
    QCOMPARE(query.value(4).toLongLong(), 1);
}

// A double-click on Save (a resident without an ID number, so that nothing else would refuse the
// second): one resident.
void TstResidentDialog::aDoubleClickedSaveRegistersOnce()
{
    std::unique_ptr<ResidentDialog> dialog(openDialog());
    typeInto(dialog->editor(Field::Name), u"刘长林"_s);
    dialog->genderBox()->setCurrentIndex(dialog->genderBox()->findData(u"M"_s));
    typeInto(dialog->editor(Field::BirthDate), u"1940-03-02"_s);
    typeInto(dialog->gridBox()->lineEdit(), u"西溪社区第1网格"_s);
    QTest::mouseDClick(dialog->saveButton(), Qt::LeftButton);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents WHERE name = '刘长林'"_s), 1);
}

void TstResidentDialog::registeredIdNumberOffersToShowWhoHasIt()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, id_number, grid_id, registered_at, "
                       "updated_at) VALUES (7, '张三', 'F', '1949-12-31', '11010519491231002X', 1, '', '')"_s));
    std::unique_ptr<ResidentDialog> dialog(openDialog());
    typeInto(dialog->editor(Field::Name), u"李四"_s);
    typeInto(dialog->editor(Field::IdNumber), u"11010519491231002"_s);
    QVERIFY(!dialog->noticeLabel()->isVisible());
    // Said as the 18th character is typed, before any Save.
    typeInto(dialog->editor(Field::IdNumber), u"X"_s);
    QVERIFY(dialog->noticeLabel()->isVisible());
    QVERIFY2(dialog->noticeLabel()->text().contains(u"张三"_s), qPrintable(dialog->noticeLabel()->text()));
    // The link opens who has it over the form, which keeps what was typed.
    QString shownName;
    whenShown<ResidentDialog>([&](ResidentDialog *registered) {
        shownName = registered->editor(Field::Name)->text();
        QTest::keyClick(registered, Qt::Key_Escape);
    });
    emit dialog->noticeLabel()->linkActivated(u"show"_s);
    QCOMPARE(shownName, u"张三"_s);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->editor(Field::Name)->text(), u"李四"_s);
    typeInto(dialog->gridBox()->lineEdit(), u"西溪社区第1网格"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s), 1);
    // A mended number takes the notice away.
    QTest::keyClick(dialog->editor(Field::IdNumber), Qt::Key_Backspace);
    QVERIFY(!dialog->noticeLabel()->isVisible());
}

void TstResidentDialog::escapeAsksBeforeThrowingTypedWorkAway()
{
    // Nothing typed: Escape closes at once, without a question.
    std::unique_ptr<ResidentDialog> untouched(openDialog());
    QTest::keyClick(untouched.get(), Qt::Key_Escape);
    QVERIFY(!untouched->isVisible());

    std::unique_ptr<ResidentDialog> dialog(openDialog());
    typeInto(dialog->editor(Field::Name), u"王秀英"_s);
    QVERIFY(dialog->hasChanges());
    QString asked;
    whenShown<QMessageBox>([&](QMessageBox *question) {
        asked = question->text();
        QTest::keyClick(question, Qt::Key_Escape); // Escape in the question goes back to the form
    });
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!asked.isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->editor(Field::Name)->text(), u"王秀英"_s);

    // The window's close button asks the same; Save saves what was typed.
    typeInto(dialog->editor(Field::IdNumber), u"11010519491231002X"_s);
    typeInto(dialog->gridBox()->lineEdit(), u"西溪社区第1网格"_s);
    whenShown<QMessageBox>([](QMessageBox *question) {
        QTest::mouseClick(childWithText<QPushButton>(*question, u"Save"_s), Qt::LeftButton);
    });
    dialog->close();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents WHERE name = '王秀英'"_s), 1);

    // Discard throws it away.
    std::unique_ptr<ResidentDialog> another(openDialog());
    typeInto(another->editor(Field::Name), u"李四"_s);
    whenShown<QMessageBox>([](QMessageBox *question) {
        QTest::mouseClick(childWithText<QPushButton>(*question, u"Discard"_s), Qt::LeftButton);
    });
    QTest::mouseClick(childWithText<QPushButton>(*another, u"Cancel"_s), Qt::LeftButton);
    QVERIFY(!another->isVisible());
    QCOMPARE(another->result(), int(QDialog::Rejected));
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s), 1);

    // A registered resident opened and left as it was closes at once.
    std::unique_ptr<ResidentDialog> opened(openDialog());
    QVERIFY(opened->loadResident(scalar(m_database->connection(), u"SELECT id FROM residents"_s)));
    QVERIFY(!opened->hasChanges());
    QTest::keyClick(opened.get(), Qt::Key_Escape);
    QVERIFY(!opened->isVisible());
}

void TstResidentDialog::tabFollowsTheFormTopToBottomAndReachesTheButtonsLast()
{
    std::unique_ptr<ResidentDialog> dialog(openDialog());
    QApplication::setActiveWindow(dialog.get());
    dialog->editor(Field::Name)->setFocus();
    QList<QWidget *> visited{dialog->editor(Field::Name)};
    for (int step = 0; step < 40; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        if (focused == visited.first())
            break;
        visited.append(focused);
    }
    const auto position = [&](QWidget *widget) { return visited.indexOf(widget); };
    // Down the left column, then the right one, then the care part, and only then the buttons.
    const QList<QWidget *> inOrder{dialog->editor(Field::Name),
                                   dialog->editor(Field::IdNumber),
                                   dialog->genderBox(),
                                   dialog->editor(Field::BirthDate),
                                   dialog->editor(Field::Phone),
                                   dialog->gridBox(),
                                   dialog->roomEdit(),
                                   dialog->householdBox(),
                                   dialog->editor(Field::EmergencyPhone),
                                   childWithText<QCheckBox>(*dialog, u"Living alone"_s),
                                   dialog->contactIntervalBox(),
                                   dialog->saveButton()};
    for (qsizetype i = 0; i < inOrder.size(); ++i)
        QVERIFY2(position(inOrder.at(i)) > (i == 0 ? -1 : position(inOrder.at(i - 1))),
                 qPrintable(u"field %1 out of order"_s.arg(i)));
    // Save and Cancel are the last stops.
    QPushButton *cancel = childWithText<QPushButton>(*dialog, u"Cancel"_s);
    QCOMPARE(visited.size() - 2, std::min(position(dialog->saveButton()), position(cancel)));
}

void TstResidentDialog::similarResidentIsPointedOutBeforeSaving()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO residents (name, gender, birth_date, phone, grid_id, building, registered_at, "
                       "updated_at) VALUES ('王秀英', 'F', '1952-03-17', '', 1, '3', '', '')"_s));
    std::unique_ptr<ResidentDialog> dialog(openDialog());
    typeInto(dialog->editor(Field::Name), u"王秀英"_s);
    dialog->genderBox()->setCurrentIndex(dialog->genderBox()->findData(u"F"_s));
    typeInto(dialog->editor(Field::BirthDate), u"1952年3月17日"_s);
    typeInto(dialog->gridBox()->lineEdit(), u"西溪社区第1网格"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->noticeLabel()->text().contains(u"1952-03-17"_s));
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s), 1);
    // The second click of a double-click does not answer the question the first one raised.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s), 1);
    // Pressed again a moment later: the clerk says it is someone else.
    QTRY_VERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s), 2);
}

void TstResidentDialog::newGridIsAnnouncedAndCreated()
{
    std::unique_ptr<ResidentDialog> dialog(openDialog());
    typeInto(dialog->editor(Field::Name), u"赵六"_s);
    typeInto(dialog->editor(Field::IdNumber), u"11010519491231002X"_s);
    typeInto(dialog->gridBox()->lineEdit(), u"蒋村社区第2网格"_s);
    QVERIFY(dialog->message(Field::Grid).contains(u"蒋村社区第2网格"_s));
    // Never created from what was typed without asking.
    QString asked;
    whenShown<QMessageBox>([&asked](QMessageBox *question) {
        asked = question->text();
        question->button(QMessageBox::No)->click();
    });
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY2(asked.contains(u"蒋村社区第2网格"_s), qPrintable(asked));
    QVERIFY(dialog->isVisible());
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM grids WHERE name = '蒋村社区第2网格'"_s), 0);
    whenShown<QMessageBox>([](QMessageBox *question) { question->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM grids WHERE name = '蒋村社区第2网格'"_s), 1);
}

void TstResidentDialog::editsARegisteredResident()
{
    ResidentStore store(m_database->connection());
    ResidentDraft draft = registered();
    draft.tags = {u"living_alone"_s};
    const qint64 id = store.create(draft).valueOr(0);
    QVERIFY(id > 0);

    std::unique_ptr<ResidentDialog> dialog(openDialog());
    QVERIFY(dialog->loadResident(id));
    QCOMPARE(dialog->editor(Field::Name)->text(), u"王秀英"_s);
    QCOMPARE(dialog->gridBox()->currentText(), u"西溪社区第1网格"_s);
    QCOMPARE(dialog->message(Field::Name), QString());
    dialog->editor(Field::Phone)->clear();
    typeInto(dialog->editor(Field::Phone), u"13900139000"_s);
    // The resident is not "possibly already registered" as themselves.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const ResidentStore::Record record = *store.load(id);
    QCOMPARE(record.version, 2);
    QCOMPARE(record.draft.phone, u"13900139000"_s);
    QCOMPARE(record.draft.tags, QStringList{u"living_alone"_s});
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s), 1);
}

void TstResidentDialog::aClerkSeesIdentifiersMaskedAndKeepsThem()
{
    ResidentStore store(m_database->connection());
    ResidentDraft draft = registered();
    draft.phone = u"13800138000"_s;
    draft.emergencyPhone = u"13700137000"_s;
    const qint64 id = store.create(draft).valueOr(0);
    QVERIFY(id > 0);
    Actor::actFor(m_database->connection(), Actor{0, u"clerk1"_s, u"李敏"_s, Role::Clerk});
    const auto signOut = qScopeGuard([this] { Actor::forget(m_database->connection()); });

    std::unique_ptr<ResidentDialog> dialog(openDialog());
    QVERIFY(dialog->loadResident(id));
    QCOMPARE(dialog->editor(Field::IdNumber)->text(), u"110105********002X"_s);
    QCOMPARE(dialog->editor(Field::Phone)->text(), u"138****8000"_s);
    QCOMPARE(dialog->editor(Field::EmergencyPhone)->text(), u"137****7000"_s);
    QCOMPARE(dialog->message(Field::IdNumber), QString()); // masked, yet not "wrong"
    QPushButton *reveal = childWithText<QPushButton>(*dialog, u"Show the whole ID number and phones…"_s);
    QVERIFY(reveal && reveal->isVisible());
    QVERIFY(!reveal->isEnabled());
    QVERIFY(reveal->toolTip().contains(u"Manager"_s));
    QPushButton *erase = childWithText<QPushButton>(*dialog, u"Erase at their request…"_s);
    QVERIFY(erase && !erase->isEnabled());
    // Another field changed: the ID number and the phones stay as registered.
    typeInto(dialog->roomEdit(), u"302"_s);
    // Entering a masked field selects it, so the new number replaces it whole.
    typeInto(dialog->editor(Field::Phone), u"13900139000"_s);
    QCOMPARE(dialog->editor(Field::Phone)->text(), u"13900139000"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const ResidentStore::Record record = *store.load(id);
    QCOMPARE(record.draft.idNumber, u"11010519491231002X"_s);
    QCOMPARE(record.draft.emergencyPhone, u"13700137000"_s);
    QCOMPARE(record.draft.phone, u"13900139000"_s);
    QCOMPARE(record.draft.room, u"302"_s);
}

void TstResidentDialog::aManagerSeesTheWholeIdWithAReasonAndMayErase()
{
    ResidentStore store(m_database->connection());
    ResidentDraft draft = registered();
    draft.phone = u"13800138000"_s;
    const qint64 id = store.create(draft).valueOr(0);
    QVERIFY(id > 0);
    Actor::actFor(m_database->connection(), Actor{0, u"boss1"_s, u"赵主任"_s, Role::Manager});
    const auto signOut = qScopeGuard([this] { Actor::forget(m_database->connection()); });

    std::unique_ptr<ResidentDialog> dialog(openDialog());
    QVERIFY(dialog->loadResident(id));
    QCOMPARE(dialog->editor(Field::IdNumber)->text(), u"110105********002X"_s); // a manager too, at first
    QPushButton *reveal = childWithText<QPushButton>(*dialog, u"Show the whole ID number and phones…"_s);
    QVERIFY(reveal && reveal->isEnabled());
    auto answer = [](const QString &reason, bool accept) {
        QTimer::singleShot(0, [reason, accept] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(input);
            input->setTextValue(reason);
            accept ? input->accept() : input->reject();
        });
    };
    answer(u"核对低保申请"_s, false); // changed their mind: nothing shown, nothing logged
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(dialog->editor(Field::IdNumber)->text(), u"110105********002X"_s);
    const QString logged = u"SELECT count(*) FROM audit_log WHERE action = 'VIEW_FULL_ID' AND object_id = %1 "
                           "AND login = 'boss1' AND changes = 'reason=核对低保申请'"_s.arg(id);
    QCOMPARE(scalar(m_database->connection(), logged), 0);
    answer(u"核对低保申请"_s, true);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(dialog->editor(Field::IdNumber)->text(), u"11010519491231002X"_s);
    QCOMPARE(dialog->editor(Field::Phone)->text(), u"13800138000"_s);
    QVERIFY(!reveal->isEnabled());
    QCOMPARE(scalar(m_database->connection(), logged), 1);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(store.load(id)->draft.idNumber, u"11010519491231002X"_s);

    // Erased at the resident's request, after saying yes.
    std::unique_ptr<ResidentDialog> again(openDialog());
    QVERIFY(again->loadResident(id));
    QPushButton *erase = childWithText<QPushButton>(*again, u"Erase at their request…"_s);
    QVERIFY(erase && erase->isEnabled());
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(u"cannot be undone"_s));
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(erase, Qt::LeftButton);
    QCOMPARE(again->result(), ResidentDialog::Erased);
    QVERIFY(!store.load(id));
}

void TstResidentDialog::joinsAHouseholdAtTheSameAddress()
{
    ResidentStore store(m_database->connection());
    ResidentDraft head = registered();
    head.room = u"301"_s;
    head.startsHousehold = true;
    const qint64 headId = store.create(head).valueOr(0);
    QVERIFY(headId > 0);

    std::unique_ptr<ResidentDialog> dialog(openDialog());
    typeInto(dialog->editor(Field::Name), u"李建国"_s);
    typeInto(dialog->editor(Field::IdNumber), IdNumber::compose(u"110105", QDate(1948, 5, 1), 11));
    typeInto(dialog->gridBox()->lineEdit(), u"西溪社区第1网格"_s);
    QCOMPARE(dialog->householdBox()->count(), 2); // none, or a new one: nobody lives at "no room" yet
    typeInto(dialog->roomEdit(), u"301"_s);
    QCOMPARE(dialog->householdBox()->count(), 3);
    QVERIFY(dialog->householdBox()->itemText(2).contains(u"王秀英"_s));
    // The one household living there is chosen; how they are related is asked, not assumed.
    QCOMPARE(dialog->householdBox()->currentIndex(), 2);
    QVERIFY(dialog->relationBox()->isEnabled());
    QCOMPARE(dialog->relationBox()->currentData().toString(), QString());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message(Field::Household).contains(u"relation"_s), qPrintable(dialog->message(Field::Household)));
    dialog->relationBox()->setCurrentIndex(dialog->relationBox()->findData(u"spouse"_s));
    emit dialog->relationBox()->activated(dialog->relationBox()->currentIndex());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const ResidentStore::Record record = *store.load(dialog->savedId());
    QCOMPARE(record.draft.householdId, store.load(headId)->draft.householdId);
    QCOMPARE(record.draft.relationToHead, u"spouse"_s);
}

void TstResidentDialog::showsTheirVisitsAndKeepsTheirOwnContactInterval()
{
    ResidentStore store(m_database->connection());
    ResidentDraft draft = registered();
    draft.tags = {u"living_alone"_s};
    const qint64 id = store.create(draft).valueOr(0);
    QVERIFY(id > 0);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO staff (id, name) VALUES (1, '李敏')"_s));
    QVERIFY(query.exec(u"INSERT INTO visits (resident_id, staff_id, kind, starts_at, status) VALUES "
                       "(%1, 1, 'home_visit', '2026-05-20 09:00:00', 'done'), "
                       "(%1, 1, 'phone_check', '2026-06-03 10:00:00', 'planned')"_s.arg(id)));
    QVERIFY(CareSchedule(m_database->connection()).refreshResident(id)); // last seen on 20 May

    // A new resident has no visits to show.
    std::unique_ptr<ResidentDialog> fresh(openDialog());
    QVERIFY(fresh->visitsGroup()->isHidden());
    const auto dueAt = [&] {
        QSqlQuery due(m_database->connection());
        due.exec(u"SELECT contact_due_at FROM residents WHERE id = %1"_s.arg(id));
        return due.next() ? QDateTime::fromString(due.value(0).toString(), u"yyyy-MM-dd HH:mm:ss"_s) : QDateTime();
    };

    std::unique_ptr<ResidentDialog> dialog(openDialog());
    QVERIFY(dialog->loadResident(id));
    QCOMPARE(dialog->visitsModel()->rowCount(), 2);
    QCOMPARE(dialog->visitsModel()->index(0, 0).data(VisitAgendaModel::StatusRole).toString(), u"planned"_s);
    QCOMPARE(dialog->contactIntervalBox()->value(), 0); // as the tags say: 7 days
    QVERIFY(dialog->visitsGroup()->isVisible());
    const QDateTime dueByTag = dueAt();
    QVERIFY(dueByTag.isValid());

    dialog->contactIntervalBox()->setValue(3);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(store.load(id)->draft.contactIntervalDays, 3);
    QCOMPARE(dueByTag.daysTo(dueAt()), -4); // due three days after the last contact, not seven

    std::unique_ptr<ResidentDialog> again(openDialog());
    QVERIFY(again->loadResident(id));
    QCOMPARE(again->contactIntervalBox()->value(), 3);
}

void TstResidentDialog::showsTheServicesTheyReceivedNewestFirst()
{
    const qint64 id = ResidentStore(m_database->connection()).create(registered()).valueOr(0);
    QVERIFY(id > 0);
    ServiceRecordStore services(m_database->connection());
    services.setReferenceTime(QDateTime(m_today, QTime(17, 0)));
    for (const auto &[code, day] : {std::pair{u"LG01"_s, 3}, std::pair{u"EC02"_s, 20}, std::pair{u"CM01"_s, 11}}) {
        ServiceEntry entry;
        entry.residentId = id;
        entry.serviceTypeId
                = scalar(m_database->connection(), u"SELECT id FROM service_types WHERE code = '%1'"_s.arg(code));
        entry.servedAt = QDateTime(QDate(2026, 5, day), QTime(10, 0));
        QVERIFY(services.log(entry).isDone());
    }
    std::unique_ptr<ResidentDialog> fresh(openDialog());
    QVERIFY(!fresh->servicesGroup()->isVisible()); // nobody yet
    std::unique_ptr<ResidentDialog> dialog(openDialog());
    QVERIFY(dialog->loadResident(id));
    QVERIFY(dialog->servicesGroup()->isVisible());
    QAbstractItemModelTester tester(dialog->servicesModel());
    QCOMPARE(dialog->servicesModel()->rowCount(), 3);
    const auto servedOn = [&dialog](int row) {
        return dialog->servicesModel()->index(row, ServiceRecordTableModel::ServedAt).data().toString().left(10);
    };
    QCOMPARE(servedOn(0), u"2026-05-20"_s);
    QCOMPARE(servedOn(1), u"2026-05-11"_s);
    QCOMPARE(servedOn(2), u"2026-05-03"_s);
}

QTEST_MAIN(TstResidentDialog)
#include "tst_residentdialog.moc"
