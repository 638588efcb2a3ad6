#include "auditlog.h"
#include "database.h"
#include "databaselocation.h"
#include "testsupport.h"
#include "userstore.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// Accounts and signing in: the first administrator, password rules, Argon2id hashes, the lock after
// five wrong passwords (kept across a restart, lifted after fifteen minutes or by a reset), the same
// answer for an unknown login, and who may manage accounts.
class TstUserStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theFirstAccountIsAnAdministrators();
    void passwordsFollowTheRules_data();
    void passwordsFollowTheRules();
    void onlyAnArgon2idHashIsStored();
    void fiveWrongPasswordsLockTheAccount();
    void theLockEndsAfterFifteenMinutes();
    void theLockSurvivesARestart();
    void anUnknownLoginIsAnsweredLikeAWrongPassword();
    void onlyAnAdministratorManagesAccounts();
    void aRoleChangedCountsFromTheNextAction();
    void aDisabledAccountDoesNothingMore();
    void aResetLiftsTheLockAndAsksForANewPassword();
    void signingInIsAudited();
    void anAccountBelongsToOneStaffMember();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    void reopen();
    qint64 auditRows(const QString &action) const;

    QTemporaryDir *m_dir = nullptr;
    Database *m_database = nullptr;
    const QString m_adminPassword = u"Linli-2026"_s;
    const QDateTime m_now{QDate(2026, 11, 24), QTime(9, 0), Qt::UTC};
};

void TstUserStore::init()
{
    m_dir = new QTemporaryDir;
    m_database = new Database;
    QVERIFY(DatabaseSetup::open(*m_database, locationFor(*m_dir)));
    UserStore users(db());
    LINLI_VERIFY_DONE(users.add(u"admin"_s, u"王管理"_s, Role::Admin, m_adminPassword));
}

void TstUserStore::cleanup()
{
    Actor::forget(db());
    delete m_database;
    delete m_dir;
}

void TstUserStore::reopen()
{
    Actor::forget(db());
    delete m_database;
    m_database = new Database;
    QVERIFY(DatabaseSetup::open(*m_database, locationFor(*m_dir)));
}

qint64 TstUserStore::auditRows(const QString &action) const
{
    return scalar(db(), u"SELECT count(*) FROM audit_log WHERE action = '%1'"_s.arg(action));
}

void TstUserStore::theFirstAccountIsAnAdministrators()
{
    LINLI_SQLITE_FILE_ONLY();
    reopen();
    QVERIFY(execRaw(dbPath(*m_dir), {u"DELETE FROM users"_s}));
    UserStore users(db());
    QVERIFY(!users.hasAccounts());
    const Result<qint64> clerkFirst = users.add(u"clerk1"_s, {}, Role::Clerk, u"Desk-2026x"_s);
    QVERIFY(clerkFirst.is(Problem::Kind::Invalid));
    QVERIFY(clerkFirst.message().contains(u"administrator"_s));
    LINLI_VERIFY_DONE(users.add(u"boss"_s, {}, Role::Admin, u"Desk-2026x"_s));
    QVERIFY(users.hasAccounts());
}

void TstUserStore::passwordsFollowTheRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("too short") << u"Ab3$xyz"_s << false;
    QTest::newRow("contains the login") << u"zhangsan2026"_s << false;
    QTest::newRow("common") << u"woaini1314"_s << false;
    QTest::newRow("letters only") << u"abcdefghij"_s << false;
    QTest::newRow("digits only") << u"3141592653"_s << false;
    QTest::newRow("one repeated") << u"8888888888"_s << false;
    QTest::newRow("letters and digits") << u"lantern42x"_s << true;
    QTest::newRow("Chinese and digits") << u"邻里中心服务2026"_s << true;
}

void TstUserStore::passwordsFollowTheRules()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QCOMPARE(UserStore::passwordProblem(u"zhangsan"_s, password).isEmpty(), accepted);
    UserStore users(db());
    QCOMPARE(users.add(u"zhangsan"_s, u"张三"_s, Role::Clerk, password).isDone(), accepted);
}

void TstUserStore::onlyAnArgon2idHashIsStored()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(u"SELECT password_hash FROM users WHERE login = 'admin'"_s) && query.next());
    QVERIFY(query.value(0).toString().startsWith(u"$argon2id$v=19$m="_s));
    LINLI_SQLITE_FILE_ONLY();
    reopen();
    QVERIFY(!fileDigest(dbPath(*m_dir)).isEmpty());
    QFile file(dbPath(*m_dir));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(m_adminPassword.toUtf8()));
}

void TstUserStore::fiveWrongPasswordsLockTheAccount()
{
    UserStore users(db());
    users.setClock(m_now);
    for (int attempt = 1; attempt < UserStore::attemptsBeforeLock; ++attempt)
        QCOMPARE(users.signIn(u"admin"_s, u"wrong-%1x"_s.arg(attempt)).outcome, UserStore::SignIn::Refused);
    const UserStore::SignInResult fifth = users.signIn(u"admin"_s, u"wrong-5x"_s);
    QCOMPARE(fifth.outcome, UserStore::SignIn::Locked);
    QVERIFY(fifth.message.contains(u"15"_s));
    // The right password does not open a locked account.
    users.setClock(m_now.addSecs(60));
    const UserStore::SignInResult sixth = users.signIn(u"admin"_s, m_adminPassword);
    QCOMPARE(sixth.outcome, UserStore::SignIn::Locked);
    QVERIFY(sixth.message.contains(u"14"_s));
    QCOMPARE(auditRows(u"LOCKOUT"_s), 1);
}

void TstUserStore::theLockEndsAfterFifteenMinutes()
{
    UserStore users(db());
    users.setClock(m_now);
    for (int attempt = 0; attempt < UserStore::attemptsBeforeLock; ++attempt)
        users.signIn(u"admin"_s, u"wrong-pass-1"_s);
    users.setClock(m_now.addSecs(14 * 60 + 59));
    QCOMPARE(users.signIn(u"admin"_s, m_adminPassword).outcome, UserStore::SignIn::Locked);
    users.setClock(m_now.addSecs(15 * 60 + 1));
    QCOMPARE(users.signIn(u"admin"_s, m_adminPassword).outcome, UserStore::SignIn::Accepted);
    QCOMPARE(users.byLogin(u"admin"_s)->failedAttempts, 0);
    QVERIFY(!users.byLogin(u"admin"_s)->lockedUntil.isValid());
    // One wrong password after the lock is one, not six.
    QCOMPARE(users.signIn(u"admin"_s, u"wrong-pass-1"_s).outcome, UserStore::SignIn::Refused);
    QCOMPARE(users.byLogin(u"admin"_s)->failedAttempts, 1);
}

void TstUserStore::theLockSurvivesARestart()
{
    {
        UserStore users(db());
        users.setClock(m_now);
        for (int attempt = 0; attempt < UserStore::attemptsBeforeLock; ++attempt)
            users.signIn(u"admin"_s, u"wrong-pass-1"_s);
    }
    reopen();
    UserStore users(db());
    users.setClock(m_now.addSecs(5 * 60));
    QCOMPARE(users.signIn(u"admin"_s, m_adminPassword).outcome, UserStore::SignIn::Locked);
}

void TstUserStore::anUnknownLoginIsAnsweredLikeAWrongPassword()
{
    UserStore users(db());
    QElapsedTimer timer;
    timer.start();
    const UserStore::SignInResult wrong = users.signIn(u"admin"_s, u"wrong-pass-1"_s);
    const qint64 wrongTime = timer.restart();
    const UserStore::SignInResult unknown = users.signIn(u"nobody"_s, u"wrong-pass-1"_s);
    const qint64 unknownTime = timer.elapsed();
    QCOMPARE(unknown.outcome, wrong.outcome);
    QCOMPARE(unknown.message, wrong.message);
    // The unknown login also pays for a password check (Argon2id: tens of milliseconds, a lookup
    // alone well under one): generous bounds, only to show the check is not skipped.
    QVERIFY2(unknownTime * 3 >= wrongTime, qPrintable(u"%1 ms vs %2 ms"_s.arg(unknownTime).arg(wrongTime)));
}

void TstUserStore::onlyAnAdministratorManagesAccounts()
{
    UserStore users(db());
    QVERIFY(users.add(u"clerk1"_s, u"李敏"_s, Role::Clerk, u"Desk-2026x"_s).isDone());
    QVERIFY(users.add(u"boss1"_s, u"赵主任"_s, Role::Manager, u"Desk-2026y"_s).isDone());
    for (const QString &login : {u"clerk1"_s, u"boss1"_s}) {
        QCOMPARE(users.signIn(login, login == u"clerk1"_s ? u"Desk-2026x"_s : u"Desk-2026y"_s).outcome,
                 UserStore::SignIn::Accepted);
        QCOMPARE(Actor::of(db()).login, login);
        const Result<qint64> refused = users.add(u"new1"_s, {}, Role::Clerk, u"Desk-2026z"_s);
        QVERIFY(refused.is(Problem::Kind::NotPermitted));
        QVERIFY2(refused.message().contains(u"Administrator"_s), qPrintable(refused.message()));
        QVERIFY(!users.resetPassword(u"admin"_s, u"Other-2026z"_s).isDone());
    }
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM users WHERE login = 'new1'"_s), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE result = 'denied'"_s), 4);
    QCOMPARE(users.signIn(u"admin"_s, m_adminPassword).outcome, UserStore::SignIn::Accepted);
    LINLI_VERIFY_DONE(users.add(u"new1"_s, {}, Role::Clerk, u"Desk-2026z"_s));
}

void TstUserStore::anAccountBelongsToOneStaffMember()
{
    QVERIFY(addDeskPeople(db(), u"(1, '李敏', 1), (2, '张伟', 1), (3, '陈静', 0)"_s));
    UserStore users(db());
    LINLI_VERIFY_DONE(users.add(u"clerk1"_s, u"李敏"_s, Role::Clerk, u"Desk-2026x"_s));
    LINLI_VERIFY_DONE(users.add(u"clerk2"_s, u"张伟"_s, Role::Clerk, u"Desk-2026y"_s));
    LINLI_VERIFY_DONE(users.setStaff(u"clerk1"_s, 1));
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'UPDATE' AND object_type = 'user' "
                    "AND changes = 'staff: 0 → 1'"_s),
             1);
    // One account per person, and only for someone still working here.
    QVERIFY(users.setStaff(u"clerk2"_s, 1).is(Problem::Kind::Invalid));
    QVERIFY(users.setStaff(u"clerk2"_s, 3).is(Problem::Kind::Invalid));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM users WHERE staff_id IS NOT NULL"_s), 1);
    // Signed in, the account acts as its staff member.
    QCOMPARE(users.signIn(u"clerk1"_s, u"Desk-2026x"_s).outcome, UserStore::SignIn::Accepted);
    QCOMPARE(Actor::of(db()).staffId, 1);
    // A clerk links nobody, not even themselves.
    QVERIFY(users.setStaff(u"clerk2"_s, 2).is(Problem::Kind::NotPermitted));
    Actor::forget(db());
    LINLI_VERIFY_DONE(users.setStaff(u"clerk1"_s, 0));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM users WHERE staff_id IS NOT NULL"_s), 0);
}

void TstUserStore::aRoleChangedCountsFromTheNextAction()
{
    UserStore users(db());
    QVERIFY(users.add(u"clerk1"_s, u"李敏"_s, Role::Clerk, u"Desk-2026x"_s).isDone());
    QCOMPARE(users.signIn(u"clerk1"_s, u"Desk-2026x"_s).outcome, UserStore::SignIn::Accepted);
    const Actor clerk = Actor::of(db());
    QVERIFY(Actor::require(db(), Permission::BulkExport).is(Problem::Kind::NotPermitted));
    QVERIFY(!users.setRole(u"clerk1"_s, Role::Manager).isDone()); // not their own promotion

    Actor::forget(db()); // an administrator, meanwhile
    LINLI_VERIFY_DONE(users.setRole(u"clerk1"_s, Role::Manager));
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'UPDATE' AND object_type = 'user' "
                    "AND changes = 'role: clerk → manager'"_s),
             1);
    // The desk still signed in as it was: its next action goes by the new role.
    Actor::actFor(db(), clerk);
    QVERIFY(Actor::require(db(), Permission::BulkExport).isDone());
    QCOMPARE(Actor::of(db()).role, Role::Manager);

    // The last administrator stays one.
    Actor::forget(db());
    const Result<void> lastAdministrator = users.setRole(u"admin"_s, Role::Manager);
    QVERIFY2(lastAdministrator.message().contains(u"only administrator"_s), qPrintable(lastAdministrator.message()));
    QCOMPARE(users.byLogin(u"admin"_s)->role, Role::Admin);
}

void TstUserStore::aDisabledAccountDoesNothingMore()
{
    UserStore users(db());
    QVERIFY(users.add(u"clerk1"_s, u"李敏"_s, Role::Manager, u"Desk-2026x"_s).isDone());
    QCOMPARE(users.signIn(u"clerk1"_s, u"Desk-2026x"_s).outcome, UserStore::SignIn::Accepted);
    const Actor signedIn = Actor::of(db());
    Actor::forget(db());
    QVERIFY(users.setDisabled(u"clerk1"_s, true).isDone());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE changes = 'disabled'"_s), 1);
    // The open window's next action is refused; signing in again is answered like a wrong password.
    Actor::actFor(db(), signedIn);
    const Result<void> refused = Actor::require(db(), Permission::BulkExport);
    QVERIFY(refused.is(Problem::Kind::NotPermitted));
    QVERIFY2(refused.message().contains(u"disabled"_s), qPrintable(refused.message()));
    const UserStore::SignInResult again = users.signIn(u"clerk1"_s, u"Desk-2026x"_s);
    QCOMPARE(again.outcome, UserStore::SignIn::Refused);
    QCOMPARE(again.message, users.signIn(u"nobody"_s, u"Desk-2026x"_s).message);

    Actor::forget(db());
    QVERIFY(users.setDisabled(u"clerk1"_s, false).isDone());
    QCOMPARE(users.signIn(u"clerk1"_s, u"Desk-2026x"_s).outcome, UserStore::SignIn::Accepted);
    // Nobody disables themselves, nor the last administrator.
    QCOMPARE(users.signIn(u"admin"_s, m_adminPassword).outcome, UserStore::SignIn::Accepted);
    QVERIFY(!users.setDisabled(u"admin"_s, true).isDone());
    Actor::forget(db());
    QVERIFY(users.setDisabled(u"admin"_s, true).message().contains(u"only administrator"_s));
}

void TstUserStore::aResetLiftsTheLockAndAsksForANewPassword()
{
    UserStore users(db());
    QVERIFY(users.add(u"clerk1"_s, u"李敏"_s, Role::Clerk, u"Desk-2026x"_s).isDone());
    for (int attempt = 0; attempt < UserStore::attemptsBeforeLock; ++attempt)
        users.signIn(u"clerk1"_s, u"wrong-pass-1"_s);
    QVERIFY(users.byLogin(u"clerk1"_s)->lockedUntil.isValid());
    Actor::forget(db()); // the command line, as an administrator's script
    LINLI_VERIFY_DONE(users.resetPassword(u"clerk1"_s, u"Fresh-2026x"_s));
    const UserStore::SignInResult result = users.signIn(u"clerk1"_s, u"Fresh-2026x"_s);
    QCOMPARE(result.outcome, UserStore::SignIn::Accepted);
    QVERIFY(result.mustChangePassword);
    QVERIFY(!users.changeOwnPassword(result.actor.userId, u"Fresh-2026x"_s, u"Fresh-2026x"_s).isDone());
    QVERIFY(!users.changeOwnPassword(result.actor.userId, u"not-it-2026"_s, u"Newer-2026x"_s).isDone());
    QVERIFY(users.changeOwnPassword(result.actor.userId, u"Fresh-2026x"_s, u"Newer-2026x"_s).isDone());
    QVERIFY(!users.byLogin(u"clerk1"_s)->mustChangePassword);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE action = 'UPDATE' AND object_type = 'user'"_s), 2);
}

void TstUserStore::signingInIsAudited()
{
    UserStore users(db());
    users.signIn(u"admin"_s, u"wrong-pass-1"_s);
    users.signIn(u"ghost"_s, u"wrong-pass-1"_s);
    users.signIn(u"admin"_s, m_adminPassword);
    QCOMPARE(auditRows(u"LOGIN_FAIL"_s), 2);
    QCOMPARE(auditRows(u"LOGIN_OK"_s), 1);
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'LOGIN_FAIL' AND login = 'ghost' AND role = ''"_s),
             1);
    // A wrong password is written with the account's own role.
    QCOMPARE(
            scalar(db(),
                   u"SELECT count(*) FROM audit_log WHERE action = 'LOGIN_FAIL' AND login = 'admin' AND role = 'admin'"_s),
            1);
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'LOGIN_OK' AND role = 'admin' "
                    "AND user_id = (SELECT id FROM users WHERE login = 'admin')"_s),
             1);
    QVERIFY(!AuditLog(db()).firstBrokenRow());
}

QTEST_MAIN(TstUserStore)
#include "tst_userstore.moc"
