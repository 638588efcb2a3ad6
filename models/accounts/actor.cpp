#include "actor.h"

#include "auditlog.h"

#include <QHash>
#include <QMutex>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

QMutex actorsLock;
QHash<QString, Actor> &actors()
{
    static QHash<QString, Actor> byConnection;
    return byConnection;
}

std::optional<Actor> &programActor()
{
    static std::optional<Actor> actor;
    return actor;
}

} // namespace

Actor Actor::commandLine()
{
    Actor actor;
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME", u"system"_s);
    actor.login = u"cli:"_s + name;
    actor.displayName = actor.login;
    actor.role = Role::Admin;
    return actor;
}

Actor Actor::of(const QSqlDatabase &database)
{
    const QMutexLocker locker(&actorsLock);
    const auto found = actors().constFind(database.connectionName());
    if (found != actors().cend())
        return *found;
    return programActor() ? *programActor() : commandLine();
}

std::optional<Actor> Actor::toldOn(const QSqlDatabase &database)
{
    const QMutexLocker locker(&actorsLock);
    const auto found = actors().constFind(database.connectionName());
    return found == actors().cend() ? std::nullopt : std::optional<Actor>(*found);
}

void Actor::actForThisProgram(const std::optional<Actor> &actor)
{
    const QMutexLocker locker(&actorsLock);
    programActor() = actor;
}

void Actor::actFor(const QSqlDatabase &database, const Actor &actor)
{
    const QMutexLocker locker(&actorsLock);
    actors().insert(database.connectionName(), actor);
}

Result<void> Actor::require(const QSqlDatabase &database, Permission permission)
{
    Actor actor = of(database);
    if (actor.userId > 0) {
        // The account as it is now: a role changed or an account disabled by an administrator
        // meanwhile counts from the next action, not from the next sign-in.
        QSqlQuery query(database);
        query.prepare(u"SELECT role, disabled FROM users WHERE id = ?"_s);
        query.addBindValue(actor.userId);
        if (query.exec() && query.next()) {
            const std::optional<Role> role = AccessPolicy::roleFromKey(query.value(0).toString());
            const bool disabled = query.value(1).toBool();
            if (disabled || !role) {
                AuditLog(database).recordAlone({u"DENIED"_s, QString(), 0, u"account_disabled"_s, u"denied"_s}, actor);
                return Problem::notPermitted(tr("This account has been disabled by an administrator."));
            }
            if (*role != actor.role) {
                actor.role = *role;
                actFor(database, actor);
            }
        }
    }
    if (actor.may(permission))
        return Result<void>::done();
    AuditLog(database).recordAlone({u"DENIED"_s, QString(), 0,
                                    u"permission=%1"_s.arg(AccessPolicy::permissionKey(permission)), u"denied"_s},
                                   actor);
    return Problem::notPermitted(AccessPolicy::refusal(permission));
}

void Actor::forget(const QSqlDatabase &database)
{
    const QMutexLocker locker(&actorsLock);
    actors().remove(database.connectionName());
}

} // namespace linli
