#include "calendarstore.h"

#include "actor.h"
#include "auditlog.h"
#include "storageerror.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

CalendarStore::CalendarStore(const QSqlDatabase &database)
    : m_database(database)
{}

std::optional<WorkingDayCalendar> CalendarStore::calendar() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT day, kind FROM calendar_days"_s)) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    QSet<QDate> holidays;
    QSet<QDate> workdays;
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        (query.value(1).toString() == u"holiday"_s ? holidays : workdays).insert(day);
    }
    return WorkingDayCalendar(holidays, workdays);
}

QList<CalendarDay> CalendarStore::days(int year) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT day, kind, note FROM calendar_days WHERE day >= ? AND day < ? ORDER BY day"_s);
    query.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    query.addBindValue(QDate(year + 1, 1, 1).toString(Qt::ISODate));
    QList<CalendarDay> days;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return days;
    }
    while (query.next()) {
        days.append({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                     query.value(1).toString() == u"holiday"_s, query.value(2).toString()});
    }
    return days;
}

Result<void> CalendarStore::setDay(const CalendarDay &day)
{
    if (!day.day.isValid())
        return Problem::invalid(tr("Choose a day."));
    if (!day.isHoliday && day.day.dayOfWeek() < 6)
        return Problem::invalid(tr("%1 is a weekday, a working day anyway: a worked day off is a Saturday or a Sunday.")
                                        .arg(day.day.toString(Qt::ISODate)));
    if (const Result<void> allowed = Actor::require(m_database, Permission::ChangeSettings); !allowed.isDone())
        return allowed;
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Settings);
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO calendar_days (day, kind, note) VALUES (?, ?, ?) "
                  "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note"_s);
    query.addBindValue(day.day.toString(Qt::ISODate));
    query.addBindValue(day.isHoliday ? u"holiday"_s : u"workday"_s);
    query.addBindValue(day.note.trimmed());
    const QString change = u"%1=%2"_s.arg(day.isHoliday ? u"holiday"_s : u"workday"_s, day.day.toString(Qt::ISODate));
    if (!transaction.isActive() || !query.exec()
        || !AuditLog(m_database).record({u"UPDATE"_s, u"setting"_s, 0, change, u"ok"_s}) || !transaction.commit())
        return StorageError::failure(query.lastError(), tr("The day could not be saved."));
    return Result<void>::done();
}

Result<void> CalendarStore::removeDay(QDate day)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::ChangeSettings); !allowed.isDone())
        return allowed;
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Settings);
    QSqlQuery query(m_database);
    query.prepare(u"DELETE FROM calendar_days WHERE day = ?"_s);
    query.addBindValue(day.toString(Qt::ISODate));
    if (!transaction.isActive() || !query.exec()
        || !AuditLog(m_database)
                    .record({u"UPDATE"_s, u"setting"_s, 0, u"removed_day=%1"_s.arg(day.toString(Qt::ISODate)), u"ok"_s})
        || !transaction.commit())
        return StorageError::failure(query.lastError(), tr("The day could not be removed."));
    return Result<void>::done();
}

} // namespace linli
