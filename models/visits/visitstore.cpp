#include "visitstore.h"

#include "auditlog.h"
#include "centerscope.h"
#include "logging.h"
#include "residenttablemodel.h"
#include "savedentries.h"
#include "servicerecordstore.h"
#include "sqldialect.h"
#include "sqlselect.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto timestampFormat = u"yyyy-MM-dd HH:mm:ss"_s;
constexpr int longestVisitMinutes = 10 * 60;

QString frequencyText(VisitRecurrence::Frequency frequency)
{
    switch (frequency) {
    case VisitRecurrence::Frequency::Weekly:
        return u"weekly"_s;
    case VisitRecurrence::Frequency::EveryNDays:
        return u"every_n_days"_s;
    case VisitRecurrence::Frequency::Monthly:
        return u"monthly"_s;
    }
    return {};
}

VisitRecurrence::Frequency frequencyFrom(const QString &text)
{
    if (text == u"every_n_days"_s)
        return VisitRecurrence::Frequency::EveryNDays;
    if (text == u"monthly"_s)
        return VisitRecurrence::Frequency::Monthly;
    return VisitRecurrence::Frequency::Weekly;
}

// SQL NULL for an empty QString would break the NOT NULL text columns.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QVariant orNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant orNull(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

// The columns readVisit() reads, from visits aliased v.
const QString visitColumns = u"v.id, coalesce(v.series_id, 0), v.resident_id, coalesce(v.staff_id, 0), v.kind, "
                             "v.starts_at, v.duration_minutes, v.place, v.status, v.outcome, v.cancel_reason, "
                             "coalesce(v.service_record_id, 0), v.version, v.notes"_s;

VisitRow readVisit(const QSqlQuery &query)
{
    VisitRow row;
    row.id = query.value(0).toLongLong();
    row.seriesId = query.value(1).toLongLong();
    row.residentId = query.value(2).toLongLong();
    row.staffId = query.value(3).toLongLong();
    row.kind = query.value(4).toString();
    row.startsAt = QDateTime::fromString(query.value(5).toString(), timestampFormat);
    row.durationMinutes = query.value(6).toInt();
    row.place = query.value(7).toString();
    row.status = query.value(8).toString();
    row.outcome = query.value(9).toString();
    row.cancelReason = query.value(10).toString();
    row.serviceRecordId = query.value(11).toLongLong();
    row.version = query.value(12).toInt();
    row.notes = query.value(13).toString();
    return row;
}

} // namespace

VisitStore::VisitStore(const QSqlDatabase &database)
    : m_database(database)
{}

QString VisitStore::serviceTypeCode(const QString &kind)
{
    if (kind == u"home_visit"_s)
        return u"EC01"_s; // 独居老人上门探访
    if (kind == u"rehab_center"_s)
        return u"RH02"_s; // 康复训练（站内）
    if (kind == u"rehab_home"_s)
        return u"RH03"_s; // 上门康复指导
    if (kind == u"phone_check"_s)
        return u"EC02"_s; // 日常安全问候（电话/敲门）
    return {};
}

QString VisitStore::refusal(const VisitDraft &draft) const
{
    if (serviceTypeCode(draft.kind).isEmpty())
        return tr("Choose the kind of visit.");
    if (!draft.startTime.isValid())
        return tr("Choose the time of the visit.");
    if (draft.durationMinutes < 1 || draft.durationMinutes > longestVisitMinutes)
        return tr("A visit lasts 1 to %1 minutes.").arg(longestVisitMinutes);
    QSqlQuery query(m_database);
    query.prepare(u"SELECT 1 FROM residents WHERE id = ? AND status = 'active'"_s);
    query.addBindValue(draft.residentId);
    if (!query.exec() || !query.next())
        return tr("Choose a resident who is registered here.");
    if (draft.staffId > 0) {
        query.prepare(u"SELECT 1 FROM staff WHERE id = ? AND active = 1"_s);
        query.addBindValue(draft.staffId);
        if (!query.exec() || !query.next())
            return tr("The staff member is not active.");
    }
    return {};
}

Result<qint64> VisitStore::createSeries(const VisitDraft &draft, const VisitRecurrence &rule, QDate today)
{
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Visits);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was planned. Try again."));
    SavedEntries entries(m_database);
    if (const Result<qint64> saved = entries.savedAs(draft.entryKey, u"visit_series"_s);
        !saved.isDone() || saved.value())
        return saved;
    const Result<qint64> created = insertSeries(draft, rule, today);
    if (created.isDone()
        && (!entries.remember(draft.entryKey, u"visit_series"_s, created.value()) || !transaction.commit()))
        return Problem::failed(tr("The visits could not be planned: the database refused them."));
    return created;
}

Result<qint64> VisitStore::insertSeries(const VisitDraft &draft, const VisitRecurrence &rule, QDate today,
                                        const QList<QDate> &skipDays)
{
    if (const QString reason = refusal(draft); !reason.isEmpty())
        return Problem::invalid(reason);
    if (const QString reason = rule.problem(); !reason.isEmpty())
        return Problem::invalid(reason);
    // A series with an end is written whole; one without, a horizon ahead.
    const QDate horizon = rule.isEndless() ? today.addDays(horizonDays) : rule.start.addYears(100);
    QList<QDate> days = rule.occurrences(horizon);
    days.removeIf([&skipDays](QDate day) { return skipDays.contains(day); });
    if (days.isEmpty() && !rule.isEndless())
        return Problem::invalid(tr("The rule gives no visit."));
    QSqlQuery query(m_database);
    query.prepare(
            u"INSERT INTO visit_series (resident_id, staff_id, kind, frequency, interval_days, weekdays, "
            "month_day, start_date, until_date, occurrence_count, start_time, duration_minutes, place, notes, "
            "materialized_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    const QVariantList values
            = {draft.residentId,
               orNull(draft.staffId),
               draft.kind,
               frequencyText(rule.frequency),
               rule.interval,
               rule.weekdays,
               rule.frequency == VisitRecurrence::Frequency::Monthly ? QVariant(rule.monthDay) : QVariant(),
               rule.start.toString(Qt::ISODate),
               orNull(rule.until),
               rule.count > 0 ? QVariant(rule.count) : QVariant(),
               draft.startTime.toString(u"HH:mm"_s),
               draft.durationMinutes,
               text(draft.place.trimmed()),
               text(draft.notes),
               rule.isEndless() ? orNull(horizon) : QVariant(),
               QDateTime::currentDateTime().toString(timestampFormat)};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcDatabase) << "planning a series failed:" << query.lastError().text();
        return Problem::failed(tr("The visits could not be planned."));
    }
    const qint64 seriesId = returnedId(query);
    const QString changes = u"resident=%1; visits=%2"_s.arg(draft.residentId).arg(days.size());
    if (!writeOccurrences(seriesId, draft, days)
        || !AuditLog(m_database).record({u"CREATE"_s, u"visit_series"_s, seriesId, changes, u"ok"_s}))
        return Problem::failed(tr("The visits could not be planned."));
    return seriesId;
}

bool VisitStore::writeOccurrences(qint64 seriesId, const VisitDraft &draft, const QList<QDate> &days)
{
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO visits (series_id, resident_id, staff_id, kind, starts_at, duration_minutes, place, "
                  "notes, conflict_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (QDate day : days) {
        for (const QVariant &value :
             QVariantList{seriesId, draft.residentId, orNull(draft.staffId), draft.kind,
                          QDateTime(day, draft.startTime).toString(timestampFormat), draft.durationMinutes,
                          text(draft.place.trimmed()), text(draft.notes), text(draft.conflictReason.trimmed())})
            query.addBindValue(value);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            qCWarning(lcDatabase) << "writing a visit failed:" << m_lastError;
            return false;
        }
    }
    return true;
}

std::optional<VisitRecurrence> VisitStore::ruleOf(qint64 seriesId) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT frequency, interval_days, weekdays, coalesce(month_day, 1), start_date, "
                  "coalesce(until_date, ''), coalesce(occurrence_count, 0) FROM visit_series WHERE id = ?"_s);
    query.addBindValue(seriesId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    VisitRecurrence rule;
    rule.frequency = frequencyFrom(query.value(0).toString());
    rule.interval = query.value(1).toInt();
    rule.weekdays = query.value(2).toInt();
    rule.monthDay = query.value(3).toInt();
    rule.start = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    rule.until = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    rule.count = query.value(6).toInt();
    return rule;
}

bool VisitStore::extendSeries(QDate today)
{
    const QDate horizon = today.addDays(horizonDays);
    QSqlQuery query(m_database);
    query.prepare(u"SELECT id, resident_id, coalesce(staff_id, 0), kind, start_time, duration_minutes, place, notes, "
                  "materialized_until FROM visit_series WHERE until_date IS NULL AND occurrence_count IS NULL "
                  "AND materialized_until IS NOT NULL AND materialized_until < ?"_s);
    query.addBindValue(horizon.toString(Qt::ISODate));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    struct Pending
    {
        qint64 id;
        VisitDraft draft;
        QDate writtenUntil;
    };
    QList<Pending> pending;
    while (query.next()) {
        VisitDraft draft;
        draft.residentId = query.value(1).toLongLong();
        draft.staffId = query.value(2).toLongLong();
        draft.kind = query.value(3).toString();
        draft.startTime = QTime::fromString(query.value(4).toString(), u"HH:mm"_s);
        draft.durationMinutes = query.value(5).toInt();
        draft.place = query.value(6).toString();
        draft.notes = query.value(7).toString();
        pending.append({query.value(0).toLongLong(), draft, QDate::fromString(query.value(8).toString(), Qt::ISODate)});
    }
    if (pending.isEmpty())
        return true;
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Visits);
    if (!transaction.isActive())
        return false;
    for (const Pending &series : std::as_const(pending)) {
        const std::optional<VisitRecurrence> rule = ruleOf(series.id);
        if (!rule)
            return false;
        QList<QDate> days = rule->occurrences(horizon);
        days.removeIf([&series](QDate day) { return day <= series.writtenUntil; });
        QSqlQuery update(m_database);
        update.prepare(u"UPDATE visit_series SET materialized_until = ? WHERE id = ?"_s);
        update.addBindValue(horizon.toString(Qt::ISODate));
        update.addBindValue(series.id);
        if (!writeOccurrences(series.id, series.draft, days) || !update.exec())
            return false;
    }
    return transaction.commit();
}

QList<VisitRow> VisitStore::visitsOfSeries(qint64 seriesId) const
{
    return visitsFrom(u"SELECT %1 FROM visits v WHERE v.series_id = ? ORDER BY v.starts_at, v.id"_s.arg(visitColumns),
                      {seriesId});
}

QList<VisitRow> VisitStore::visitsFrom(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database);
    QList<VisitRow> rows;
    if (!runSelect(query, sql, values, m_lastError))
        return rows;
    while (query.next())
        rows.append(readVisit(query));
    return rows;
}

std::optional<VisitRow> VisitStore::visit(qint64 id) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT %1 FROM visits v WHERE v.id = ?"_s.arg(visitColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readVisit(query);
}

namespace {

// The visit as the clerk saw it, still planned; otherwise why not.
std::optional<Problem> staleness(const std::optional<VisitRow> &visit, int version)
{
    if (!visit)
        return Problem::conflict(VisitStore::tr("The visit no longer exists."));
    if (visit->version != version)
        return Problem::conflict(
                VisitStore::tr("Someone else changed this visit meanwhile. Nothing was changed; look at it again."));
    if (visit->status != u"planned"_s)
        return Problem::invalid(VisitStore::tr("Only a planned visit can be changed this way."));
    return std::nullopt;
}

} // namespace

Result<qint64> VisitStore::move(qint64 visitId, int version, const QDateTime &startsAt, const QString &conflictReason)
{
    const std::optional<VisitRow> row = visit(visitId);
    if (!row)
        return *staleness(row, version);
    VisitDraft draft;
    draft.residentId = row->residentId;
    draft.staffId = row->staffId;
    draft.kind = row->kind;
    draft.startTime = startsAt.time();
    draft.durationMinutes = row->durationMinutes;
    draft.place = row->place;
    draft.notes = row->notes;
    draft.conflictReason = conflictReason;
    return changeOne(visitId, version, draft, startsAt.date());
}

Result<qint64> VisitStore::changeOne(qint64 visitId, int version, const VisitDraft &draft, QDate day)
{
    if (!day.isValid() || !draft.startTime.isValid())
        return Problem::invalid(tr("Choose the new time of the visit."));
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Visits);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was changed. Try again."));
    const std::optional<VisitRow> row = visit(visitId);
    if (const std::optional<Problem> stale = staleness(row, version))
        return *stale;
    VisitDraft checked = draft;
    checked.residentId = row->residentId; // the visit stays with its resident
    if (const QString reason = refusal(checked); !reason.isEmpty())
        return Problem::invalid(reason);
    QSqlQuery query(m_database);
    query.prepare(u"UPDATE visits SET staff_id = ?, kind = ?, starts_at = ?, duration_minutes = ?, place = ?, "
                  "notes = ?, conflict_reason = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    for (const QVariant &value :
         QVariantList{orNull(checked.staffId), checked.kind,
                      QDateTime(day, checked.startTime).toString(timestampFormat), checked.durationMinutes,
                      text(checked.place.trimmed()), text(checked.notes), text(checked.conflictReason.trimmed()),
                      visitId, version})
        query.addBindValue(value);
    const QString changes = u"starts_at: %1 → %2"_s.arg(row->startsAt.toString(timestampFormat),
                                                        QDateTime(day, checked.startTime).toString(timestampFormat));
    if (!query.exec() || query.numRowsAffected() != 1
        || !AuditLog(m_database).record({u"UPDATE"_s, u"visit"_s, visitId, changes, u"ok"_s}) || !transaction.commit())
        return Problem::failed(tr("The visit could not be changed."));
    return visitId;
}

Result<qint64> VisitStore::cancel(qint64 visitId, int version, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Problem::invalid(tr("Say why the visit is cancelled."));
    return setStatus(visitId, version, u"cancelled"_s, u"cancel_reason"_s, text(reason.trimmed()));
}

Result<qint64> VisitStore::markMissed(qint64 visitId, int version, const QString &nextStep)
{
    if (nextStep.trimmed().isEmpty())
        return Problem::invalid(tr("Missed: write down the next step (call back, ask the neighbours, visit again)."));
    return setStatus(visitId, version, u"missed"_s, u"outcome"_s, nextStep.trimmed());
}

Result<qint64> VisitStore::logUnansweredCall(qint64 residentId, qint64 staffId, const QDateTime &at,
                                             const QString &nextStep)
{
    if (nextStep.trimmed().isEmpty())
        return Problem::invalid(tr("Not reached: write down the next step (call again, ask the neighbours, visit)."));
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Visits);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was changed. Try again."));
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO visits (resident_id, staff_id, kind, starts_at, duration_minutes, status, outcome) "
                  "VALUES (?, ?, 'phone_check', ?, 5, 'missed', ?) RETURNING id"_s);
    query.addBindValue(residentId);
    query.addBindValue(orNull(staffId));
    query.addBindValue(at.toString(timestampFormat));
    query.addBindValue(nextStep.trimmed());
    if (!query.exec())
        return StorageError::failure(query.lastError(), tr("The call could not be written down."));
    const qint64 id = returnedId(query);
    const QString changes = u"kind=phone_check; status=missed; resident=%1"_s.arg(residentId);
    if (!AuditLog(m_database).record({u"CREATE"_s, u"visit"_s, id, changes, u"ok"_s}) || !transaction.commit())
        return Problem::failed(tr("The call could not be written down."));
    return id;
}

Result<qint64> VisitStore::setStatus(qint64 visitId, int version, const QString &status, const QString &column,
                                     const QString &text)
{
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Visits);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was changed. Try again."));
    const std::optional<VisitRow> row = visit(visitId);
    if (const std::optional<Problem> stale = staleness(row, version))
        return *stale;
    QSqlQuery query(m_database);
    // `column` is one of ours, never typed by anyone.
    query.prepare(
            u"UPDATE visits SET status = ?, %1 = ?, version = version + 1 WHERE id = ? AND version = ?"_s.arg(column));
    query.addBindValue(status);
    query.addBindValue(text);
    query.addBindValue(visitId);
    query.addBindValue(version);
    const QString changes = u"status: %1 → %2"_s.arg(row->status, status);
    if (!query.exec() || query.numRowsAffected() != 1
        || !AuditLog(m_database).record({u"UPDATE"_s, u"visit"_s, visitId, changes, u"ok"_s}) || !transaction.commit())
        return Problem::failed(tr("The visit could not be changed."));
    return visitId;
}

Result<qint64> VisitStore::markDone(qint64 visitId, int version, const QString &outcome, const QDateTime &now)
{
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Visits);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was changed. Try again."));
    const std::optional<VisitRow> row = visit(visitId);
    if (const std::optional<Problem> stale = staleness(row, version))
        return *stale;
    QSqlQuery query(m_database);
    query.prepare(u"SELECT id FROM service_types WHERE code = ?"_s);
    query.addBindValue(serviceTypeCode(row->kind));
    if (!query.exec() || !query.next())
        return Problem::invalid(tr("The service type for this kind of visit is missing from the catalogue."));
    ServiceEntry entry;
    entry.residentId = row->residentId;
    entry.serviceTypeId = query.value(0).toLongLong();
    // Done early (before its planned time): it happened now.
    entry.servedAt = row->startsAt <= now ? row->startsAt : now;
    entry.handlerId = row->staffId;
    entry.durationMinutes = row->durationMinutes;
    entry.outcome = outcome.trimmed();
    ServiceRecordStore services(m_database);
    services.setReferenceTime(now);
    const Result<qint64> logged = services.logWithinTransaction(entry);
    if (!logged.isDone())
        return logged.problem();
    query.prepare(u"UPDATE visits SET status = 'done', outcome = ?, service_record_id = ?, version = version + 1 "
                  "WHERE id = ? AND version = ?"_s);
    query.addBindValue(text(outcome.trimmed()));
    query.addBindValue(logged.value());
    query.addBindValue(visitId);
    query.addBindValue(version);
    const QString changes = u"status: %1 → done; service_record=%2"_s.arg(row->status).arg(logged.value());
    if (!query.exec() || query.numRowsAffected() != 1
        || !AuditLog(m_database).record({u"UPDATE"_s, u"visit"_s, visitId, changes, u"ok"_s}) || !transaction.commit())
        return Problem::failed(tr("The visit could not be changed."));
    return visitId;
}

Result<qint64> VisitStore::changeFollowing(qint64 visitId, const VisitDraft &draft, QDate today)
{
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Visits);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was changed. Try again."));
    SavedEntries entries(m_database);
    if (const Result<qint64> saved = entries.savedAs(draft.entryKey, u"visit_series"_s);
        !saved.isDone() || saved.value())
        return saved;
    const std::optional<VisitRow> row = visit(visitId);
    if (!row || row->seriesId == 0)
        return Problem::invalid(tr("This visit is not part of a series."));
    const std::optional<VisitRecurrence> rule = ruleOf(row->seriesId);
    if (!rule)
        return Problem::conflict(tr("The series no longer exists."));
    const QDate day = row->startsAt.date();
    const QString dayStart = QDateTime(day, QTime(0, 0)).toString(timestampFormat);
    // What happened stays: visits done, missed or cancelled from this day on keep their rows and days.
    QList<QDate> kept;
    int held = 0;
    for (const VisitRow &each : visitsOfSeries(row->seriesId)) {
        if (each.startsAt.date() < day)
            ++held;
        else if (each.status != u"planned"_s)
            kept.append(each.startsAt.date());
    }
    QSqlQuery query(m_database);
    query.prepare(u"DELETE FROM visits WHERE series_id = ? AND status = 'planned' AND starts_at >= ?"_s);
    query.addBindValue(row->seriesId);
    query.addBindValue(dayStart);
    QSqlQuery end(m_database);
    end.prepare(u"UPDATE visit_series SET until_date = ?, occurrence_count = NULL, materialized_until = NULL "
                "WHERE id = ?"_s);
    end.addBindValue(day.addDays(-1).toString(Qt::ISODate));
    end.addBindValue(row->seriesId);
    const QString changes = u"until_date=%1"_s.arg(day.addDays(-1).toString(Qt::ISODate));
    if (!query.exec() || !end.exec()
        || !AuditLog(m_database).record({u"UPDATE"_s, u"visit_series"_s, row->seriesId, changes, u"ok"_s}))
        return Problem::failed(tr("The series could not be changed."));
    VisitRecurrence rest = rule->startingOn(day, held);
    const Result<qint64> created = insertSeries(draft, rest, today, kept);
    if (!created.isDone())
        return created;
    if (!entries.remember(draft.entryKey, u"visit_series"_s, created.value()) || !transaction.commit())
        return Problem::failed(tr("The series could not be changed."));
    return created;
}

QList<AgendaEntry> VisitStore::agenda(qint64 staffId, QDate from, QDate to) const
{
    QString where = u"v.starts_at >= ? AND v.starts_at < ?"_s;
    QVariantList values = {QDateTime(from, QTime(0, 0)).toString(timestampFormat),
                           QDateTime(to.addDays(1), QTime(0, 0)).toString(timestampFormat)};
    if (staffId > 0) {
        where += u" AND v.staff_id = ?"_s;
        values.append(staffId);
    }
    return entriesFrom(where, values, u"v.starts_at, v.id"_s);
}

QList<AgendaEntry> VisitStore::visitsOfResident(qint64 residentId, QDate today, int limit) const
{
    const QString dayStart = QDateTime(today, QTime(0, 0)).toString(timestampFormat);
    // `dayStart` is ours, formatted above: safe inside the ORDER BY, which takes no bound values here.
    return entriesFrom(u"v.resident_id = ?"_s, {residentId},
                       u"v.starts_at < '%1', CASE WHEN v.starts_at >= '%1' THEN v.starts_at END, v.starts_at DESC, "
                       "v.id LIMIT %2"_s.arg(dayStart)
                               .arg(qMax(1, limit)));
}

QList<AgendaEntry> VisitStore::entriesFrom(const QString &chosen, const QVariantList &chosenValues,
                                           const QString &order) const
{
    // The visits to residents of the actor's center (CenterScope).
    const CenterScope center = CenterScope::of(m_database);
    const QString where
            = center.isWholeDistrict() ? chosen : chosen + u" AND "_s + center.gridCondition(u"r.grid_id"_s);
    const QString sql = u"SELECT %1, r.name, g.name, r.building, r.unit, r.room, coalesce(h.name, ''), r.phone "
                        "FROM visits v JOIN residents r ON r.id = v.resident_id JOIN grids g ON g.id = r.grid_id "
                        "LEFT JOIN staff h ON h.id = v.staff_id WHERE %2 ORDER BY %3"_s.arg(visitColumns, where, order);
    QSqlQuery query(m_database);
    QList<AgendaEntry> entries;
    if (!runSelect(query, sql, chosenValues + center.values(), m_lastError))
        return entries;
    while (query.next()) {
        AgendaEntry entry;
        entry.visit = readVisit(query);
        entry.residentName = query.value(14).toString();
        ResidentRow where;
        where.gridName = query.value(15).toString();
        where.building = query.value(16).toString();
        where.unit = query.value(17).toString();
        where.room = query.value(18).toString();
        entry.address = ResidentTableModel::addressText(where);
        entry.gridName = where.gridName;
        entry.building = where.building;
        entry.unit = where.unit;
        entry.room = where.room;
        entry.staffName = query.value(19).toString();
        entry.phone = query.value(20).toString();
        entries.append(entry);
    }
    return entries;
}

QList<VisitDayCount> VisitStore::dayCounts(qint64 staffId, QDate from, QDate to) const
{
    QString sql = u"SELECT substr(v.starts_at, 1, 10), v.status, count(*) FROM visits v "
                  "WHERE v.starts_at >= ? AND v.starts_at < ?"_s;
    QVariantList values = {QDateTime(from, QTime(0, 0)).toString(timestampFormat),
                           QDateTime(to.addDays(1), QTime(0, 0)).toString(timestampFormat)};
    if (staffId > 0) {
        sql += u" AND v.staff_id = ?"_s;
        values.append(staffId);
    }
    // Each visit's resident looked up: a week's visits are far fewer than a center's residents.
    if (const CenterScope center = CenterScope::of(m_database); !center.isWholeDistrict()) {
        sql += u" AND (SELECT r.grid_id FROM residents r WHERE r.id = v.resident_id) IN "
               "(SELECT id FROM grids WHERE center_id = ?)"_s;
        values += center.values();
    }
    QSqlQuery query(m_database);
    QList<VisitDayCount> days;
    if (!runSelect(query, sql + u" GROUP BY 1, 2 ORDER BY 1"_s, values, m_lastError))
        return days;
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        if (days.isEmpty() || days.constLast().day != day)
            days.append(VisitDayCount{day});
        VisitDayCount &count = days.last();
        const QString status = query.value(1).toString();
        const int n = query.value(2).toInt();
        if (status == u"planned"_s)
            count.planned += n;
        else if (status == u"done"_s)
            count.done += n;
        else if (status == u"missed"_s)
            count.missed += n;
        else
            count.cancelled += n;
    }
    return days;
}

qint64 VisitStore::staffNamed(const QString &name) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT id FROM staff WHERE name = ? ORDER BY active DESC, id LIMIT 1"_s);
    query.addBindValue(name.trimmed());
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<VisitRow> VisitStore::conflicts(qint64 staffId, qint64 residentId, const QDateTime &start, int minutes,
                                      qint64 exceptVisitId) const
{
    const QDateTime end = start.addSecs(60LL * minutes);
    // Visits last at most longestVisitMinutes: only those starting that long before can reach in.
    const QString earliest = start.addSecs(-60LL * longestVisitMinutes).toString(timestampFormat);
    const QString overlap = u"starts_at > ? AND starts_at < ? AND %1 > ? AND status <> 'cancelled' AND id <> ?"_s.arg(
            SqlDialect::timestampAfter(m_database, u"starts_at"_s, u"duration_minutes"_s, SqlDialect::Unit::Minutes));
    QStringList parts;
    QVariantList values;
    for (const auto &[column, id] : {std::pair{u"staff_id"_s, staffId}, std::pair{u"resident_id"_s, residentId}}) {
        if (id <= 0)
            continue;
        parts.append(u"SELECT %1 FROM visits v WHERE v.%2 = ? AND %3"_s.arg(visitColumns, column, overlap));
        values << id << earliest << end.toString(timestampFormat) << start.toString(timestampFormat) << exceptVisitId;
    }
    if (parts.isEmpty())
        return {};
    return visitsFrom(parts.join(u" UNION "_s) + u" ORDER BY 6"_s, values);
}

qint64 VisitStore::reassignResident(qint64 from, qint64 to)
{
    QSqlQuery query(m_database);
    const auto run = [&query, from, to](const QString &sql) {
        query.prepare(sql);
        query.addBindValue(to);
        query.addBindValue(from);
        return query.exec();
    };
    if (!run(u"UPDATE visits SET resident_id = ? WHERE resident_id = ?"_s)) {
        m_lastError = StorageError::explain(query.lastError());
        return -1;
    }
    const qint64 moved = query.numRowsAffected();
    if (!run(u"UPDATE visit_series SET resident_id = ? WHERE resident_id = ?"_s)) {
        m_lastError = StorageError::explain(query.lastError());
        return -1;
    }
    return moved;
}

qint64 VisitStore::removeResident(qint64 residentId)
{
    QSqlQuery query(m_database);
    const auto run = [&query, residentId](const QString &sql) {
        query.prepare(sql);
        query.addBindValue(residentId);
        return query.exec();
    };
    if (!run(u"DELETE FROM visits WHERE resident_id = ?"_s)) {
        m_lastError = StorageError::explain(query.lastError());
        return -1;
    }
    const qint64 removed = query.numRowsAffected();
    if (!run(u"DELETE FROM visit_series WHERE resident_id = ?"_s)) {
        m_lastError = StorageError::explain(query.lastError());
        return -1;
    }
    return removed;
}

} // namespace linli
