#include "database.h"
#include "databaselocation.h"
#include "idlelock.h"
#include "signindialog.h"
#include "testsupport.h"
#include "userstore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The window locks after a while without use: covered, its contents kept, opened again only by the
// password of the one signed in; a wrong password keeps it locked.
class TstIdleLock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void locksWhenIdleAndOpensWithThePassword();
    void useKeepsItOpen();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    FreshDatabase m_database;
};

void TstIdleLock::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_database.open());
    UserStore users(db());
    QVERIFY(users.add(u"admin"_s, {}, Role::Admin, u"Linli-2026"_s).isDone());
    QCOMPARE(users.signIn(u"admin"_s, u"Linli-2026"_s).outcome, UserStore::SignIn::Accepted);
}

void TstIdleLock::cleanup()
{
    Actor::forget(db());
    m_database.close();
}

void TstIdleLock::locksWhenIdleAndOpensWithThePassword()
{
    QWidget window;
    auto *form = new QLineEdit(u"王秀英, half typed"_s, &window);
    window.resize(600, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IdleLock lock(Session(*m_database), std::chrono::milliseconds(100));
    QStringList seen;
    // Once locked: the window is covered; a wrong password, then the right one.
    connect(&lock, &IdleLock::locked, this, [&] {
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            window.resize(800, 500); // made larger while locked: still covered whole
            QWidget *cover = nullptr;
            for (QWidget *child : window.findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
                if (child != form && child->isVisible() && child->geometry() == window.rect())
                    cover = child;
            }
            seen << (cover ? u"covered"_s : u"bare"_s);
            seen << (dialog->loginField()->text() + (dialog->loginField()->isEnabled() ? u" editable"_s : u""_s));
            dialog->passwordField()->setText(u"Linli-2025"_s);
            dialog->accept();
            seen << dialog->messageLabel()->text();
            dialog->passwordField()->setText(u"Linli-2026"_s);
            dialog->accept();
        });
    });
    QSignalSpy unlocked(&lock, &IdleLock::unlocked);
    QVERIFY(unlocked.wait(5000));
    QCOMPARE(seen, (QStringList{u"covered"_s, u"admin"_s, u"The login or the password is not right."_s}));
    QVERIFY(!lock.isLocked());
    QCOMPARE(form->text(), u"王秀英, half typed"_s); // nothing lost
    for (QWidget *child : window.findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        QVERIFY(child == form || !child->isVisible());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE action = 'LOGIN_FAIL' AND login = 'admin'"_s), 1);
}

void TstIdleLock::useKeepsItOpen()
{
    QWidget window;
    window.resize(300, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IdleLock lock(Session(*m_database), std::chrono::milliseconds(3000));
    QSignalSpy locked(&lock, &IdleLock::locked);
    // Should it lock after all, the password opens it again, so that the test fails rather than waits.
    connect(&lock, &IdleLock::locked, this, [this] {
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget())) {
                dialog->passwordField()->setText(u"Linli-2026"_s);
                dialog->accept();
            }
        });
    });
    // Four seconds of keys every tenth of a second: never three seconds without use.
    for (int i = 0; i < 40; ++i) {
        QTest::qWait(100);
        QTest::keyClick(&window, Qt::Key_Shift);
    }
    QCOMPARE(locked.count(), 0);
    QVERIFY(lock.remaining() > std::chrono::milliseconds(2000));
}

QTEST_MAIN(TstIdleLock)
#include "tst_idlelock.moc"
