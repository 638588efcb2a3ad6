#include "recordcorrections.h"

#include "actor.h"
#include "auditlog.h"
#include "calendarstore.h"
#include "careschedule.h"
#include "casestatus.h"
#include "centerscope.h"
#include "logging.h"
#include "servicefilter.h"
#include "storageerror.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto timestampFormat = u"yyyy-MM-dd HH:mm:ss"_s;

QString month(const QString &timestamp)
{
    return timestamp.left(7);
}

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// What a correction changes, field by field, in the words the audit log and the history keep.
QList<FieldChange> differences(const ServiceEntry &before, const ServiceEntry &after)
{
    QList<FieldChange> changes;
    const auto note = [&changes](const QString &field, const QString &old, const QString &now) {
        if (old != now)
            changes.append({field, old, now});
    };
    note(u"served_at"_s, before.servedAt.toString(timestampFormat), after.servedAt.toString(timestampFormat));
    note(u"service_type"_s, idText(before.serviceTypeId), idText(after.serviceTypeId));
    note(u"resident"_s, idText(before.residentId), idText(after.residentId));
    note(u"handler"_s, idText(before.handlerId), idText(after.handlerId));
    note(u"duration_minutes"_s, QString::number(before.durationMinutes), QString::number(after.durationMinutes));
    note(u"outcome"_s, before.outcome, after.outcome.trimmed());
    note(u"notes"_s, before.notes, after.notes);
    return changes;
}

bool changesFigures(const QList<FieldChange> &changes)
{
    for (const FieldChange &change : changes) {
        if (change.field == u"served_at"_s || change.field == u"service_type"_s || change.field == u"resident"_s)
            return true;
    }
    return false;
}

// "served_at: 2026-10-01 09:00:00 → 2026-10-02 09:00:00; outcome": the texts typed by hand are named,
// not copied (the record's history keeps them, readable where the record is).
QString auditChanges(const QList<FieldChange> &changes)
{
    QStringList parts;
    for (const FieldChange &change : changes) {
        if (change.field == u"outcome"_s || change.field == u"notes"_s)
            parts.append(change.field);
        else
            parts.append(u"%1: %2 → %3"_s.arg(change.field, change.before, change.after));
    }
    return parts.join(u"; "_s);
}

// A reason typed at the desk as one part of an audit row (whose parts are joined by "; ").
QString auditText(const QString &text)
{
    QString flat = text.simplified();
    return flat.replace(u';', u',');
}

} // namespace

struct RecordCorrections::Stored
{
    ServiceRecordRow row;
    qint64 visitId = 0; // the visit whose marking done logged the record; 0: none
};

RecordCorrections::RecordCorrections(const QSqlDatabase &database)
    : m_database(database)
{}

QDateTime RecordCorrections::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

Result<void> RecordCorrections::mayMend(const ServiceRecordRow &record) const
{
    const Actor actor = Actor::of(m_database);
    if (actor.may(Permission::CorrectAnyRecord))
        return Result<void>::done();
    const bool own = actor.userId > 0 && record.createdById == actor.userId;
    const bool today = QDateTime::fromString(record.createdAt, timestampFormat).date() == now().date();
    if (own && today)
        return Result<void>::done();
    return Problem::notPermitted(tr("You may correct or void the records you logged today; this one was logged "
                                    "by someone else or on an earlier day. Ask a manager to mend it."));
}

Result<ServiceRecordRow> RecordCorrections::readRecord(qint64 recordId) const
{
    ServiceRecordStore store(m_database);
    const std::optional<ServiceRecordRow> row = store.record(recordId);
    if (row)
        return *row;
    if (!store.lastError().isEmpty())
        return Problem::failed(tr("The record could not be read."), store.lastError());
    return Problem::conflict(tr("This record no longer exists: it was voided meanwhile. Nothing was changed."));
}

// Before the write transaction: a refusal is audited in a transaction of its own.
Result<void> RecordCorrections::permitted(qint64 recordId) const
{
    const Result<ServiceRecordRow> row = readRecord(recordId);
    if (!row.isDone())
        return row.problem();
    const Result<void> own = mayMend(row.value());
    if (own.isDone() || Actor::require(m_database, Permission::CorrectAnyRecord).isDone())
        return Result<void>::done();
    return own;
}

Result<RecordCorrections::Stored> RecordCorrections::storedForMending(qint64 recordId, int version) const
{
    const Result<ServiceRecordRow> read = readRecord(recordId);
    if (!read.isDone())
        return read.problem();
    const ServiceRecordRow &row = read.value();
    if (row.version != version)
        return Problem::conflict(tr("Someone else changed this record meanwhile. Nothing was changed; look at it "
                                    "again."));
    // A record outside the actor's center is not theirs to mend, whatever the window offers.
    ServiceFilter scope;
    scope.centerId = CenterScope::of(m_database).centerId();
    QSqlQuery query(m_database);
    QString visible = u"SELECT 1 FROM service_records s WHERE s.id = ?"_s;
    if (!scope.isEmpty())
        visible += u" AND "_s + scope.whereClause(ServiceFilter::Use::NewestFirstPage);
    query.prepare(visible);
    query.addBindValue(recordId);
    for (const QVariant &value : scope.values())
        query.addBindValue(value);
    if (!query.exec())
        return StorageError::failure(query.lastError(), tr("The record could not be read."));
    if (!query.next())
        return Problem::notPermitted(tr("This record belongs to another center."));
    Stored stored{row, 0};
    query.prepare(u"SELECT id FROM visits WHERE service_record_id = ?"_s);
    query.addBindValue(recordId);
    if (!query.exec())
        return StorageError::failure(query.lastError(), tr("The record could not be read."));
    if (query.next())
        stored.visitId = query.value(0).toLongLong();
    return stored;
}

Result<void> RecordCorrections::correct(qint64 recordId, int version, const ServiceEntry &corrected)
{
    if (const Result<void> allowed = permitted(recordId); !allowed.isDone())
        return allowed;
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::ServiceRecords | DataKind::Cases);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; the record was not corrected. Try again."));
    const Result<Stored> stored = storedForMending(recordId, version);
    if (!stored.isDone())
        return stored.problem();
    const ServiceEntry before = stored.value().row.asEntry();
    const QList<FieldChange> changes = differences(before, corrected);
    if (changes.isEmpty())
        return Problem::invalid(tr("Nothing was changed: the record holds this already."));
    ServiceRecordStore services(m_database);
    services.setReferenceTime(now());
    if (const QString refused = services.refusal(corrected, &before); !refused.isEmpty())
        return Problem::invalid(refused);
    if (stored.value().visitId > 0 && corrected.residentId != before.residentId)
        return Problem::invalid(tr("This record was logged when a visit was marked done; it belongs to the visit's "
                                   "resident."));

    QSqlQuery query(m_database);
    query.prepare(u"UPDATE service_records SET served_at = ?, service_type_id = ?, resident_id = ?, handler_id = ?, "
                  "duration_minutes = ?, outcome = ?, notes = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    const auto text = [](const QString &value) { return value.isNull() ? u""_s : value; };
    for (const QVariant &value :
         {QVariant(corrected.servedAt.toString(timestampFormat)), QVariant(corrected.serviceTypeId),
          idOrNull(corrected.residentId), idOrNull(corrected.handlerId), QVariant(corrected.durationMinutes),
          QVariant(text(corrected.outcome.trimmed())), QVariant(text(corrected.notes)), QVariant(recordId),
          QVariant(version)})
        query.addBindValue(value);
    if (!query.exec() || query.numRowsAffected() != 1) {
        qCWarning(lcDatabase) << "correcting a service record failed:" << query.lastError().text();
        return Problem::failed(tr("The record could not be corrected."), query.lastError().text());
    }
    if (const Result<void> followed = followCase(stored.value(), corrected); !followed.isDone())
        return followed;
    CareSchedule care(m_database);
    for (const qint64 resident : {before.residentId, corrected.residentId}) {
        if (resident > 0 && !care.refreshResident(resident))
            return Problem::failed(tr("The record could not be corrected."));
    }
    const bool figures = changesFigures(changes);
    const QString monthBefore = figures ? month(before.servedAt.toString(timestampFormat)) : QString();
    const QString monthAfter = figures ? month(corrected.servedAt.toString(timestampFormat)) : QString();
    QString audited = auditChanges(changes);
    if (figures)
        audited += u"; month=%1"_s.arg(monthBefore == monthAfter ? monthBefore : monthBefore + u", "_s + monthAfter);
    if (!writeHistory(recordId, false, changes, monthBefore, monthAfter)
        || !AuditLog(m_database).record({u"UPDATE"_s, u"service_record"_s, recordId, audited, u"ok"_s}))
        return Problem::failed(tr("The record could not be corrected."), m_lastError);
    if (!transaction.commit())
        return Problem::failed(tr("The record could not be corrected: the database refused it."));
    return Result<void>::done();
}

// The case of a corrected record: opened, ended as entered in error, or given the due date its type
// and time now make. The record's row holds the correction already.
Result<void> RecordCorrections::followCase(const Stored &stored, const ServiceEntry &after)
{
    const ServiceRecordRow &before = stored.row;
    const ServiceEntry old = before.asEntry();
    const bool typeChanged = old.serviceTypeId != after.serviceTypeId;
    const bool timeChanged = old.servedAt != after.servedAt;
    const bool hadCase = !before.caseStatus.isEmpty();
    if (!typeChanged && !timeChanged)
        return Result<void>::done();
    const auto failed = [](const QSqlQuery &query) {
        qCWarning(lcDatabase) << "a corrected record's case could not follow:" << query.lastError().text();
        return Problem::failed(tr("The record could not be corrected."), query.lastError().text());
    };
    QSqlQuery query(m_database);
    query.prepare(u"SELECT opens_case, coalesce(deadline_workdays, 0) FROM service_types WHERE id = ?"_s);
    query.addBindValue(after.serviceTypeId);
    if (!query.exec() || !query.next())
        return failed(query);
    const bool opensCase = query.value(0).toBool();
    const int deadline = query.value(1).toInt();
    const QString servedAt = after.servedAt.toString(timestampFormat);
    const Actor actor = Actor::of(m_database);

    if (hadCase && !opensCase) {
        query.prepare(u"UPDATE service_records SET case_status = NULL, due_date = NULL, resolved_date = NULL, "
                      "satisfaction = NULL, referred_to = '' WHERE id = ?"_s);
        query.addBindValue(before.id);
        if (!query.exec())
            return failed(query);
        query.prepare(u"INSERT INTO case_events (service_record_id, happened_at, user_id, staff_id, from_status, "
                      "to_status, note) VALUES (?, ?, ?, ?, ?, ?, '')"_s);
        query.addBindValue(before.id);
        query.addBindValue(now().toString(timestampFormat));
        query.addBindValue(actor.accountId());
        query.addBindValue(idOrNull(actor.staffId));
        query.addBindValue(before.caseStatus);
        query.addBindValue(CaseStatus::enteredInError);
        return query.exec() ? Result<void>::done() : failed(query);
    }
    if (!opensCase)
        return Result<void>::done();

    QVariant dueDate;
    if (deadline > 0) {
        const std::optional<WorkingDayCalendar> calendar = CalendarStore(m_database).calendar();
        if (!calendar)
            return Problem::failed(
                    tr("The record could not be corrected: the calendar of working days cannot be read."));
        dueDate = calendar->addWorkingDays(after.servedAt.date(), deadline).toString(Qt::ISODate);
    }
    if (!hadCase) {
        query.prepare(u"UPDATE service_records SET case_status = 'received', due_date = ? WHERE id = ?"_s);
        query.addBindValue(dueDate);
        query.addBindValue(before.id);
        if (!query.exec())
            return failed(query);
        query.prepare(u"INSERT INTO case_events (service_record_id, happened_at, user_id, staff_id, to_status) "
                      "VALUES (?, ?, ?, ?, 'received')"_s);
        query.addBindValue(before.id);
        query.addBindValue(servedAt);
        query.addBindValue(actor.accountId());
        query.addBindValue(idOrNull(actor.staffId));
        return query.exec() ? Result<void>::done() : failed(query);
    }
    if (timeChanged) {
        // The steps taken stay after the case was received.
        query.prepare(u"SELECT 1 FROM case_events WHERE service_record_id = ? AND from_status IS NOT NULL "
                      "AND happened_at < ?"_s);
        query.addBindValue(before.id);
        query.addBindValue(servedAt);
        if (!query.exec())
            return failed(query);
        if (query.next())
            return Problem::invalid(tr("A step of this record's case is dated before the new time. Correct the time "
                                       "to before the case's first step."));
        query.prepare(u"UPDATE case_events SET happened_at = ? WHERE service_record_id = ? AND from_status IS NULL"_s);
        query.addBindValue(servedAt);
        query.addBindValue(before.id);
        if (!query.exec())
            return failed(query);
    }
    query.prepare(u"UPDATE service_records SET due_date = ? WHERE id = ?"_s);
    query.addBindValue(dueDate);
    query.addBindValue(before.id);
    return query.exec() ? Result<void>::done() : failed(query);
}

Result<void> RecordCorrections::voidRecord(qint64 recordId, int version, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Problem::invalid(tr("Say why the record is voided."));
    if (const Result<void> allowed = permitted(recordId); !allowed.isDone())
        return allowed;
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::ServiceRecords | DataKind::Cases | DataKind::Visits);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; the record was not voided. Try again."));
    const Result<Stored> stored = storedForMending(recordId, version);
    if (!stored.isDone())
        return stored.problem();
    const ServiceRecordRow &row = stored.value().row;
    const Actor actor = Actor::of(m_database);
    QSqlQuery query(m_database);
    const auto failed = [&query]() {
        qCWarning(lcDatabase) << "voiding a service record failed:" << query.lastError().text();
        return Problem::failed(tr("The record could not be voided."), query.lastError().text());
    };
    // A visit whose record is voided was not done after all: it is planned again.
    if (const qint64 visitId = stored.value().visitId; visitId > 0) {
        query.prepare(u"UPDATE visits SET status = 'planned', outcome = '', service_record_id = NULL, "
                      "version = version + 1 WHERE id = ?"_s);
        query.addBindValue(visitId);
        const QString changes = u"status: done → planned; service_record=%1"_s.arg(recordId);
        if (!query.exec() || !AuditLog(m_database).record({u"UPDATE"_s, u"visit"_s, visitId, changes, u"ok"_s}))
            return failed();
    }
    const QString columns = u"id, resident_id, service_type_id, served_at, handler_id, duration_minutes, outcome, "
                            "notes, case_status, due_date, resolved_date, referred_to, satisfaction, created_by, "
                            "created_at, entry_key, version"_s;
    query.prepare(u"INSERT INTO voided_service_records (%1, voided_at, voided_by, void_reason) "
                  "SELECT %1, ?, ?, ? FROM service_records WHERE id = ?"_s.arg(columns));
    query.addBindValue(now().toString(timestampFormat));
    query.addBindValue(actor.accountId());
    query.addBindValue(reason.trimmed());
    query.addBindValue(recordId);
    if (!query.exec() || query.numRowsAffected() != 1)
        return failed();
    const QString eventColumns = u"service_record_id, happened_at, user_id, from_status, to_status, note, staff_id"_s;
    query.prepare(u"INSERT INTO voided_case_events (%1) SELECT %1 FROM case_events WHERE service_record_id = ? "
                  "ORDER BY happened_at, id"_s.arg(eventColumns));
    query.addBindValue(recordId);
    if (!query.exec())
        return failed();
    // Its case events go with it (ON DELETE CASCADE); the counts follow through the triggers.
    query.prepare(u"DELETE FROM service_records WHERE id = ? AND version = ?"_s);
    query.addBindValue(recordId);
    query.addBindValue(version);
    if (!query.exec() || query.numRowsAffected() != 1)
        return failed();
    if (row.residentId > 0 && !CareSchedule(m_database).refreshResident(row.residentId))
        return Problem::failed(tr("The record could not be voided."));
    const QString monthOf = month(row.servedAt);
    const QString audited = u"reason=%1; month=%2"_s.arg(auditText(reason), monthOf);
    if (!writeHistory(recordId, true, {{u"reason"_s, QString(), reason.trimmed()}}, monthOf, QString())
        || !AuditLog(m_database).record({u"VOID"_s, u"service_record"_s, recordId, audited, u"ok"_s}))
        return Problem::failed(tr("The record could not be voided."), m_lastError);
    if (!transaction.commit())
        return Problem::failed(tr("The record could not be voided: the database refused it."));
    return Result<void>::done();
}

bool RecordCorrections::writeHistory(qint64 recordId, bool isVoid, const QList<FieldChange> &fields,
                                     const QString &monthBefore, const QString &monthAfter)
{
    QJsonArray changes;
    for (const FieldChange &field : fields)
        changes.append(QJsonArray{field.field, field.before, field.after});
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO record_corrections (service_record_id, kind, at_utc, user_id, changes, month_before, "
                  "month_after) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(recordId);
    query.addBindValue(isVoid ? u"void"_s : u"correct"_s);
    query.addBindValue(now().toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(Actor::of(m_database).accountId());
    query.addBindValue(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    query.addBindValue(monthBefore.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(monthBefore));
    query.addBindValue(monthAfter.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(monthAfter));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QList<RecordChange> RecordCorrections::history(qint64 recordId) const
{
    QList<RecordChange> changes;
    QSqlQuery query(m_database);
    query.prepare(u"SELECT c.kind, c.at_utc, coalesce(nullif(u.display_name, ''), u.login, ''), c.changes "
                  "FROM record_corrections c LEFT JOIN users u ON u.id = c.user_id "
                  "WHERE c.service_record_id = ? ORDER BY c.at_utc, c.id"_s);
    query.addBindValue(recordId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return changes;
    }
    while (query.next()) {
        RecordChange change;
        change.isVoid = query.value(0).toString() == u"void"_s;
        change.atUtc = query.value(1).toString();
        change.byName = query.value(2).toString();
        const QJsonArray fields = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
        for (const QJsonValue &field : fields) {
            const QJsonArray parts = field.toArray();
            change.fields.append({parts.at(0).toString(), parts.at(1).toString(), parts.at(2).toString()});
        }
        changes.append(change);
    }
    // Ids become names in the reader's language: what the type, the resident and the handler were called.
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const auto nameOf = [this](const QString &sql, const QString &id) {
        if (id.isEmpty())
            return QString();
        QSqlQuery lookup(m_database);
        lookup.prepare(sql);
        lookup.addBindValue(id.toLongLong());
        return lookup.exec() && lookup.next() ? lookup.value(0).toString() : u"#"_s + id;
    };
    const QString typeName = chinese ? u"SELECT name_zh FROM service_types WHERE id = ?"_s
                                     : u"SELECT name_en FROM service_types WHERE id = ?"_s;
    for (RecordChange &change : changes) {
        for (FieldChange &field : change.fields) {
            QString sql;
            if (field.field == u"service_type"_s)
                sql = typeName;
            else if (field.field == u"resident"_s)
                sql = u"SELECT name FROM residents WHERE id = ?"_s;
            else if (field.field == u"handler"_s)
                sql = u"SELECT name FROM staff WHERE id = ?"_s;
            if (!sql.isEmpty()) {
                field.before = nameOf(sql, field.before);
                field.after = nameOf(sql, field.after);
            }
        }
    }
    return changes;
}

std::optional<VoidedRecord> RecordCorrections::voided(qint64 recordId) const
{
    ServiceRecordStore store(m_database);
    const std::optional<ServiceRecordRow> record = store.voidedRecord(recordId);
    if (!record) {
        m_lastError = store.lastError();
        return std::nullopt;
    }
    QSqlQuery query(m_database);
    query.prepare(u"SELECT s.voided_at, coalesce(nullif(v.display_name, ''), v.login, ''), s.void_reason "
                  "FROM voided_service_records s LEFT JOIN users v ON v.id = s.voided_by WHERE s.id = ?"_s);
    query.addBindValue(recordId);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    return VoidedRecord{*record, query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

} // namespace linli
