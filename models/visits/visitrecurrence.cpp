#include "visitrecurrence.h"

namespace linli {

namespace {

// Day `day` of the month `monthsLater` months after `first`'s, or the month's last day.
QDate monthlyDay(QDate first, int monthsLater, int day)
{
    const QDate month = QDate(first.year(), first.month(), 1).addMonths(monthsLater);
    return QDate(month.year(), month.month(), qMin(day, month.daysInMonth()));
}

} // namespace

QString VisitRecurrence::problem() const
{
    if (!start.isValid())
        return tr("Choose the day of the first visit.");
    if (interval < 1 || interval > 365)
        return tr("The interval must be between 1 and 365.");
    if (frequency == Frequency::Weekly && (weekdays & allWeekdays) == 0)
        return tr("Choose at least one weekday.");
    if (frequency == Frequency::Monthly && (monthDay < 1 || monthDay > 31))
        return tr("The day of the month must be between 1 and 31.");
    if (until.isValid() && until < start)
        return tr("The series ends before it begins.");
    if (count < 0 || count > 1000)
        return tr("A series has at most 1,000 sessions.");
    return {};
}

QList<QDate> VisitRecurrence::occurrences(QDate horizon) const
{
    QList<QDate> days;
    if (!problem().isEmpty())
        return days;
    QDate last = horizon;
    if (until.isValid() && (!last.isValid() || until < last))
        last = until;
    if (!last.isValid())
        return days; // an endless rule needs a horizon
    const auto take = [&](QDate day) {
        if (day < start || day > last || (count > 0 && days.size() >= count))
            return false;
        days.append(day);
        return true;
    };
    const auto full = [&] { return count > 0 && days.size() >= count; };
    switch (frequency) {
    case Frequency::EveryNDays:
        for (QDate day = start; day <= last && !full(); day = day.addDays(interval))
            take(day);
        break;
    case Frequency::Weekly: {
        // Weeks are counted from the Monday of the first visit's week.
        const QDate firstMonday = start.addDays(1 - start.dayOfWeek());
        for (QDate monday = firstMonday; monday <= last && !full(); monday = monday.addDays(7 * interval)) {
            for (int weekday = 1; weekday <= 7; ++weekday) {
                if (weekdays & weekdayBit(weekday))
                    take(monday.addDays(weekday - 1));
            }
        }
        break;
    }
    case Frequency::Monthly:
        for (int months = 0;; months += interval) {
            const QDate day = monthlyDay(start, months, monthDay);
            if (day > last || full())
                break;
            take(day);
        }
        break;
    }
    return days;
}

// An occurrence's week is a week of the rhythm, and the month day stays as set (the 31st after a short
// month), so the rule only needs its new first day and what is left of its sessions.
VisitRecurrence VisitRecurrence::startingOn(QDate day, int held) const
{
    VisitRecurrence rest = *this;
    rest.start = day;
    if (count > 0)
        rest.count = qMax(1, count - held);
    return rest;
}

} // namespace linli
