#include "age.h"

namespace linli {

int ageOn(QDate birth, QDate today)
{
    int age = today.year() - birth.year();
    // The birthday of this year; day() - 1 days after the 1st rolls 29 February over to 1 March.
    if (QDate(today.year(), birth.month(), 1).addDays(birth.day() - 1) > today)
        --age;
    return age;
}

} // namespace linli
