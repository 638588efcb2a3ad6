#pragma once

#include <QDate>
#include <QSet>

namespace linli {

// Working days as Chinese offices count them: Monday to Friday, except the public holidays, plus
// the weekend days the State Council's yearly notice turns into working days (调休上班). Case
// deadlines ("reply within 10 working days") are counted with it. Pure; the days off and the
// make-up working days are given by the caller (the notice of each year).
class WorkingDayCalendar
{
public:
    WorkingDayCalendar() = default;
    WorkingDayCalendar(const QSet<QDate> &holidays, const QSet<QDate> &makeUpWorkdays);

    bool isWorkingDay(QDate date) const;
    // The day on which `days` working days after `start` have passed: received on a Friday with a
    // one-day deadline, the case is due on Monday. Counting starts the day after `start`.
    QDate addWorkingDays(QDate start, int days) const;
    // Working days after `from` up to and including `to` (0 when `to` is not after `from`).
    int workingDaysBetween(QDate from, QDate to) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_makeUpWorkdays;
};

} // namespace linli
