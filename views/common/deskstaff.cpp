#include "deskstaff.h"

#include <QSettings>

namespace linli::DeskStaff {

namespace {

const auto key = QStringLiteral("desk/staff");

} // namespace

qint64 id()
{
    return QSettings().value(key, 0).toLongLong();
}

void setId(qint64 staffId)
{
    QSettings().setValue(key, staffId);
}

} // namespace linli::DeskStaff
