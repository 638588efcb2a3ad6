#include "actor.h"
#include "ownpassworddialog.h"
#include "userstore.h"
#include "testsupport.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// A signed-in person changes their own password from the menu.
class TstOwnPasswordDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changesTheSignedInPersonsPassword();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    FreshDatabase m_database;
};

void TstOwnPasswordDialog::init()
{
    QVERIFY(m_database.open());
    UserStore users(db());
    LINLI_VERIFY_DONE(users.add(u"admin"_s, u"王管理"_s, Role::Admin, u"Linli-2026"_s));
    LINLI_VERIFY_DONE(users.add(u"clerk1"_s, u"李敏"_s, Role::Clerk, u"Desk-2026x"_s));
    QCOMPARE(users.signIn(u"clerk1"_s, u"Desk-2026x"_s).outcome, UserStore::SignIn::Accepted);
}

void TstOwnPasswordDialog::cleanup()
{
    Actor::forget(db());
    m_database.close();
}

void TstOwnPasswordDialog::changesTheSignedInPersonsPassword()
{
    OwnPasswordDialog dialog{Session(*m_database)};
    dialog.show();
    QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QTest::keyClicks(dialog.presentBox(), u"wrong-2026"_s);
    QTest::keyClicks(dialog.newBox(), u"Morning-2027"_s);
    QTest::keyClicks(dialog.repeatBox(), u"Morning-2027"_s);
    save->click();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(u"present password"_s), qPrintable(dialog.message()));
    dialog.presentBox()->clear();
    QTest::keyClicks(dialog.presentBox(), u"Desk-2026x"_s);
    QTest::keyClick(dialog.repeatBox(), Qt::Key_Backspace);
    save->click();
    QVERIFY2(dialog.message().contains(u"differ"_s), qPrintable(dialog.message()));
    QTest::keyClicks(dialog.repeatBox(), u"7"_s);
    save->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    UserStore users(db());
    QCOMPARE(users.signIn(u"clerk1"_s, u"Desk-2026x"_s).outcome, UserStore::SignIn::Refused);
    QCOMPARE(users.signIn(u"clerk1"_s, u"Morning-2027"_s).outcome, UserStore::SignIn::Accepted);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE changes = 'own_password_changed'"_s), 1);
}

QTEST_MAIN(TstOwnPasswordDialog)
#include "tst_ownpassworddialog.moc"
