#include "identifierreveal.h"

#include "actor.h"
#include "auditlog.h"
#include "writetransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

IdentifierReveal::IdentifierReveal(const QSqlDatabase &database)
    : m_database(database)
{}

Result<IdentifierReveal::Identifiers> IdentifierReveal::reveal(qint64 residentId, const QString &reason)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::SeeFullIdentifiers); !allowed.isDone())
        return allowed.problem();
    // "; " separates the parts of a logged change; a reason keeps its words without it.
    const QString said = reason.simplified().replace(u';', u',');
    const qsizetype length = said.toUcs4().size();
    if (length < shortestReason)
        return Problem::invalid(tr("Say why you need the whole ID number; the reason is kept in the audit log."));
    if (length > longestReason)
        return Problem::invalid(tr("A reason has at most %1 characters.").arg(longestReason));

    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database);
    query.prepare(u"SELECT coalesce(id_number, ''), coalesce(phone, ''), coalesce(phone2, ''), "
                  "coalesce(emergency_phone, '') FROM residents WHERE id = ?"_s);
    query.addBindValue(residentId);
    if (!transaction.isActive() || !query.exec())
        return Problem::failed(tr("The database is busy; try again in a moment."));
    if (!query.next())
        return Problem::conflict(tr("This resident is no longer registered."));
    const Identifiers identifiers{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString()};
    query.finish();
    if (!AuditLog(m_database).record({u"VIEW_FULL_ID"_s, u"resident"_s, residentId, u"reason="_s + said, u"ok"_s})
        || !transaction.commit())
        return Problem::failed(tr("The audit log cannot be written, so nothing is shown; try again in a moment."));
    return identifiers;
}

} // namespace linli
