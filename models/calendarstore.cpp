#include "calendarstore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

CalendarStore::CalendarStore(const QSqlDatabase &database)
    : m_database(database)
{
}

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

} // namespace linli
