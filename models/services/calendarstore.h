#pragma once

#include "result.h"
#include "workingdaycalendar.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace linli {

struct CalendarDay
{
    QDate day;
    bool isHoliday = true; // false: a weekend day worked (调休上班)
    QString note;          // 春节, 国庆节调休…
};

// The holidays and worked weekends kept in the database (calendar_days), as a calendar, and as the
// manager enters them each year from the State Council's notice. Due dates already given stay as
// they were; a change counts for cases opened afterwards.
class CalendarStore
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)

public:
    explicit CalendarStore(const QSqlDatabase &database);

    // Every day recorded (a few dozen a year); nullopt with lastError() on failure.
    std::optional<WorkingDayCalendar> calendar() const;
    QList<CalendarDay> days(int year) const;
    // Adds the day or changes what it is.
    Result<void> setDay(const CalendarDay &day);
    Result<void> removeDay(QDate day);
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace linli
