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

} // namespace linli::Masking
