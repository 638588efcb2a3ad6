#include "centerstore.h"

#include "actor.h"
#include "auditlog.h"
#include "sqlselect.h"
#include "writetransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr int longestCode = 20;
constexpr int longestName = 100;

} // namespace

CenterStore::CenterStore(const QSqlDatabase &database)
    : m_database(database)
{}

QList<Center> CenterStore::all() const
{
    QList<Center> centers;
    QSqlQuery query(m_database);
    if (!runSelect(query, u"SELECT id, code, name FROM centers ORDER BY code, id"_s, {}, m_lastError))
        return centers;
    while (query.next())
        centers.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return centers;
}

std::optional<Center> CenterStore::byId(qint64 id) const
{
    for (const Center &center : all()) {
        if (center.id == id)
            return center;
    }
    return std::nullopt;
}

std::optional<Center> CenterStore::find(const QList<Center> &centers, const QString &codeOrName)
{
    const QString wanted = codeOrName.trimmed();
    for (const Center &center : centers) {
        if (!wanted.isEmpty()
            && (center.code.compare(wanted, Qt::CaseInsensitive) == 0
                || center.name.compare(wanted, Qt::CaseInsensitive) == 0))
            return center;
    }
    return std::nullopt;
}

Result<void> CenterStore::permitted()
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::ChangeSettings); !allowed.isDone())
        return allowed;
    if (Actor::of(m_database).centerId > 0)
        return Problem::notPermitted(tr("Only an administrator of the whole district may change its centers."));
    return Result<void>::done();
}

QString CenterStore::nameProblem(const QString &name, qint64 exceptId) const
{
    if (name.isEmpty() || name.size() > longestName)
        return tr("A center's name has 1 to %1 characters.").arg(longestName);
    for (const Center &center : all()) {
        if (center.id != exceptId && center.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("There is already a center named %1.").arg(center.name);
    }
    return {};
}

Result<qint64> CenterStore::add(const QString &code, const QString &name)
{
    if (const Result<void> allowed = permitted(); !allowed.isDone())
        return allowed.problem();
    const QString newCode = code.trimmed();
    const QString newName = name.simplified();
    if (newCode.isEmpty() || newCode.size() > longestCode || newCode.contains(u' '))
        return Problem::invalid(tr("A center's code is one word of at most %1 characters.").arg(longestCode));
    if (find(all(), newCode))
        return Problem::invalid(tr("The code %1 is taken.").arg(newCode));
    if (const QString problem = nameProblem(newName, 0); !problem.isEmpty())
        return Problem::invalid(problem);
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Centers);
    QSqlQuery insert(m_database);
    insert.prepare(u"INSERT INTO centers (code, name) VALUES (?, ?) RETURNING id"_s);
    insert.addBindValue(newCode);
    insert.addBindValue(newName);
    if (!transaction.isActive() || !insert.exec())
        return Problem::failed(tr("The center could not be added: the database refused it."));
    const qint64 id = returnedId(insert);
    AuditLog audit(m_database);
    if (!audit.record({u"CREATE"_s, u"center"_s, id, u"code=%1; name=%2"_s.arg(newCode, newName)})
        || !transaction.commit())
        return Problem::failed(tr("The center could not be added: the database refused it."));
    return id;
}

Result<void> CenterStore::rename(qint64 centerId, const QString &name)
{
    if (const Result<void> allowed = permitted(); !allowed.isDone())
        return allowed;
    const std::optional<Center> center = byId(centerId);
    if (!center)
        return Problem::invalid(tr("There is no such center."));
    const QString newName = name.simplified();
    if (const QString problem = nameProblem(newName, centerId); !problem.isEmpty())
        return Problem::invalid(problem);
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Centers);
    QSqlQuery update(m_database);
    update.prepare(u"UPDATE centers SET name = ? WHERE id = ?"_s);
    update.addBindValue(newName);
    update.addBindValue(centerId);
    if (!transaction.isActive() || !update.exec()
        || !AuditLog(m_database)
                    .record({u"UPDATE"_s, u"center"_s, centerId, u"name: %1 → %2"_s.arg(center->name, newName)})
        || !transaction.commit())
        return Problem::failed(tr("The center could not be renamed: the database refused it."));
    return Result<void>::done();
}

Result<void> CenterStore::moveGrid(qint64 gridId, qint64 centerId)
{
    if (const Result<void> allowed = permitted(); !allowed.isDone())
        return allowed;
    if (!byId(centerId))
        return Problem::invalid(tr("There is no such center."));
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Centers | DataKind::Residents);
    QSqlQuery query(m_database);
    query.prepare(u"SELECT center_id FROM grids WHERE id = ?"_s);
    query.addBindValue(gridId);
    if (!transaction.isActive() || !query.exec() || !query.next())
        return Problem::invalid(tr("There is no such grid."));
    const qint64 from = query.value(0).toLongLong();
    if (from == centerId)
        return Result<void>::done();
    query.prepare(u"UPDATE grids SET center_id = ? WHERE id = ?"_s);
    query.addBindValue(centerId);
    query.addBindValue(gridId);
    if (!query.exec()
        || !AuditLog(m_database).record({u"UPDATE"_s, u"grid"_s, gridId, u"center: %1 → %2"_s.arg(from).arg(centerId)})
        || !transaction.commit())
        return Problem::failed(tr("The grid could not be moved: the database refused it."));
    return Result<void>::done();
}

} // namespace linli
