#include "deskstaff.h"

#include <QSettings>

namespace linli::DeskStaff {

namespace {

const auto key = QStringLiteral("desk/staff");

} // namespace

qint64 id(const Actor &signedIn)
{
    return signedIn.staffId > 0 ? signedIn.staffId : QSettings().value(key, 0).toLongLong();
}

void setId(const Actor &signedIn, qint64 staffId)
{
    if (signedIn.staffId == 0)
        QSettings().setValue(key, staffId);
}

} // namespace linli::DeskStaff
