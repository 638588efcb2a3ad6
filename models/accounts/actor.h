#pragma once

#include "accesspolicy.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace linli {

// Who is acting on a database connection: the user signed in at the window, or the administrator's
// command line. Every store asks it before an action not every role may take, and the audit log
// writes it beside every change. Kept per connection (actFor), or for the whole program
// (actForThisProgram).
struct Actor
{
    Q_DECLARE_TR_FUNCTIONS(Actor)

public:
    qint64 userId = 0; // 0: the command line
    QString login;
    QString displayName;
    Role role = Role::Admin;
    // False for a sign-in attempt with an unknown login: nobody's role, none written.
    bool roleKnown = true;
    // The center whose residents the actor sees (CenterScope); 0: the whole district.
    qint64 centerId = 0;
    // The staff member who signs in with the account (UserStore::setStaff); 0: none.
    qint64 staffId = 0;

    // The command line: whoever may run the program on the database file may do everything with
    // it; it is audited under the system user's name.
    static Actor commandLine();

    // The actor on `database`'s connection; the command line's when nobody signed in on it.
    static Actor of(const QSqlDatabase &database);
    static void actFor(const QSqlDatabase &database, const Actor &actor);
    // The user signed in at the window acts on every connection the program opens for them (the
    // list readers, the service-log queue, the record counts) unless one was told otherwise;
    // none: the command line's.
    static void actForThisProgram(const std::optional<Actor> &actor);
    // The actor `database` was told to act for (actFor), if any.
    static std::optional<Actor> toldOn(const QSqlDatabase &database);
    static void forget(const QSqlDatabase &database);

    // The account's id as a row stores who wrote it: NULL for the command line.
    QVariant accountId() const { return userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::LongLong)); }

    bool may(Permission permission) const { return AccessPolicy::allows(role, permission); }
    // Whether the actor on `database` may, by their account's role as stored now; when not
    // (NotPermitted, saying why), the refusal is audited (action DENIED, the permission described).
    static Result<void> require(const QSqlDatabase &database, Permission permission);
};

} // namespace linli
