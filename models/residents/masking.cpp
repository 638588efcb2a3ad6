#include "masking.h"

namespace linli::Masking {

QString phone(const QString &phone)
{
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    if (trimmed.size() < 7)
        return QString(trimmed.size() - qMin<qsizetype>(2, trimmed.size()), u'*') + trimmed.right(2);
    const qsizetype kept = 3 + 4;
    return trimmed.left(3) + QString(trimmed.size() - kept, u'*') + trimmed.right(4);
}

QString idNumber(const QString &idNumber)
{
    const QString trimmed = idNumber.trimmed();
    if (trimmed.size() <= 10)
        return QString(trimmed.size(), u'*');
    return trimmed.left(6) + QString(trimmed.size() - 10, u'*') + trimmed.right(4);
}

} // namespace linli::Masking
