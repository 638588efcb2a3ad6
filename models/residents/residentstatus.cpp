#include "residentstatus.h"

using namespace Qt::StringLiterals;

namespace linli {

QStringList ResidentStatus::all()
{
    return {u"active"_s, u"moved_out"_s, u"deceased"_s};
}

QString ResidentStatus::label(const QString &status)
{
    if (status == u"active"_s)
        return tr("Active");
    if (status == u"moved_out"_s)
        return tr("Moved out");
    if (status == u"deceased"_s)
        return tr("Deceased");
    return status;
}

} // namespace linli
