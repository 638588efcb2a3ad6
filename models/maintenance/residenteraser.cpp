#include "residenteraser.h"

#include "actor.h"
#include "auditlog.h"
#include "logging.h"
#include "servicerecordstore.h"
#include "storageerror.h"
#include "visitstore.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

ResidentEraser::ResidentEraser(const QSqlDatabase &database)
    : m_database(database)
{}

Result<ResidentEraser::Erasure> ResidentEraser::erase(qint64 residentId)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::DeleteResidents); !allowed.isDone())
        return allowed.problem();

    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Residents | DataKind::ServiceRecords | DataKind::Cases | DataKind::Visits);
    QSqlQuery query(m_database);
    auto run = [&query, residentId](const QString &sql) {
        query.prepare(sql);
        query.addBindValue(residentId);
        return query.exec();
    };
    if (!transaction.isActive())
        return Problem::failed(StorageError::explain(StorageError::Kind::Busy));
    if (!run(u"SELECT household_id FROM residents WHERE id = ?"_s) || !query.next())
        return Problem::invalid(tr("This resident is no longer registered."));
    const QVariant household = query.value(0);
    query.finish();
    // The visits go; the services stay in the log, nobody's, for the figures.
    VisitStore visits(m_database);
    ServiceRecordStore services(m_database);
    Erasure erasure;
    erasure.visitsRemoved = visits.removeResident(residentId);
    erasure.servicesKept = erasure.visitsRemoved < 0 ? -1 : services.reassignResident(residentId, 0);
    // Why a store's step failed (a full disk…), said as the failure of the erasure below.
    const QString storeError = erasure.visitsRemoved < 0 ? visits.lastError()
            : erasure.servicesKept < 0                   ? services.lastError()
                                                         : QString();
    bool ok = erasure.servicesKept >= 0 && run(u"DELETE FROM residents WHERE id = ?"_s);
    if (ok && !household.isNull()) {
        // An address nobody lives at any more is no household.
        query.prepare(u"DELETE FROM households WHERE id = ? AND NOT EXISTS "
                      "(SELECT 1 FROM residents WHERE household_id = households.id)"_s);
        query.addBindValue(household);
        ok = query.exec();
    }
    const QString changes
            = u"erased; services_kept=%1; visits_removed=%2"_s.arg(erasure.servicesKept).arg(erasure.visitsRemoved);
    if (!ok || !AuditLog(m_database).record({u"DELETE"_s, u"resident"_s, residentId, changes, u"ok"_s})
        || !transaction.commit()) {
        qCWarning(lcDatabase) << "erasing a resident failed:" << query.lastError().text() << storeError;
        // The store's own reason for its step (a full disk…), else the statement's.
        if (!storeError.isEmpty())
            return Problem::failed(storeError);
        return StorageError::failure(query.lastError(), tr("The resident could not be erased; nothing was changed."));
    }
    erasure.logEmptied = emptyTheLog();
    return erasure;
}

bool ResidentEraser::emptyTheLog()
{
    QSqlQuery query(m_database);
    // Result: busy flag, log frames, frames checkpointed. Busy when another connection reads.
    if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !query.next())
        return false;
    const bool done = query.value(0).toInt() == 0;
    if (!done)
        qCInfo(lcDatabase) << "the write-ahead log is emptied later: another connection reads";
    return done;
}

} // namespace linli
