#include "usercommand.h"

#include "centerstore.h"
#include "database.h"
#include "passwordinput.h"
#include "userstore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace linli {

QString UserCommand::name() const
{
    return u"user"_s;
}

QString UserCommand::summary() const
{
    return tr("Add, list, reset, change the role or center of, disable or enable sign-in accounts (passwords from "
              "standard input)");
}

int UserCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({u"role"_s, tr("clerk, manager or admin."), u"ROLE"_s});
    parser.addOption({u"name"_s, tr("The person's name as shown in the window."), u"NAME"_s});
    parser.addOption({u"center"_s, tr("The center (code or name) whose residents the account sees."), u"CENTER"_s});
    parser.addOption({u"district"_s, tr("The account sees the whole district (not for clerks).")});
    const QString usage
            = tr("Usage: linli [--db FILE] user add LOGIN --role ROLE [--name NAME] [--center CENTER] | "
                 "user list | user reset LOGIN | user role LOGIN --role ROLE | "
                 "user center LOGIN (--center CENTER | --district) | user disable LOGIN | user enable LOGIN");
    if (!parseArguments(parser, arguments, context, usage, -1))
        return UsageError;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const QStringList onOneAccount = {u"add"_s, u"reset"_s, u"role"_s, u"center"_s, u"disable"_s, u"enable"_s};
    const bool known
            = (action == u"list"_s && words.size() == 1) || (onOneAccount.contains(action) && words.size() == 2);
    const bool needsRole = action == u"add"_s || action == u"role"_s;
    const bool centerGiven = parser.isSet(u"center"_s) != parser.isSet(u"district"_s);
    if (!known || (needsRole && !parser.isSet(u"role"_s)) || (action == u"center"_s && !centerGiven)) {
        context.err << usage << '\n';
        return UsageError;
    }
    Database database;
    if (!openDatabase(database, context))
        return UserError;
    const std::optional<qint64> centerId
            = parser.isSet(u"center"_s) ? centerNamed(database, parser.value(u"center"_s), context) : 0;
    if (!centerId)
        return UserError;
    if (action == u"add"_s)
        return add(words.at(1), parser.value(u"role"_s), parser.value(u"name"_s), *centerId, database, context);
    if (action == u"center"_s)
        return changeCenter(words.at(1), *centerId, database, context);
    if (action == u"reset"_s)
        return reset(words.at(1), database, context);
    if (action == u"role"_s)
        return changeRole(words.at(1), parser.value(u"role"_s), database, context);
    if (action == u"disable"_s || action == u"enable"_s)
        return setDisabled(words.at(1), action == u"disable"_s, database, context);
    return list(database, context);
}

int UserCommand::add(const QString &login, const QString &roleKey, const QString &displayName, qint64 centerId,
                     Database &database, CommandContext &context)
{
    const std::optional<Role> role = AccessPolicy::roleFromKey(roleKey);
    if (!role) {
        context.err << tr("Unknown role %1: use clerk, manager or admin.").arg(roleKey) << '\n';
        return UsageError;
    }
    UserStore users(database.connection());
    // A password set by someone else is changed at the first sign-in.
    const Result<qint64> added
            = users.add(login, displayName, *role, PasswordInput::read(tr("Password for %1: ").arg(login)),
                        users.hasAccounts(), centerId);
    if (!added.isDone()) {
        context.err << tr("The account was not added: %1").arg(added.message()) << '\n';
        return UserError;
    }
    context.out << tr("Account %1 added as %2.").arg(login, AccessPolicy::roleName(*role)) << '\n';
    return Success;
}

int UserCommand::reset(const QString &login, Database &database, CommandContext &context)
{
    UserStore users(database.connection());
    const Result<void> reset = users.resetPassword(login, PasswordInput::read(tr("New password for %1: ").arg(login)));
    if (!reset.isDone()) {
        context.err << tr("The password was not reset: %1").arg(reset.message()) << '\n';
        return UserError;
    }
    context.out << tr("Password of %1 reset and any lock lifted; it is to be changed at the next sign-in.").arg(login)
                << '\n';
    return Success;
}

int UserCommand::changeRole(const QString &login, const QString &roleKey, Database &database, CommandContext &context)
{
    const std::optional<Role> role = AccessPolicy::roleFromKey(roleKey);
    if (!role) {
        context.err << tr("Unknown role %1: use clerk, manager or admin.").arg(roleKey) << '\n';
        return UsageError;
    }
    UserStore users(database.connection());
    if (const Result<void> changed = users.setRole(login, *role); !changed.isDone()) {
        context.err << tr("The role was not changed: %1").arg(changed.message()) << '\n';
        return UserError;
    }
    context.out << tr("%1 is now %2.").arg(login, AccessPolicy::roleName(*role)) << '\n';
    return Success;
}

int UserCommand::changeCenter(const QString &login, qint64 centerId, Database &database, CommandContext &context)
{
    UserStore users(database.connection());
    if (const Result<void> changed = users.setCenter(login, centerId); !changed.isDone()) {
        context.err << tr("The center was not changed: %1").arg(changed.message()) << '\n';
        return UserError;
    }
    context.out << (centerId > 0 ? tr("%1 now sees the residents of %2.")
                                           .arg(login, CenterStore(database.connection()).byId(centerId)->name)
                                 : tr("%1 now sees the whole district.").arg(login))
                << '\n';
    return Success;
}

int UserCommand::setDisabled(const QString &login, bool disabled, Database &database, CommandContext &context)
{
    UserStore users(database.connection());
    if (const Result<void> changed = users.setDisabled(login, disabled); !changed.isDone()) {
        context.err << tr("The account was not changed: %1").arg(changed.message()) << '\n';
        return UserError;
    }
    context.out << (disabled ? tr("Account %1 disabled: nobody signs in with it.").arg(login)
                             : tr("Account %1 enabled again.").arg(login))
                << '\n';
    return Success;
}

int UserCommand::list(Database &database, CommandContext &context)
{
    UserStore users(database.connection());
    const QList<UserAccount> accounts = users.all();
    QHash<qint64, QString> centerCodes;
    for (const Center &center : CenterStore(database.connection()).all())
        centerCodes.insert(center.id, center.code);
    const QLocale locale;
    for (const UserAccount &account : accounts) {
        QStringList state;
        if (account.disabled)
            state << tr("disabled");
        if (account.lockedUntil.isValid() && account.lockedUntil > QDateTime::currentDateTimeUtc())
            state << tr("locked until %1")
                             .arg(locale.toString(account.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        if (account.mustChangePassword)
            state << tr("password to be changed");
        // "*": the whole district.
        context.out << u"%1  %2  %3  %4  %5"_s.arg(account.login, -16)
                               .arg(AccessPolicy::key(account.role), -8)
                               .arg(centerCodes.value(account.centerId, u"*"_s), -6)
                               .arg(account.displayName, -12)
                               .arg(state.join(u", "_s))
                               .trimmed()
                    << '\n';
    }
    if (accounts.isEmpty())
        context.out << tr("No accounts yet: the first one, an administrator, is created at the first start or with "
                          "\"linli user add LOGIN --role admin\".")
                    << '\n';
    return Success;
}

} // namespace linli
