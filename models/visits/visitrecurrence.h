#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace linli {

// How a series of visits repeats, and the days it falls on: weekly on chosen weekdays (every week or
// every n weeks), every n days, or monthly on a day (every n months); until a date, for a number of
// sessions (a rehabilitation course of 12), or without end. Pure: no clock, no database. China keeps
// no daylight saving time, so days are enough and every visit keeps its time of day.
struct VisitRecurrence
{
    Q_DECLARE_TR_FUNCTIONS(VisitRecurrence)

public:
    enum class Frequency { Weekly, EveryNDays, Monthly };
    static constexpr int allWeekdays = 0x7f;

    Frequency frequency = Frequency::Weekly;
    int interval = 1; // in weeks, days or months, as the frequency counts
    int weekdays = 0; // weekly: bit 0 Monday … bit 6 Sunday
    int monthDay = 1; // monthly: 1 to 31; a shorter month has it on its last day
    QDate start;
    QDate until;   // invalid: no end date (inclusive otherwise)
    int count = 0; // sessions in all; 0: no limit

    static int weekdayBit(int dayOfWeek) { return 1 << (dayOfWeek - 1); } // Qt: Monday is 1

    // Empty when the rule is usable, else why not in plain words.
    QString problem() const;
    bool isEndless() const { return !until.isValid() && count <= 0; }
    // Its days in order from `start` up to and including `horizon` (which bounds an endless rule),
    // ending earlier where the rule itself ends.
    QList<QDate> occurrences(QDate horizon) const;
    // The same rule for the days from `day` on, `held` of its sessions already being before `day`:
    // what "this and following" continues with.
    VisitRecurrence startingOn(QDate day, int held) const;
};

} // namespace linli
