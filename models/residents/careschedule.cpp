#include "careschedule.h"

#include "actor.h"
#include "auditlog.h"
#include "centerscope.h"
#include "logging.h"
#include "sqldialect.h"
#include "storageerror.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto timestampFormat = u"yyyy-MM-dd HH:mm:ss"_s;
const auto staleKey = u"care_schedule_stale"_s;

struct IntervalKey
{
    const char16_t *key;
    int CareSchedule::Intervals::*field;
};

constexpr IntervalKey intervalKeys[] = {
        {u"care_interval_living_alone", &CareSchedule::Intervals::livingAlone},
        {u"care_interval_disabled", &CareSchedule::Intervals::disabled},
        {u"care_interval_key_care", &CareSchedule::Intervals::keyCare},
};

// The last contact: the latest service or visit done (SQLite's UPDATE reads old values, so the due
// date below is counted from the contact set here when both run).
QString lastContactUpdate(const QString &condition)
{
    return u"UPDATE residents AS r SET last_contact_at = (SELECT max(at) FROM ("
           "SELECT max(served_at) AS at FROM service_records WHERE resident_id = r.id "
           "UNION ALL SELECT max(starts_at) FROM visits WHERE resident_id = r.id AND status = 'done') AS contacts) "
           "WHERE %1"_s.arg(condition);
}

// The resident's own interval, else the shortest of their tags' defaults; none: not in care.
QString dueUpdate(const QSqlDatabase &database, const QString &condition)
{
    const QString due = SqlDialect::timestampAfter(
            database, u"coalesce(r.last_contact_at, nullif(r.registered_at, ''), '2000-01-01 00:00:00')"_s,
            u"coalesce(r.contact_interval_days, (SELECT min(CAST(s.value AS INTEGER)) FROM resident_tags t "
            "JOIN settings s ON s.key = 'care_interval_' || t.tag WHERE t.resident_id = r.id))"_s,
            SqlDialect::Unit::Days);
    return u"UPDATE residents AS r SET contact_due_at = CASE WHEN r.status <> 'active' THEN NULL ELSE %1 END "
           "WHERE %2"_s.arg(due, condition);
}

} // namespace

CareSchedule::CareSchedule(const QSqlDatabase &database)
    : m_database(database)
{}

std::optional<CareSchedule::Intervals> CareSchedule::intervals() const
{
    Intervals intervals;
    QSqlQuery query(m_database);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    for (const IntervalKey &entry : intervalKeys) {
        query.addBindValue(QString::fromUtf16(entry.key));
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return std::nullopt;
        }
        if (query.next())
            intervals.*entry.field = query.value(0).toInt();
    }
    return intervals;
}

Result<void> CareSchedule::setIntervals(const Intervals &intervals)
{
    for (const IntervalKey &entry : intervalKeys) {
        if (intervals.*entry.field < 1 || intervals.*entry.field > 365)
            return Problem::invalid(tr("A contact interval is 1 to 365 days."));
    }
    if (const Result<void> allowed = Actor::require(m_database, Permission::ChangeSettings); !allowed.isDone())
        return allowed;
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Settings | DataKind::Visits);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was changed. Try again."));
    QSqlQuery query(m_database);
    query.prepare(
            u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    QStringList changes;
    for (const IntervalKey &entry : intervalKeys) {
        query.addBindValue(QString::fromUtf16(entry.key));
        query.addBindValue(QString::number(intervals.*entry.field));
        if (!query.exec())
            return StorageError::failure(query.lastError(), tr("The intervals could not be saved."));
        changes.append(u"%1=%2"_s.arg(QString::fromUtf16(entry.key)).arg(intervals.*entry.field));
    }
    if (!refreshAll() || !AuditLog(m_database).record({u"UPDATE"_s, u"setting"_s, 0, changes.join(u"; "_s), u"ok"_s})
        || !transaction.commit())
        return Problem::failed(tr("The intervals could not be saved."));
    return Result<void>::done();
}

bool CareSchedule::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_database);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcDatabase) << "care schedule refresh failed:" << m_lastError;
        return false;
    }
    return true;
}

bool CareSchedule::refresh(const QString &condition, const QVariantList &values)
{
    return run(lastContactUpdate(condition), values) && run(dueUpdate(m_database, condition), values);
}

bool CareSchedule::scheduleRegisteredFrom(qint64 firstId)
{
    // Rewriting every row of a big import twice cost as much as writing them: only the residents
    // with an interval of their own or a tag can be in care.
    return run(dueUpdate(m_database,
                         u"r.id >= ? AND (r.contact_interval_days IS NOT NULL "
                         "OR r.id IN (SELECT resident_id FROM resident_tags WHERE resident_id >= ?))"_s),
               {firstId, firstId});
}

bool CareSchedule::refreshResident(qint64 residentId)
{
    return refresh(u"r.id = ?"_s, {residentId});
}

bool CareSchedule::refreshAll()
{
    return refresh(u"TRUE"_s, {});
}

bool CareSchedule::refreshIfStale()
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT 1 FROM settings WHERE key = ?"_s);
    query.addBindValue(staleKey);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (!query.next())
        return true;
    query.finish();
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Visits);
    QSqlQuery done(m_database);
    done.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    done.addBindValue(staleKey);
    return transaction.isActive() && refreshAll() && done.exec() && transaction.commit();
}

QList<CareSchedule::Alert> CareSchedule::overdue(const QDateTime &now, qint64 gridId, int limit,
                                                 const Alert *after) const
{
    QString conditions = u"r.contact_due_at IS NOT NULL AND r.contact_due_at < ?"_s;
    QVariantList values = {now.toString(timestampFormat)};
    const CenterScope center = CenterScope::of(m_database);
    if (const QString grids = center.chosenGridCondition(u"r.grid_id"_s, gridId); !grids.isEmpty()) {
        conditions += u" AND "_s + grids;
        values += center.chosenGridValues(gridId);
    }
    if (after) {
        conditions += u" AND (r.contact_due_at, r.id) > (?, ?)"_s;
        values << after->dueAt << after->residentId;
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
            u"SELECT r.id, r.name, g.name, coalesce(r.last_contact_at, ''), r.contact_due_at, r.phone, r.building, "
            "r.unit, r.room, (SELECT group_concat(tag) FROM resident_tags WHERE resident_id = r.id), "
            "coalesce(t.name_zh, ''), coalesce(t.name_en, ''), coalesce(a.starts_at, ''), coalesce(a.outcome, '') "
            "FROM residents r JOIN grids g ON g.id = r.grid_id "
            // The last contact's service: one look-up on the resident's records, then its type.
            "LEFT JOIN service_types t ON t.id = (SELECT s.service_type_id FROM service_records s "
            " WHERE s.resident_id = r.id AND s.served_at <= r.last_contact_at ORDER BY s.served_at DESC LIMIT 1) "
            // The last try since that nobody answered (未遇), with its next step: one look-up too.
            "LEFT JOIN visits a ON a.id = (SELECT v.id FROM visits v WHERE v.resident_id = r.id "
            " AND v.status = 'missed' AND v.starts_at > coalesce(r.last_contact_at, '') "
            " ORDER BY v.starts_at DESC LIMIT 1) "
            "WHERE %1 ORDER BY r.contact_due_at, r.id LIMIT ?"_s.arg(conditions));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    QList<Alert> alerts;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return alerts;
    }
    while (query.next()) {
        Alert alert;
        alert.residentId = query.value(0).toLongLong();
        alert.name = query.value(1).toString();
        alert.gridName = query.value(2).toString();
        alert.lastContactAt = query.value(3).toString();
        alert.dueAt = query.value(4).toString();
        alert.phone = query.value(5).toString();
        alert.building = query.value(6).toString();
        alert.unit = query.value(7).toString();
        alert.room = query.value(8).toString();
        const QString tags = query.value(9).toString();
        alert.tags = tags.isEmpty() ? QStringList() : tags.split(u',');
        alert.lastContactZh = query.value(10).toString();
        alert.lastContactEn = query.value(11).toString();
        alert.lastMissedAt = query.value(12).toString();
        alert.nextStep = query.value(13).toString();
        alerts.append(alert);
    }
    return alerts;
}

QList<std::pair<qint64, qint64>> CareSchedule::overdueByGrid(const QDateTime &now) const
{
    QSqlQuery query(m_database);
    const CenterScope center = CenterScope::of(m_database);
    const QString grids = center.chosenGridCondition(u"grid_id"_s, 0);
    query.prepare(u"SELECT grid_id, count(*) FROM residents WHERE contact_due_at IS NOT NULL AND contact_due_at < ? "
                  "%1 GROUP BY grid_id"_s.arg(grids.isEmpty() ? QString() : u"AND "_s + grids));
    query.addBindValue(now.toString(timestampFormat));
    for (const QVariant &value : center.values())
        query.addBindValue(value);
    QList<std::pair<qint64, qint64>> counts;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return counts;
    }
    while (query.next())
        counts.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return counts;
}

} // namespace linli
