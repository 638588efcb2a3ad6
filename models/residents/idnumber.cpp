#include "idnumber.h"

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t checkCharacters[] = u"10X98765432";

} // namespace

QChar IdNumber::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (c < u'0' || c > u'9')
            return {};
        sum += (c.unicode() - u'0') * weights[i];
    }
    return QChar(checkCharacters[sum % 11]);
}

QString IdNumber::compose(QStringView region, QDate birthDate, int sequence)
{
    QString body = region.toString() + birthDate.toString(u"yyyyMMdd"_s) + u"%1"_s.arg(sequence, 3, 10, QChar(u'0'));
    const QChar check = checkCharacter(body);
    return check.isNull() ? QString() : body + check;
}

bool IdNumber::hasValidCheckCharacter(QStringView number)
{
    if (number.size() != 18)
        return false;
    const QChar expected = checkCharacter(number.first(17));
    return !expected.isNull() && number.at(17) == expected;
}

} // namespace linli
