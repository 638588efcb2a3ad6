#pragma once

#include "workingdaycalendar.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace linli {

// The holidays and worked weekends kept in the database (calendar_days), as a calendar.
class CalendarStore
{
public:
    explicit CalendarStore(const QSqlDatabase &database);

    // Every day recorded (a few dozen a year); nullopt with lastError() on failure.
    std::optional<WorkingDayCalendar> calendar() const;
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace linli
