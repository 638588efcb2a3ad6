#include "database.h"
#include "databaselocation.h"
#include "signindialog.h"
#include "testsupport.h"
#include "userstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The sign-in dialog on real widgets: the first administrator of a new database, a refused and an
// accepted sign-in, and a password set by the administrator replaced at the first sign-in.
class TstSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aNewDatabaseMakesItsAdministratorFirst();
    void aWrongPasswordIsSaidAndTheDialogStays();
    void aPasswordSetByTheAdministratorIsReplaced();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    static void type(QLineEdit *field, const QString &text);
    static void pressOk(SignInDialog &dialog);
    FreshDatabase m_database;
};

void TstSignInDialog::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_database.open());
}

void TstSignInDialog::cleanup()
{
    Actor::forget(db());
    m_database.close();
}

void TstSignInDialog::type(QLineEdit *field, const QString &text)
{
    field->clear();
    // QTest types ASCII only; a Chinese name comes in as an input method would put it.
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(field, text);
    else
        field->insert(text);
}

void TstSignInDialog::pressOk(SignInDialog &dialog)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TstSignInDialog::aNewDatabaseMakesItsAdministratorFirst()
{
    SignInDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.mode(), SignInDialog::Mode::FirstAdministrator);
    QVERIFY(dialog.repeatField()->isVisible() && dialog.nameField()->isVisible());
    QCOMPARE(dialog.loginField()->text(), u"admin"_s);
    type(dialog.nameField(), u"王管理"_s);
    type(dialog.passwordField(), u"Linli-2026"_s);
    type(dialog.repeatField(), u"Linli-2025"_s);
    pressOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageLabel()->text().contains(u"differ"_s));
    type(dialog.passwordField(), u"short"_s);
    type(dialog.repeatField(), u"short"_s);
    pressOk(dialog);
    QVERIFY(dialog.messageLabel()->text().contains(u"at least 8"_s));
    QVERIFY(!UserStore(db()).hasAccounts());
    type(dialog.passwordField(), u"Linli-2026"_s);
    type(dialog.repeatField(), u"Linli-2026"_s);
    pressOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().role, Role::Admin);
    QCOMPARE(Actor::of(db()).login, u"admin"_s);
    QCOMPARE(UserStore(db()).byLogin(u"admin"_s)->displayName, u"王管理"_s);
}

void TstSignInDialog::aWrongPasswordIsSaidAndTheDialogStays()
{
    QVERIFY(UserStore(db()).add(u"admin"_s, {}, Role::Admin, u"Linli-2026"_s).isDone());
    SignInDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.mode(), SignInDialog::Mode::SignIn);
    QVERIFY(!dialog.repeatField()->isVisible());
    type(dialog.loginField(), u"admin"_s);
    type(dialog.passwordField(), u"Linli-2025"_s);
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.messageLabel()->text(), u"The login or the password is not right."_s);
    QVERIFY(dialog.passwordField()->text().isEmpty());
    QCOMPARE(Actor::of(db()).userId, 0); // nobody signed in on the connection
    type(dialog.passwordField(), u"Linli-2026"_s);
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Actor::of(db()).login, u"admin"_s);
}

void TstSignInDialog::aPasswordSetByTheAdministratorIsReplaced()
{
    UserStore users(db());
    QVERIFY(users.add(u"admin"_s, {}, Role::Admin, u"Linli-2026"_s).isDone());
    QVERIFY(users.add(u"clerk1"_s, u"李敏"_s, Role::Clerk, u"Desk-2026x"_s, true).isDone());
    SignInDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog.loginField(), u"clerk1"_s);
    type(dialog.passwordField(), u"Desk-2026x"_s);
    pressOk(dialog);
    QCOMPARE(dialog.mode(), SignInDialog::Mode::NewPassword);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.loginField()->isEnabled());
    type(dialog.passwordField(), u"Desk-2026x"_s);
    type(dialog.repeatField(), u"Desk-2026x"_s);
    pressOk(dialog);
    QVERIFY(dialog.messageLabel()->text().contains(u"differ from the present"_s));
    type(dialog.passwordField(), u"Mine-only-7"_s);
    type(dialog.repeatField(), u"Mine-only-7"_s);
    pressOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().role, Role::Clerk);
    QVERIFY(!UserStore(db()).byLogin(u"clerk1"_s)->mustChangePassword);
    QCOMPARE(UserStore(db()).signIn(u"clerk1"_s, u"Mine-only-7"_s).outcome, UserStore::SignIn::Accepted);
}

QTEST_MAIN(TstSignInDialog)
#include "tst_signindialog.moc"
