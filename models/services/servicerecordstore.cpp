#include "servicerecordstore.h"

#include "actor.h"
#include "auditlog.h"
#include "calendarstore.h"
#include "careschedule.h"
#include "casestatus.h"
#include "centerscope.h"
#include "logging.h"
#include "sqldialect.h"
#include "sqlselect.h"
#include "storageerror.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto timestampFormat = u"yyyy-MM-dd HH:mm:ss"_s;

// A clock a few minutes ahead of the server's is not the clerk's fault.
constexpr qint64 futureToleranceSeconds = 5 * 60;

bool exists(const QSqlDatabase &database, const QString &sql, qint64 id)
{
    QSqlQuery query(database);
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next();
}

} // namespace

ServiceRecordStore::ServiceRecordStore(const QSqlDatabase &database)
    : m_database(database)
{}

ServiceEntry ServiceRecordRow::asEntry() const
{
    ServiceEntry entry;
    entry.residentId = residentId;
    entry.serviceTypeId = serviceTypeId;
    entry.servedAt = QDateTime::fromString(servedAt, timestampFormat);
    entry.handlerId = handlerId;
    entry.durationMinutes = durationMinutes;
    entry.outcome = outcome;
    entry.notes = notes;
    return entry;
}

// Checked inside the write transaction, so that nothing changes between the check and the write.
QString ServiceRecordStore::refusal(const ServiceEntry &entry, const ServiceEntry *kept) const
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    if (!entry.servedAt.isValid())
        return tr("Enter when the service was delivered.");
    if (entry.servedAt > now.addSecs(futureToleranceSeconds))
        return tr("The service is dated in the future.");
    if (entry.durationMinutes < 0 || entry.durationMinutes > longestMinutes)
        return tr("The duration must be between 0 and %1 minutes.").arg(longestMinutes);
    const bool typeKept = kept && kept->serviceTypeId == entry.serviceTypeId;
    if (!typeKept
        && !exists(m_database, u"SELECT 1 FROM service_types WHERE id = ? AND retired = 0"_s, entry.serviceTypeId))
        return tr("Choose a service type that is still offered.");
    if (entry.residentId != 0 && !exists(m_database, u"SELECT 1 FROM residents WHERE id = ?"_s, entry.residentId))
        return tr("The resident is no longer registered.");
    const bool handlerKept = kept && kept->handlerId == entry.handlerId;
    if (entry.handlerId != 0 && !handlerKept
        && !exists(m_database, u"SELECT 1 FROM staff WHERE id = ? AND active = 1"_s, entry.handlerId))
        return tr("The handler is not an active staff member.");
    return {};
}

Result<qint64> ServiceRecordStore::nextId(const QSqlDatabase &database)
{
    QSqlError error;
    const qint64 afterLive = nextFreeId(database, u"service_records"_s, error);
    const qint64 afterVoided = afterLive > 0 ? nextFreeId(database, u"voided_service_records"_s, error) : 0;
    if (afterLive <= 0 || afterVoided <= 0)
        return StorageError::failure(error, tr("The service could not be logged."));
    return std::max(afterLive, afterVoided);
}

Result<qint64> ServiceRecordStore::log(const ServiceEntry &entry)
{
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::ServiceRecords | DataKind::Cases);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; the service was not logged. Try again."));
    const Result<qint64> logged = logWithinTransaction(entry);
    if (!logged.isDone())
        return logged;
    if (!transaction.commit())
        return Problem::failed(tr("The service could not be logged: the database refused it."));
    return logged;
}

Result<qint64> ServiceRecordStore::logWithinTransaction(const ServiceEntry &entry)
{
    if (const QString refused = refusal(entry); !refused.isEmpty())
        return Problem::invalid(refused);

    QSqlQuery query(m_database);
    if (!entry.entryKey.isEmpty()) {
        query.prepare(u"SELECT id FROM service_records WHERE entry_key = ?"_s);
        query.addBindValue(entry.entryKey);
        if (!query.exec())
            return StorageError::failure(query.lastError(), tr("The service could not be logged."));
        if (query.next()) {
            const qint64 written = query.value(0).toLongLong();
            return Problem::duplicate(tr("This entry was saved already, as record no. %1.").arg(written), written);
        }
    }
    query.prepare(u"SELECT opens_case, coalesce(deadline_workdays, 0) FROM service_types WHERE id = ?"_s);
    query.addBindValue(entry.serviceTypeId);
    if (!query.exec() || !query.next()) {
        return Problem::failed(tr("The service could not be logged."));
    }
    const bool opensCase = query.value(0).toBool();
    const int deadline = query.value(1).toInt();
    QVariant dueDate;
    if (opensCase && deadline > 0) {
        const std::optional<WorkingDayCalendar> calendar = CalendarStore(m_database).calendar();
        if (!calendar) {
            return Problem::failed(tr("The service could not be logged: the calendar of working days cannot be read."));
        }
        dueDate = calendar->addWorkingDays(entry.servedAt.date(), deadline).toString(Qt::ISODate);
    }
    const QString now = (m_now.isValid() ? m_now : QDateTime::currentDateTime()).toString(timestampFormat);
    const QString servedAt = entry.servedAt.toString(timestampFormat);
    // The server's sequence never goes back; SQLite would give the id of a voided newest record again.
    QVariant id;
    if (!SqlDialect::isServer(m_database)) {
        const Result<qint64> next = nextId(m_database);
        if (!next.isDone())
            return next;
        id = next.value();
    }
    query.prepare(
            u"INSERT INTO service_records (id, resident_id, service_type_id, served_at, handler_id, "
            "duration_minutes, outcome, notes, case_status, due_date, created_at, created_by, entry_key) "
            "VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s.arg(id.isValid() ? u"?"_s : u"DEFAULT"_s));
    const auto text = [](const QString &value) { return value.isNull() ? u""_s : value; };
    if (id.isValid())
        query.addBindValue(id);
    const QVariantList values = {entry.residentId > 0 ? QVariant(entry.residentId) : QVariant(),
                                 entry.serviceTypeId,
                                 servedAt,
                                 entry.handlerId > 0 ? QVariant(entry.handlerId) : QVariant(),
                                 entry.durationMinutes,
                                 text(entry.outcome.trimmed()),
                                 text(entry.notes),
                                 opensCase ? QVariant(u"received"_s) : QVariant(),
                                 dueDate,
                                 now,
                                 Actor::of(m_database).accountId(),
                                 entry.entryKey.isEmpty() ? QVariant() : QVariant(entry.entryKey)};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcDatabase) << "logging a service failed:" << query.lastError().text();
        return Problem::failed(tr("The service could not be logged."), query.lastError().text());
    }
    const qint64 recordId = returnedId(query);
    if (opensCase) {
        query.prepare(
                u"INSERT INTO case_events (service_record_id, happened_at, to_status) VALUES (?, ?, 'received')"_s);
        query.addBindValue(recordId);
        query.addBindValue(servedAt);
        if (!query.exec()) {
            qCWarning(lcDatabase) << "opening a case failed:" << query.lastError().text();
            return Problem::failed(tr("The service could not be logged."));
        }
    }
    // The resident was just contacted: their care schedule follows in the same transaction.
    if (entry.residentId > 0 && !CareSchedule(m_database).refreshResident(entry.residentId)) {
        return Problem::failed(tr("The service could not be logged."));
    }
    const QString changes = u"service_type=%1; resident=%2"_s.arg(entry.serviceTypeId).arg(entry.residentId);
    if (!AuditLog(m_database).record({u"CREATE"_s, u"service_record"_s, recordId, changes, u"ok"_s})) {
        return Problem::failed(tr("The service could not be logged."));
    }
    return recordId;
}

ServiceFilter ServiceRecordStore::scoped(ServiceFilter filter) const
{
    filter.centerId = CenterScope::of(m_database).centerId();
    return filter;
}

QList<ServiceRecordRow> ServiceRecordStore::page(const ServiceFilter &shownFilter, const ServiceRecordRow *after,
                                                 int limit) const
{
    const ServiceFilter filter = scoped(shownFilter);
    const bool dueFirst = filter.order == ServiceFilter::Order::DueFirst;
    QStringList conditions;
    // The newest-first page's hints to SQLite's planner (PostgreSQL's plans by its statistics).
    const bool hinted = !dueFirst && !SqlDialect::isServer(m_database);
    if (!filter.isEmpty())
        conditions.append(filter.whereClause(hinted ? ServiceFilter::Use::NewestFirstPage : ServiceFilter::Use::Count));
    QVariantList afterValues;
    if (after && !dueFirst) {
        conditions.append(u"(s.served_at, s.id) < (?, ?)"_s);
        afterValues = {after->servedAt, after->id};
    } else if (after && after->dueDate.isEmpty()) {
        // Cases without a deadline come first (SQLite sorts NULL first); then all the dated ones.
        conditions.append(u"((s.due_date IS NULL AND s.id > ?) OR s.due_date IS NOT NULL)"_s);
        afterValues = {after->id};
    } else if (after) {
        conditions.append(u"(s.due_date, s.id) > (?, ?)"_s);
        afterValues = {after->dueDate, after->id};
    }
    // PostgreSQL sorts NULL last unless told; the walk above expects it first, as SQLite sorts it.
    const QString dueOrder
            = SqlDialect::isServer(m_database) ? u"s.due_date NULLS FIRST, s.id"_s : u"s.due_date, s.id"_s;
    const QString order = dueFirst ? dueOrder : u"s.served_at DESC, s.id DESC"_s;
    // The page is chosen on the records alone, where the planner sees the order's index; the names
    // are joined to those few rows afterwards.
    QString page = u"SELECT * FROM service_records s "_s;
    if (!conditions.isEmpty())
        page += u"WHERE "_s + conditions.join(u" AND "_s) + u' ';
    page += u"ORDER BY %1 LIMIT ?"_s.arg(order);
    const QString sql = withNames(page) + u" ORDER BY "_s + order;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : filter.values())
        query.addBindValue(value);
    for (const QVariant &value : std::as_const(afterValues))
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return {};
    }
    return readRows(query);
}

std::optional<ServiceRecordRow> ServiceRecordStore::record(qint64 id) const
{
    return oneRecord(u"SELECT * FROM service_records s WHERE s.id = ?"_s, id);
}

std::optional<ServiceRecordRow> ServiceRecordStore::voidedRecord(qint64 id) const
{
    return oneRecord(u"SELECT * FROM voided_service_records s WHERE s.id = ?"_s, id);
}

std::optional<ServiceRecordRow> ServiceRecordStore::oneRecord(const QString &records, qint64 id) const
{
    m_lastError.clear();
    QSqlQuery query(m_database);
    query.prepare(withNames(records));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    const QList<ServiceRecordRow> rows = readRows(query);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

// The names shown with the records chosen by `records` (a SELECT of service_records aliased s).
QString ServiceRecordStore::withNames(const QString &records)
{
    return u"SELECT s.id, s.served_at, coalesce(s.resident_id, 0), coalesce(r.name, ''), t.code, "
           "t.name_zh, t.name_en, c.name_zh, c.name_en, coalesce(h.name, ''), s.duration_minutes, "
           "s.outcome, coalesce(s.case_status, ''), coalesce(s.due_date, ''), coalesce(s.handler_id, 0), s.notes, "
           "s.version, s.created_at, coalesce(s.created_by, 0), coalesce(nullif(u.display_name, ''), u.login, ''), "
           "coalesce(s.resolved_date, ''), coalesce(s.satisfaction, 0), s.service_type_id "
           "FROM (%1) s "
           "JOIN service_types t ON t.id = s.service_type_id "
           "JOIN service_categories c ON c.id = t.category_id "
           "LEFT JOIN residents r ON r.id = s.resident_id LEFT JOIN staff h ON h.id = s.handler_id "
           "LEFT JOIN users u ON u.id = s.created_by"_s.arg(records);
}

QList<ServiceRecordRow> ServiceRecordStore::readRows(QSqlQuery &query)
{
    QList<ServiceRecordRow> rows;
    while (query.next()) {
        ServiceRecordRow row;
        row.id = query.value(0).toLongLong();
        row.servedAt = query.value(1).toString();
        row.residentId = query.value(2).toLongLong();
        row.residentName = query.value(3).toString();
        row.typeCode = query.value(4).toString();
        row.typeZh = query.value(5).toString();
        row.typeEn = query.value(6).toString();
        row.categoryZh = query.value(7).toString();
        row.categoryEn = query.value(8).toString();
        row.handlerName = query.value(9).toString();
        row.durationMinutes = query.value(10).toInt();
        row.outcome = query.value(11).toString();
        row.caseStatus = query.value(12).toString();
        row.dueDate = query.value(13).toString();
        row.handlerId = query.value(14).toLongLong();
        row.notes = query.value(15).toString();
        row.version = query.value(16).toInt();
        row.createdAt = query.value(17).toString();
        row.createdById = query.value(18).toLongLong();
        row.createdByName = query.value(19).toString();
        row.resolvedDate = query.value(20).toString();
        row.satisfaction = query.value(21).toInt();
        row.serviceTypeId = query.value(22).toLongLong();
        rows.append(row);
    }
    return rows;
}

QList<CaseLoad> ServiceRecordStore::caseLoads(QDate today) const
{
    ServiceFilter open;
    open.caseStatus = u"open"_s;
    open = scoped(open);
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
            u"SELECT coalesce(s.handler_id, 0), count(*), %1 FROM service_records s WHERE %2 GROUP BY s.handler_id"_s
                    .arg(countWhere(u"s.due_date < ?"_s), open.whereClause()));
    query.addBindValue(today.toString(Qt::ISODate));
    for (const QVariant &value : open.values())
        query.addBindValue(value);
    QList<CaseLoad> loads;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return loads;
    }
    while (query.next())
        loads.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    return loads;
}

std::optional<qint64> ServiceRecordStore::count(const ServiceFilter &shownFilter) const
{
    const ServiceFilter filter = scoped(shownFilter);
    QString sql = u"SELECT count(*) FROM service_records s"_s;
    if (!filter.isEmpty())
        sql += u" WHERE "_s + filter.whereClause();
    QSqlQuery query(m_database);
    query.prepare(sql);
    for (const QVariant &value : filter.values())
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

qint64 ServiceRecordStore::reassignResident(qint64 from, qint64 to)
{
    QSqlQuery query(m_database);
    qint64 changed = 0;
    // Voided records go along: they are kept, and keep no link to a person erased.
    for (const QString &table : {u"voided_service_records"_s, u"service_records"_s}) {
        query.prepare(u"UPDATE %1 SET resident_id = ? WHERE resident_id = ?"_s.arg(table));
        query.addBindValue(to > 0 ? QVariant(to) : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(from);
        if (!query.exec()) {
            m_lastError = StorageError::explain(query.lastError());
            return -1;
        }
        changed = query.numRowsAffected();
    }
    return changed;
}

} // namespace linli
