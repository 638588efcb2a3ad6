#pragma once

#include "accesspolicy.h"
#include "actor.h"
#include "auditlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace linli {

struct UserAccount
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Clerk;
    bool mustChangePassword = false;
    bool disabled = false;
    QDateTime lockedUntil; // invalid: not locked
    int failedAttempts = 0;
    qint64 centerId = 0; // 0: the whole district
    qint64 staffId = 0;  // the staff member who signs in with it; 0: none
};

// The accounts people sign in with. Five wrong passwords in a row lock an account for fifteen
// minutes, counted in the database so that starting the program again changes nothing; an unknown
// login and a wrong password get the same answer in the same time. Changes to accounts need the
// ManageUsers permission (the first administrator excepted) and are audited.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)

public:
    static constexpr int attemptsBeforeLock = 5;
    static constexpr int lockMinutes = 15;
    static constexpr int shortestPassword = 8;

    enum class SignIn { Accepted, Refused, Locked, Failed };
    struct SignInResult
    {
        SignIn outcome = SignIn::Failed;
        Actor actor; // when accepted
        bool mustChangePassword = false;
        QString message; // for the person at the screen when not accepted
    };

    explicit UserStore(const QSqlDatabase &database);

    bool hasAccounts();
    // The accounts the actor looks after: all, or their own center's for an account of one center
    // (who changes no other center's accounts either).
    QList<UserAccount> all();
    std::optional<UserAccount> byLogin(const QString &login);

    // Why a password may not be used for `login`; empty when it may.
    static QString passwordProblem(const QString &login, const QString &password);

    // A new account; the first account of a database must be an administrator and needs no one's
    // permission. A clerk's account belongs to a center (in a database of one center, that one
    // unless told); an administrator of one center adds accounts of that center only. The new id.
    Result<qint64> add(const QString &login, const QString &displayName, Role role, const QString &password,
                       bool mustChangePassword = false, qint64 centerId = 0);
    // An administrator sets a new password (to be changed at the next sign-in) and lifts a lock.
    Result<void> resetPassword(const QString &login, const QString &password);
    // An administrator gives an account another role; the last active administrator stays one.
    Result<void> setRole(const QString &login, Role role);
    // The district's administrator moves an account to a center, or to none (0: the whole district,
    // not for clerks).
    Result<void> setCenter(const QString &login, qint64 centerId);
    // An administrator says which staff member signs in with an account (0: none): the handler the
    // quick log offers them, whose cases are "mine", who is recorded as taking case steps and making
    // phone checks. Only one account per staff member.
    Result<void> setStaff(const QString &login, qint64 staffId);
    // An administrator disables an account (nobody signs in with it, and its open windows may do
    // nothing more) or enables it again; nobody disables their own or the last administrator's.
    Result<void> setDisabled(const QString &login, bool disabled);
    // The signed-in user changes their own password.
    Result<void> changeOwnPassword(qint64 userId, const QString &oldPassword, const QString &newPassword);

    SignInResult signIn(const QString &login, const QString &password);
    // The one signed in on this connection leaves (LOGOUT in the audit log); the connection acts
    // for nobody until the next sign-in.
    Result<void> signOut();

    // For tests: the time used instead of now.
    void setClock(const QDateTime &now) { m_now = now; }

private:
    QDateTime now() const;
    // The account, if it is there and the actor's to look after.
    Result<UserAccount> existing(const QString &login);
    // The same, for an actor who may manage accounts.
    Result<UserAccount> manageable(const QString &login);
    // Whether an active administrator other than `userId` remains.
    bool anotherAdministrator(qint64 userId);
    // The center an account of `role` is given when `centerId` was asked for: the actor's own for an
    // administrator of one center, the only one for a clerk left without.
    Result<qint64> centerFor(Role role, qint64 centerId);
    // A wrong password for `account`, or an unknown login (no account).
    SignInResult refuse(const QString &login, const std::optional<UserAccount> &account, int failedAttempts);
    // UPDATE users SET `assignments` (bound to `values`) for one account, with its audit row, in one
    // transaction.
    Result<void> changeAccount(qint64 userId, const QString &assignments, const QVariantList &values,
                               const AuditLog::Entry &entry, const std::optional<Actor> &as = std::nullopt);
    static QString notAdded();
    static QString notChanged();

    QSqlDatabase m_database;
    QDateTime m_now;
};

} // namespace linli
