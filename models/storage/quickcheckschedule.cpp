#include "quickcheckschedule.h"

using namespace Qt::StringLiterals;

namespace linli {

QString QuickCheckSchedule::settingsKey()
{
    return u"quick_check_passed_on"_s;
}

bool QuickCheckSchedule::isDue(qint64 fileSize, bool walLeftBehind, std::optional<QDate> lastPassed, QDate today,
                               qint64 alwaysBelowBytes)
{
    if (fileSize < alwaysBelowBytes || walLeftBehind)
        return true;
    if (!lastPassed || !lastPassed->isValid())
        return true;
    const qint64 age = lastPassed->daysTo(today);
    return age < 0 || age >= maximumDaysBetweenChecks;
}

} // namespace linli
