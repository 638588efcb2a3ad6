#include "workingdaycalendar.h"

namespace linli {

WorkingDayCalendar::WorkingDayCalendar(const QSet<QDate> &holidays, const QSet<QDate> &makeUpWorkdays)
    : m_holidays(holidays)
    , m_makeUpWorkdays(makeUpWorkdays)
{}

bool WorkingDayCalendar::isWorkingDay(QDate date) const
{
    if (m_makeUpWorkdays.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    return date.dayOfWeek() <= 5;
}

QDate WorkingDayCalendar::addWorkingDays(QDate start, int days) const
{
    QDate date = start;
    for (int counted = 0; counted < days;) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            ++counted;
    }
    return date;
}

int WorkingDayCalendar::workingDaysBetween(QDate from, QDate to) const
{
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1)) {
        if (isWorkingDay(date))
            ++count;
    }
    return count;
}

} // namespace linli
