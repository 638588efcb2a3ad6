#include "residentmerger.h"

#include "actor.h"
#include "auditlog.h"
#include "careschedule.h"
#include "logging.h"
#include "servicerecordstore.h"
#include "storageerror.h"
#include "visitstore.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

ResidentMerger::ResidentMerger(const QSqlDatabase &database)
    : m_database(database)
{}

Result<void> ResidentMerger::merge(qint64 keptId, qint64 duplicateId)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::MergeResidents); !allowed.isDone())
        return allowed;
    if (keptId == duplicateId)
        return Problem::invalid(tr("Choose two different residents to merge."));

    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Residents | DataKind::ServiceRecords | DataKind::Cases | DataKind::Visits);
    if (!transaction.isActive())
        return Problem::failed(StorageError::explain(StorageError::Kind::Busy));
    QSqlQuery query(m_database);
    query.prepare(u"SELECT count(*) FROM residents WHERE id IN (?, ?)"_s);
    query.addBindValue(keptId);
    query.addBindValue(duplicateId);
    if (!query.exec() || !query.next() || query.value(0).toInt() != 2)
        return Problem::invalid(tr("One of the two residents is no longer registered."));
    query.finish();

    // Statements with ? for the kept resident, then ? for the duplicate.
    auto run = [&query, keptId, duplicateId](const QString &sql) {
        query.prepare(sql);
        query.addBindValue(keptId);
        query.addBindValue(duplicateId);
        return query.exec();
    };
    // Their services and visits are their domains' to move.
    ServiceRecordStore serviceRecords(m_database);
    VisitStore visitStore(m_database);
    const qint64 services = serviceRecords.reassignResident(duplicateId, keptId);
    const qint64 visits = services < 0 ? -1 : visitStore.reassignResident(duplicateId, keptId);
    // Why a store's step failed (a full disk…), said as the failure of the merge below.
    const QString storeError = services < 0 ? serviceRecords.lastError()
            : visits < 0                    ? visitStore.lastError()
                                            : QString();
    bool ok = visits >= 0
            && run(u"INSERT INTO resident_tags (resident_id, tag) SELECT ?, tag FROM resident_tags "
                   "WHERE resident_id = ? ON CONFLICT DO NOTHING"_s);

    // What the kept record lacks comes from the duplicate, read before it goes (its ID number is unique).
    const QStringList taken
            = {u"id_number"_s,         u"id_number_reversed"_s, u"phone"_s,        u"phone_reversed"_s, u"phone2"_s,
               u"emergency_contact"_s, u"emergency_phone"_s,    u"household_id"_s, u"notes"_s};
    QVariantList duplicate;
    query.prepare(u"SELECT %1 FROM residents WHERE id = ?"_s.arg(taken.join(u", "_s)));
    query.addBindValue(duplicateId);
    ok = ok && query.exec() && query.next();
    for (int column = 0; ok && column < taken.size(); ++column)
        duplicate.append(query.value(column));
    query.finish();
    query.prepare(u"DELETE FROM residents WHERE id = ?"_s);
    query.addBindValue(duplicateId);
    ok = ok && query.exec();
    query.prepare(u"UPDATE residents SET "
                  "id_number_reversed = CASE WHEN id_number IS NULL THEN ? ELSE id_number_reversed END, "
                  "id_number = coalesce(id_number, ?), "
                  "phone_reversed = CASE WHEN phone = '' THEN ? ELSE phone_reversed END, "
                  "phone = CASE WHEN phone = '' THEN ? ELSE phone END, "
                  "phone2 = CASE WHEN phone2 = '' THEN ? ELSE phone2 END, "
                  "emergency_contact = CASE WHEN emergency_contact = '' THEN ? ELSE emergency_contact END, "
                  "emergency_phone = CASE WHEN emergency_phone = '' THEN ? ELSE emergency_phone END, "
                  "household_id = coalesce(household_id, ?), "
                  "notes = trim(notes || '\n' || ?, '\n'), " // a line break between the two notes
                  "version = version + 1 WHERE id = ?"_s);
    if (ok) {
        for (const QString &column :
             {u"id_number_reversed"_s, u"id_number"_s, u"phone_reversed"_s, u"phone"_s, u"phone2"_s,
              u"emergency_contact"_s, u"emergency_phone"_s, u"household_id"_s, u"notes"_s})
            query.addBindValue(duplicate.at(taken.indexOf(column)));
        query.addBindValue(keptId);
        ok = query.exec();
    }
    // A household only the duplicate lived in is no household any more.
    query.prepare(u"DELETE FROM households WHERE id = ? AND NOT EXISTS "
                  "(SELECT 1 FROM residents WHERE household_id = households.id)"_s);
    query.addBindValue(ok ? duplicate.at(taken.indexOf(u"household_id"_s)) : QVariant());
    ok = ok && query.exec();
    ok = ok && CareSchedule(m_database).refreshResident(keptId);
    AuditLog audit(m_database);
    ok = ok
            && audit.record({u"UPDATE"_s, u"resident"_s, keptId,
                             u"merged=%1; services=%2; visits=%3"_s.arg(duplicateId).arg(services).arg(visits),
                             u"ok"_s})
            && audit.record({u"DELETE"_s, u"resident"_s, duplicateId, u"merged_into=%1"_s.arg(keptId), u"ok"_s});
    if (!ok || !transaction.commit()) {
        qCWarning(lcDatabase) << "merging residents failed:" << query.lastError().text() << storeError;
        // The store's own reason for its step (a full disk…), else the statement's.
        if (!storeError.isEmpty())
            return Problem::failed(storeError);
        return StorageError::failure(query.lastError(), tr("The residents could not be merged; nothing was changed."));
    }
    return Result<void>::done();
}

} // namespace linli
