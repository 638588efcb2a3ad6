#include "userstore.h"

#include "auditlog.h"
#include "centerstore.h"
#include "logging.h"
#include "passwordhash.h"
#include "sqlselect.h"
#include "storageerror.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const QString accountColumns
        = u"id, login, display_name, role, must_change_password, disabled, locked_until, failed_attempts, "
          "coalesce(center_id, 0), coalesce(staff_id, 0)"_s;

UserAccount accountFrom(const QSqlQuery &query)
{
    UserAccount account;
    account.id = query.value(0).toLongLong();
    account.login = query.value(1).toString();
    account.displayName = query.value(2).toString();
    account.role = AccessPolicy::roleFromKey(query.value(3).toString()).value_or(Role::Clerk);
    account.mustChangePassword = query.value(4).toBool();
    account.disabled = query.value(5).toBool();
    account.lockedUntil
            = query.value(6).isNull() ? QDateTime() : QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
    account.failedAttempts = query.value(7).toInt();
    account.centerId = query.value(8).toLongLong();
    account.staffId = query.value(9).toLongLong();
    return account;
}

Actor actorOf(const UserAccount &account)
{
    Actor actor{account.id, account.login, account.displayName.isEmpty() ? account.login : account.displayName,
                account.role};
    actor.centerId = account.centerId;
    actor.staffId = account.staffId;
    return actor;
}

// Passwords people choose when told to choose one.
const QStringList tooCommon
        = {u"12345678"_s, u"123456789"_s, u"1234567890"_s, u"87654321"_s, u"password"_s,  u"password1"_s, u"11111111"_s,
           u"88888888"_s, u"66666666"_s,  u"00000000"_s,   u"qwertyui"_s, u"qwerty123"_s, u"abcd1234"_s,  u"a1234567"_s,
           u"abc12345"_s, u"iloveyou"_s,  u"woaini1314"_s, u"admin123"_s, u"admin1234"_s};

} // namespace

UserStore::UserStore(const QSqlDatabase &database)
    : m_database(database)
{}

QDateTime UserStore::now() const
{
    return m_now.isValid() ? m_now.toUTC() : QDateTime::currentDateTimeUtc();
}

bool UserStore::hasAccounts()
{
    QSqlQuery query(m_database);
    return query.exec(u"SELECT 1 FROM users LIMIT 1"_s) && query.next();
}

QList<UserAccount> UserStore::all()
{
    QList<UserAccount> accounts;
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT %1 FROM users ORDER BY login"_s.arg(accountColumns))) {
        qCWarning(lcDatabase) << "the accounts could not be read:" << query.lastError().text();
        return accounts;
    }
    // An administrator of one center looks after that center's accounts alone.
    const qint64 own = Actor::of(m_database).centerId;
    while (query.next()) {
        UserAccount account = accountFrom(query);
        if (own == 0 || account.centerId == own)
            accounts.append(std::move(account));
    }
    return accounts;
}

std::optional<UserAccount> UserStore::byLogin(const QString &login)
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT %1 FROM users WHERE login = ?"_s.arg(accountColumns));
    query.addBindValue(login.trimmed());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return accountFrom(query);
}

QString UserStore::passwordProblem(const QString &login, const QString &password)
{
    if (password.size() < shortestPassword)
        return tr("A password needs at least %1 characters.").arg(shortestPassword);
    const QString lower = password.toLower();
    if (!login.trimmed().isEmpty() && lower.contains(login.trimmed().toLower()))
        return tr("A password may not contain the login name.");
    if (tooCommon.contains(lower))
        return tr("This password is among the first ones anyone would try.");
    bool letters = false, digits = false, others = false;
    for (const QChar c : password) {
        if (c.isLetter())
            letters = true;
        else if (c.isDigit())
            digits = true;
        else
            others = true;
    }
    if (int(letters) + int(digits) + int(others) < 2)
        return tr("A password needs two kinds of characters of letters, digits and signs.");
    if (password.count(password.front()) == password.size())
        return tr("A password may not be one character repeated.");
    return {};
}

Result<qint64> UserStore::add(const QString &login, const QString &displayName, Role role, const QString &password,
                              bool mustChangePassword, qint64 centerId)
{
    const QString name = login.trimmed();
    const bool first = !hasAccounts();
    if (first && role != Role::Admin)
        return Problem::invalid(tr("The first account must be an administrator's."));
    if (!first) {
        if (const Result<void> allowed = Actor::require(m_database, Permission::ManageUsers); !allowed.isDone())
            return allowed.problem();
    }
    if (name.isEmpty() || name.contains(u' ') || name.size() > 40)
        return Problem::invalid(tr("A login is one word of at most 40 characters."));
    if (const QString problem = passwordProblem(name, password); !problem.isEmpty())
        return Problem::invalid(problem);
    if (const std::optional<UserAccount> taken = byLogin(name))
        return Problem::duplicate(tr("The login %1 is taken.").arg(name), taken->id);
    const Result<qint64> center = first ? Result<qint64>(0) : centerFor(role, centerId);
    if (!center.isDone())
        return center;
    const QString hash = PasswordHash::make(password);
    if (hash.isEmpty())
        return Problem::failed(tr("The password could not be stored (not enough memory)."));
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Accounts);
    if (!transaction.isActive())
        return StorageError::failure(StorageError::lastOn(m_database), notAdded(), transaction.lastDriverError());
    QSqlQuery insert(m_database);
    insert.prepare(u"INSERT INTO users (login, display_name, role, password_hash, must_change_password, created_at, "
                   "center_id) VALUES (?, coalesce(?, ''), ?, ?, ?, ?, ?) RETURNING id"_s);
    insert.addBindValue(name);
    insert.addBindValue(displayName.trimmed());
    insert.addBindValue(AccessPolicy::key(role));
    insert.addBindValue(hash);
    insert.addBindValue(mustChangePassword ? 1 : 0);
    insert.addBindValue(now().toString(Qt::ISODate));
    insert.addBindValue(center.value() > 0 ? QVariant(center.value()) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!insert.exec())
        return StorageError::failure(insert.lastError(), notAdded());
    const qint64 id = returnedId(insert);
    AuditLog audit(m_database);
    QString changes = u"login=%1; role=%2"_s.arg(name, AccessPolicy::key(role));
    if (center.value() > 0)
        changes += u"; center=%1"_s.arg(center.value());
    if (!audit.record({u"CREATE"_s, u"user"_s, id, changes}))
        return Problem::failed(notAdded(), audit.lastError());
    if (!transaction.commit())
        return StorageError::failure(StorageError::lastOn(m_database), notAdded(), transaction.lastDriverError());
    return id;
}

QString UserStore::notAdded()
{
    return tr("The account could not be added: the database refused it.");
}

QString UserStore::notChanged()
{
    return tr("The account could not be changed: the database refused it.");
}

Result<UserAccount> UserStore::manageable(const QString &login)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::ManageUsers); !allowed.isDone())
        return allowed.problem();
    return existing(login);
}

Result<void> UserStore::resetPassword(const QString &login, const QString &password)
{
    const Result<UserAccount> account = manageable(login);
    if (!account.isDone())
        return account.problem();
    if (const QString problem = passwordProblem(account.value().login, password); !problem.isEmpty())
        return Problem::invalid(problem);
    const qint64 id = account.value().id;
    return changeAccount(id, u"password_hash = ?, must_change_password = 1, failed_attempts = 0, locked_until = NULL"_s,
                         {PasswordHash::make(password)},
                         {u"UPDATE"_s, u"user"_s, id, u"password_reset; unlocked"_s, u"ok"_s});
}

Result<UserAccount> UserStore::existing(const QString &login)
{
    std::optional<UserAccount> account = byLogin(login);
    if (!account)
        return Problem::invalid(tr("There is no account %1.").arg(login.trimmed()));
    if (const qint64 own = Actor::of(m_database).centerId; own > 0 && account->centerId != own)
        return Problem::notPermitted(tr("%1 is an account of another center.").arg(account->login));
    return *account;
}

bool UserStore::anotherAdministrator(qint64 userId)
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND disabled = 0 AND id <> ?)"_s);
    query.addBindValue(userId);
    return query.exec() && query.next() && query.value(0).toBool();
}

Result<qint64> UserStore::centerFor(Role role, qint64 centerId)
{
    const qint64 own = Actor::of(m_database).centerId;
    if (own > 0 && centerId > 0 && centerId != own)
        return Problem::notPermitted(tr("You may give accounts your own center only."));
    const QList<Center> centers = CenterStore(m_database).all();
    if (own > 0)
        return own;
    if (centerId > 0) {
        const auto isAsked = [centerId](const Center &center) { return center.id == centerId; };
        if (std::none_of(centers.cbegin(), centers.cend(), isAsked))
            return Problem::invalid(tr("There is no such center."));
        return centerId;
    }
    if (role != Role::Clerk)
        return 0;
    if (centers.size() == 1)
        return centers.constFirst().id;
    return Problem::invalid(tr("A clerk works at one center: choose which."));
}

Result<void> UserStore::setCenter(const QString &login, qint64 centerId)
{
    const Result<UserAccount> found = manageable(login);
    if (!found.isDone())
        return found.problem();
    if (Actor::of(m_database).centerId > 0)
        return Problem::notPermitted(
                tr("Only an administrator of the whole district may move accounts between centers."));
    const UserAccount &account = found.value();
    if (account.role == Role::Clerk && centerId <= 0)
        return Problem::invalid(tr("A clerk works at one center: choose which."));
    const Result<qint64> center = centerFor(account.role, centerId);
    if (!center.isDone())
        return center.problem();
    if (account.centerId == center.value())
        return Result<void>::done();
    return changeAccount(account.id, u"center_id = ?"_s,
                         {center.value() > 0 ? QVariant(center.value()) : QVariant(QMetaType(QMetaType::LongLong))},
                         {u"UPDATE"_s, u"user"_s, account.id,
                          u"center: %1 → %2"_s.arg(account.centerId).arg(center.value()), u"ok"_s});
}

Result<void> UserStore::setStaff(const QString &login, qint64 staffId)
{
    const Result<UserAccount> found = manageable(login);
    if (!found.isDone())
        return found.problem();
    const UserAccount &account = found.value();
    if (account.staffId == staffId)
        return Result<void>::done();
    if (staffId > 0) {
        QSqlQuery query(m_database);
        query.prepare(u"SELECT (SELECT count(*) FROM staff WHERE id = ? AND active = 1), "
                      "(SELECT min(login) FROM users WHERE staff_id = ? AND id <> ?)"_s);
        query.addBindValue(staffId);
        query.addBindValue(staffId);
        query.addBindValue(account.id);
        if (!query.exec() || !query.next())
            return StorageError::failure(query.lastError(), notChanged());
        if (query.value(0).toLongLong() == 0)
            return Problem::invalid(tr("This staff member is not working here (any more)."));
        if (!query.value(1).isNull())
            return Problem::invalid(tr("This staff member signs in as %1 already; one account per person.")
                                            .arg(query.value(1).toString()));
    }
    return changeAccount(account.id, u"staff_id = ?"_s,
                         {staffId > 0 ? QVariant(staffId) : QVariant(QMetaType(QMetaType::LongLong))},
                         {u"UPDATE"_s, u"user"_s, account.id, u"staff: %1 → %2"_s.arg(account.staffId).arg(staffId),
                          u"ok"_s});
}

Result<void> UserStore::setRole(const QString &login, Role role)
{
    const Result<UserAccount> found = manageable(login);
    if (!found.isDone())
        return found.problem();
    const UserAccount &account = found.value();
    if (account.role == role)
        return Result<void>::done();
    if (account.role == Role::Admin && !anotherAdministrator(account.id))
        return Problem::invalid(
                tr("%1 is the only administrator; make another account an administrator first.").arg(account.login));
    // A clerk works at a center: one left without is given the only one, if there is one.
    qint64 center = account.centerId;
    if (role == Role::Clerk && center == 0) {
        const Result<qint64> given = centerFor(role, 0);
        if (!given.isDone())
            return given.problem();
        center = given.value();
    }
    return changeAccount(account.id, u"role = ?, center_id = ?"_s,
                         {AccessPolicy::key(role),
                          center > 0 ? QVariant(center) : QVariant(QMetaType(QMetaType::LongLong))},
                         {u"UPDATE"_s, u"user"_s, account.id,
                          u"role: %1 → %2"_s.arg(AccessPolicy::key(account.role), AccessPolicy::key(role)), u"ok"_s});
}

Result<void> UserStore::setDisabled(const QString &login, bool disabled)
{
    const Result<UserAccount> found = manageable(login);
    if (!found.isDone())
        return found.problem();
    const UserAccount &account = found.value();
    if (account.disabled == disabled)
        return Result<void>::done();
    if (disabled && account.id == Actor::of(m_database).userId)
        return Problem::invalid(tr("You cannot disable your own account."));
    if (disabled && account.role == Role::Admin && !anotherAdministrator(account.id))
        return Problem::invalid(tr("%1 is the only administrator; it cannot be disabled.").arg(account.login));
    return changeAccount(account.id, u"disabled = ?"_s, {disabled ? 1 : 0},
                         {u"UPDATE"_s, u"user"_s, account.id, disabled ? u"disabled"_s : u"enabled"_s, u"ok"_s});
}

Result<void> UserStore::changeOwnPassword(qint64 userId, const QString &oldPassword, const QString &newPassword)
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT login, password_hash FROM users WHERE id = ?"_s);
    query.addBindValue(userId);
    if (!query.exec() || !query.next() || !PasswordHash::matches(query.value(1).toString(), oldPassword))
        return Problem::invalid(tr("The present password is not right."));
    const QString login = query.value(0).toString();
    if (const QString problem = passwordProblem(login, newPassword); !problem.isEmpty())
        return Problem::invalid(problem);
    if (newPassword == oldPassword)
        return Problem::invalid(tr("The new password must differ from the present one."));
    return changeAccount(userId, u"password_hash = ?, must_change_password = 0"_s, {PasswordHash::make(newPassword)},
                         {u"UPDATE"_s, u"user"_s, userId, u"own_password_changed"_s, u"ok"_s});
}

Result<void> UserStore::changeAccount(qint64 userId, const QString &assignments, const QVariantList &values,
                                      const AuditLog::Entry &entry, const std::optional<Actor> &as)
{
    for (const QVariant &value : values) {
        // A hash that could not be made (out of memory) must never replace a password.
        if (value.typeId() == QMetaType::QString && value.toString().isEmpty())
            return Problem::failed(tr("The password could not be stored (not enough memory)."));
    }
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Accounts);
    if (!transaction.isActive())
        return StorageError::failure(StorageError::lastOn(m_database), notChanged(), transaction.lastDriverError());
    QSqlQuery update(m_database);
    update.prepare(u"UPDATE users SET %1 WHERE id = ?"_s.arg(assignments));
    for (const QVariant &value : values)
        update.addBindValue(value);
    update.addBindValue(userId);
    if (!update.exec())
        return StorageError::failure(update.lastError(), notChanged());
    AuditLog audit(m_database);
    if (!audit.record(entry, as))
        return Problem::failed(notChanged(), audit.lastError());
    if (!transaction.commit())
        return StorageError::failure(StorageError::lastOn(m_database), notChanged(), transaction.lastDriverError());
    return Result<void>::done();
}

UserStore::SignInResult UserStore::refuse(const QString &login, const std::optional<UserAccount> &account,
                                          int failedAttempts)
{
    SignInResult result;
    result.outcome = SignIn::Refused;
    // The same words whether the login exists or not.
    result.message = tr("The login or the password is not right.");
    const qint64 userId = account ? account->id : 0;
    Actor attempt = account ? actorOf(*account) : Actor{0, login.trimmed(), login.trimmed(), Role::Clerk, false};
    WriteTransaction transaction(m_database);
    AuditLog audit(m_database);
    if (userId > 0) {
        const bool locks = failedAttempts >= attemptsBeforeLock;
        QSqlQuery update(m_database);
        update.prepare(u"UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"_s);
        update.addBindValue(failedAttempts);
        update.addBindValue(locks ? QVariant(now().addSecs(lockMinutes * 60).toString(Qt::ISODate))
                                  : QVariant(QMetaType(QMetaType::QString)));
        update.addBindValue(userId);
        if (!update.exec())
            qCWarning(lcDatabase) << "a failed sign-in could not be counted:" << update.lastError().text();
        if (locks) {
            audit.record({u"LOCKOUT"_s, u"user"_s, userId, u"failed_attempts=%1"_s.arg(failedAttempts), u"locked"_s},
                         attempt);
            result.outcome = SignIn::Locked;
            result.message = tr("Too many wrong passwords: sign-in is locked for %1 minutes.").arg(lockMinutes);
        }
    }
    if (!audit.record({u"LOGIN_FAIL"_s, u"user"_s, userId, {}, u"failed"_s}, attempt) || !transaction.commit())
        qCWarning(lcDatabase) << "a failed sign-in could not be written:" << audit.lastError();
    return result;
}

Result<void> UserStore::signOut()
{
    const Actor actor = Actor::of(m_database);
    if (actor.userId <= 0)
        return Problem::invalid(tr("Nobody is signed in here."));
    if (!AuditLog(m_database).recordAlone({u"LOGOUT"_s, u"user"_s, actor.userId, {}, u"ok"_s}, actor))
        return Problem::failed(tr("Signing out could not be written to the database."));
    Actor::forget(m_database);
    return Result<void>::done();
}

UserStore::SignInResult UserStore::signIn(const QString &login, const QString &password)
{
    const std::optional<UserAccount> account = byLogin(login);
    if (!account || account->disabled) {
        PasswordHash::spendCheckTime(password);
        return refuse(login, std::nullopt, 0);
    }
    if (account->lockedUntil.isValid() && account->lockedUntil > now()) {
        SignInResult result;
        result.outcome = SignIn::Locked;
        const qint64 minutes = (now().secsTo(account->lockedUntil) + 59) / 60;
        result.message = tr("Too many wrong passwords: sign-in is locked for %1 more minutes.").arg(minutes);
        AuditLog(m_database)
                .recordAlone({u"LOGIN_FAIL"_s, u"user"_s, account->id, u"while_locked"_s, u"locked"_s},
                             actorOf(*account));
        return result;
    }
    QSqlQuery query(m_database);
    query.prepare(u"SELECT password_hash FROM users WHERE id = ?"_s);
    query.addBindValue(account->id);
    const QString hash = query.exec() && query.next() ? query.value(0).toString() : QString();
    // A lock that has run out starts the count again.
    const int failedBefore = account->lockedUntil.isValid() ? 0 : account->failedAttempts;
    if (!PasswordHash::matches(hash, password))
        return refuse(account->login, account, failedBefore + 1);

    SignInResult result;
    result.outcome = SignIn::Accepted;
    result.actor = actorOf(*account);
    result.mustChangePassword = account->mustChangePassword;
    // Settings made stronger since the hash was made: it is made again while the password is at hand.
    const bool rehash = PasswordHash::isOutdated(hash);
    const Result<void> counted = changeAccount(account->id,
                                               u"failed_attempts = 0, locked_until = NULL"_s
                                                       + (rehash ? u", password_hash = ?"_s : QString()),
                                               rehash ? QVariantList{PasswordHash::make(password)} : QVariantList(),
                                               {u"LOGIN_OK"_s, u"user"_s, account->id, {}, u"ok"_s}, result.actor);
    if (!counted.isDone()) {
        qCWarning(lcDatabase) << "a sign-in could not be written:" << counted.problem().detail;
        result.outcome = SignIn::Failed;
        result.message = tr("Signing in could not be written to the database: %1").arg(counted.message());
        return result;
    }
    Actor::actFor(m_database, result.actor);
    return result;
}

} // namespace linli
