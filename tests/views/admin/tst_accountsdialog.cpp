#include "accesspolicy.h"
#include "accountsdialog.h"
#include "actor.h"
#include "centerstore.h"
#include "database.h"
#include "userstore.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The administrator's accounts dialog on real widgets: adding, a new password, a role, disabling.
class TstAccountsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anAdministratorManagesTheAccounts();
    void aManagerIsRefusedByTheStore();
    void accountsOfSeveralCentersShowAndChangeTheirCenter();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    // Fills the next modal form: its line edits by object name, then OK.
    void answerForm(const QHash<QString, QString> &fields, bool expectStaying = false);
    int rowOf(const AccountsDialog &dialog, const QString &login) const;
    FreshDatabase m_database;
};

void TstAccountsDialog::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_database.open());
    UserStore users(db());
    QVERIFY(users.add(u"admin"_s, u"王管理"_s, Role::Admin, u"Linli-2026"_s).isDone());
    QCOMPARE(users.signIn(u"admin"_s, u"Linli-2026"_s).outcome, UserStore::SignIn::Accepted);
}

void TstAccountsDialog::cleanup()
{
    Actor::forget(db());
    m_database.close();
}

void TstAccountsDialog::answerForm(const QHash<QString, QString> &fields, bool expectStaying)
{
    QTimer::singleShot(0, this, [fields, expectStaying] {
        auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(form);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            auto *edit = form->findChild<QLineEdit *>(it.key());
            QVERIFY2(edit, qPrintable(it.key()));
            edit->setText(it.value());
        }
        auto *buttons = form->findChild<QDialogButtonBox *>();
        QVERIFY(buttons && buttons->button(QDialogButtonBox::Ok));
        buttons->button(QDialogButtonBox::Ok)->click();
        if (expectStaying) {
            // Two passwords that differ: said, and the form stays for a correction.
            auto *message = form->findChild<QLabel *>(u"message"_s);
            QVERIFY(message && message->isVisible());
            QCOMPARE(message->text(), u"The two passwords differ."_s);
            // What was typed is not thrown away without asking.
            whenShown<QMessageBox>([](QMessageBox *question) {
                QTest::mouseClick(childWithText<QPushButton>(*question, u"Discard"_s), Qt::LeftButton);
            });
            form->reject();
            QVERIFY(!form->isVisible());
        }
    });
}

int TstAccountsDialog::rowOf(const AccountsDialog &dialog, const QString &login) const
{
    for (int row = 0; row < dialog.table()->rowCount(); ++row) {
        if (dialog.table()->item(row, AccountsDialog::LoginColumn)->text() == login)
            return row;
    }
    return -1;
}

void TstAccountsDialog::anAdministratorManagesTheAccounts()
{
    AccountsDialog dialog{Session(*m_database)};
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 1);

    answerForm({{u"login"_s, u"clerk1"_s},
                {u"name"_s, u"李敏"_s},
                {u"password"_s, u"Desk-2026x"_s},
                {u"repeat"_s, u"Desk-2026x"_s}});
    dialog.addAccount();
    QCOMPARE(dialog.messageLabel()->text(), u"Account clerk1 added as Clerk."_s);
    const int row = rowOf(dialog, u"clerk1"_s);
    QVERIFY(row >= 0);
    QCOMPARE(dialog.table()->item(row, AccountsDialog::NameColumn)->text(), u"李敏"_s);
    QCOMPARE(dialog.table()->item(row, AccountsDialog::StateColumn)->text(), u"new password at the next sign-in"_s);

    // A new password, mistyped once.
    dialog.table()->selectRow(row);
    answerForm({{u"password"_s, u"Fresh-2026a"_s}, {u"repeat"_s, u"Fresh-2026b"_s}}, true);
    dialog.setNewPassword();
    answerForm({{u"password"_s, u"Fresh-2026a"_s}, {u"repeat"_s, u"Fresh-2026a"_s}});
    dialog.setNewPassword();
    QVERIFY2(dialog.messageLabel()->text().startsWith(u"New password set for clerk1"_s),
             qPrintable(dialog.messageLabel()->text()));

    // Another role.
    QTimer::singleShot(0, this, [] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        input->setTextValue(AccessPolicy::roleName(Role::Manager));
        input->accept();
    });
    dialog.changeRole();
    QCOMPARE(UserStore(db()).byLogin(u"clerk1"_s)->role, Role::Manager);
    QCOMPARE(dialog.table()->item(rowOf(dialog, u"clerk1"_s), AccountsDialog::RoleColumn)->text(), u"Manager"_s);

    // The staff member who signs in with it.
    QSqlQuery staff(db());
    QVERIFY(staff.exec(u"INSERT INTO staff (id, name, active) VALUES (7, '李敏', 1), (8, '陈静', 1)"_s));
    QTimer::singleShot(0, this, [] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        // Nobody, then the staff in pinyin order.
        QCOMPARE(input->comboBoxItems(), QStringList({u"(nobody)"_s, u"陈静"_s, u"李敏"_s}));
        input->setTextValue(u"李敏"_s);
        input->accept();
    });
    dialog.changeStaff();
    QCOMPARE(UserStore(db()).byLogin(u"clerk1"_s)->staffId, 7);
    QCOMPARE(dialog.table()->item(rowOf(dialog, u"clerk1"_s), AccountsDialog::StaffColumn)->text(), u"李敏"_s);

    // Disabled, then enabled again; the button says which.
    auto *toggle = childWithText<QPushButton>(dialog, u"&Disable"_s);
    QVERIFY(toggle && toggle->isEnabled());
    toggle->click();
    QVERIFY(UserStore(db()).byLogin(u"clerk1"_s)->disabled);
    QVERIFY(dialog.table()
                    ->item(rowOf(dialog, u"clerk1"_s), AccountsDialog::StateColumn)
                    ->text()
                    .contains(u"disabled"_s));
    QCOMPARE(toggle->text(), u"&Enable"_s);
    toggle->click();
    QVERIFY(!UserStore(db()).byLogin(u"clerk1"_s)->disabled);

    // The administrator's own account cannot be disabled: said, nothing changed.
    dialog.table()->selectRow(rowOf(dialog, u"admin"_s));
    dialog.toggleDisabled();
    QVERIFY2(dialog.messageLabel()->text().contains(u"your own account"_s), qPrintable(dialog.messageLabel()->text()));
    QVERIFY(!UserStore(db()).byLogin(u"admin"_s)->disabled);
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE object_type = 'user' AND login = 'admin' "
                    "AND action IN ('CREATE', 'UPDATE')"_s),
             6); // the staff member counted too
}

void TstAccountsDialog::aManagerIsRefusedByTheStore()
{
    QVERIFY(UserStore(db()).add(u"boss1"_s, {}, Role::Manager, u"Boss-2026x"_s).isDone());
    QCOMPARE(UserStore(db()).signIn(u"boss1"_s, u"Boss-2026x"_s).outcome, UserStore::SignIn::Accepted);
    AccountsDialog dialog{Session(*m_database)};
    answerForm({{u"login"_s, u"clerk9"_s}, {u"password"_s, u"Desk-2026x"_s}, {u"repeat"_s, u"Desk-2026x"_s}});
    dialog.addAccount();
    QVERIFY2(dialog.messageLabel()->text().contains(u"Administrator"_s), qPrintable(dialog.messageLabel()->text()));
    QVERIFY(!UserStore(db()).byLogin(u"clerk9"_s));
}

void TstAccountsDialog::accountsOfSeveralCentersShowAndChangeTheirCenter()
{
    {
        // A database of one center: nothing about centers to see.
        AccountsDialog dialog{Session(*m_database)};
        dialog.show();
        QVERIFY(dialog.table()->isColumnHidden(AccountsDialog::CenterColumn));
        QVERIFY(!childWithText<QPushButton>(dialog, u"C&enter…"_s)->isVisible());
    }
    const qint64 east = CenterStore(db()).add(u"C02"_s, u"东湖中心"_s).valueOr(0);
    QVERIFY(east > 0);
    AccountsDialog dialog{Session(*m_database)};
    dialog.show();
    QVERIFY(!dialog.table()->isColumnHidden(AccountsDialog::CenterColumn));
    QCOMPARE(dialog.table()->item(rowOf(dialog, u"admin"_s), AccountsDialog::CenterColumn)->text(),
             u"whole district"_s);
    // A clerk of the second center.
    QTimer::singleShot(0, this, [east] {
        auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(form);
        auto *center = form->findChild<QComboBox *>(u"center"_s);
        QVERIFY(center && center->isVisible());
        QCOMPARE(center->count(), 3); // two centers and the whole district
        center->setCurrentIndex(center->findData(east));
        form->findChild<QLineEdit *>(u"login"_s)->setText(u"east1"_s);
        form->findChild<QLineEdit *>(u"password"_s)->setText(u"Front-2026x"_s);
        form->findChild<QLineEdit *>(u"repeat"_s)->setText(u"Front-2026x"_s);
        form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    dialog.addAccount();
    QCOMPARE(UserStore(db()).byLogin(u"east1"_s)->centerId, east);
    const int row = rowOf(dialog, u"east1"_s);
    QCOMPARE(dialog.table()->item(row, AccountsDialog::CenterColumn)->text(), u"东湖中心"_s);
    // Moved to the first center.
    dialog.table()->selectRow(row);
    const QString first = CenterStore(db()).byId(1)->name;
    QTimer::singleShot(0, this, [first] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        input->setTextValue(first);
        input->accept();
    });
    dialog.changeCenter();
    QCOMPARE(UserStore(db()).byLogin(u"east1"_s)->centerId, 1);
    // A clerk cannot be of the whole district: said, nothing changed.
    dialog.table()->selectRow(rowOf(dialog, u"east1"_s));
    QTimer::singleShot(0, this, [] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        input->setTextValue(u"whole district (not for clerks)"_s);
        input->accept();
    });
    dialog.changeCenter();
    QCOMPARE(dialog.messageLabel()->text(), u"A clerk works at one center: choose which."_s);
    QCOMPARE(UserStore(db()).byLogin(u"east1"_s)->centerId, 1);
}

QTEST_MAIN(TstAccountsDialog)
#include "tst_accountsdialog.moc"
