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

bool CenterStore::permitted()
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::ChangeSettings); !allowed.isDone()) {
        m_lastError = allowed.message();
        return false;
    }
    if (Actor::of(m_database).centerId > 0) {
        m_lastError = tr("Only an administrator of the whole district may change its centers.");
        return false;
    }
    return true;
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

qint64 CenterStore::add(const QString &code, const QString &name)
{
    if (!permitted())
        return 0;
    const QString newCode = code.trimmed();
    const QString newName = name.simplified();
    if (newCode.isEmpty() || newCode.size() > longestCode || newCode.contains(u' ')) {
        m_lastError = tr("A center's code is one word of at most %1 characters.").arg(longestCode);
        return 0;
    }
    if (find(all(), newCode)) {
        m_lastError = tr("The code %1 is taken.").arg(newCode);
        return 0;
    }
    if (const QString problem = nameProblem(newName, 0); !problem.isEmpty()) {
        m_lastError = problem;
        return 0;
    }
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Centers);
    QSqlQuery insert(m_database);
    insert.prepare(u"INSERT INTO centers (code, name) VALUES (?, ?) RETURNING id"_s);
    insert.addBindValue(newCode);
    insert.addBindValue(newName);
    if (!transaction.isActive() || !insert.exec()) {
        m_lastError = tr("The center could not be added: the database refused it.");
        return 0;
    }
    const qint64 id = returnedId(insert);
    AuditLog audit(m_database);
    if (!audit.record({u"CREATE"_s, u"center"_s, id, u"code=%1; name=%2"_s.arg(newCode, newName)})
        || !transaction.commit()) {
        m_lastError = tr("The center could not be added: the database refused it.");
        return 0;
    }
    return id;
}

bool CenterStore::rename(qint64 centerId, const QString &name)
{
    if (!permitted())
        return false;
    const std::optional<Center> center = byId(centerId);
    if (!center) {
        m_lastError = tr("There is no such center.");
        return false;
    }
    const QString newName = name.simplified();
    if (const QString problem = nameProblem(newName, centerId); !problem.isEmpty()) {
        m_lastError = problem;
        return false;
    }
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Centers);
    QSqlQuery update(m_database);
    update.prepare(u"UPDATE centers SET name = ? WHERE id = ?"_s);
    update.addBindValue(newName);
    update.addBindValue(centerId);
    if (!transaction.isActive() || !update.exec()
        || !AuditLog(m_database)
                    .record({u"UPDATE"_s, u"center"_s, centerId, u"name: %1 → %2"_s.arg(center->name, newName)})
        || !transaction.commit()) {
        m_lastError = tr("The center could not be renamed: the database refused it.");
        return false;
    }
    return true;
}

bool CenterStore::moveGrid(qint64 gridId, qint64 centerId)
{
    if (!permitted())
        return false;
    if (!byId(centerId)) {
        m_lastError = tr("There is no such center.");
        return false;
    }
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Centers | DataKind::Residents);
    QSqlQuery query(m_database);
    query.prepare(u"SELECT center_id FROM grids WHERE id = ?"_s);
    query.addBindValue(gridId);
    if (!transaction.isActive() || !query.exec() || !query.next()) {
        m_lastError = tr("There is no such grid.");
        return false;
    }
    const qint64 from = query.value(0).toLongLong();
    if (from == centerId)
        return true;
    query.prepare(u"UPDATE grids SET center_id = ? WHERE id = ?"_s);
    query.addBindValue(centerId);
    query.addBindValue(gridId);
    if (!query.exec()
        || !AuditLog(m_database).record({u"UPDATE"_s, u"grid"_s, gridId, u"center: %1 → %2"_s.arg(from).arg(centerId)})
        || !transaction.commit()) {
        m_lastError = tr("The grid could not be moved: the database refused it.");
        return false;
    }
    return true;
}

} // namespace linli
