#include "visitwording.h"

using namespace Qt::StringLiterals;

namespace linli {

QStringList VisitWording::kinds()
{
    return {u"home_visit"_s, u"phone_check"_s, u"rehab_home"_s, u"rehab_center"_s};
}

QString VisitWording::kindLabel(const QString &kind)
{
    if (kind == u"home_visit"_s)
        return tr("Home visit");
    if (kind == u"rehab_center"_s)
        return tr("Rehabilitation at the center");
    if (kind == u"rehab_home"_s)
        return tr("Rehabilitation at home");
    if (kind == u"phone_check"_s)
        return tr("Phone check");
    return kind;
}

QString VisitWording::statusLabel(const QString &status)
{
    if (status == u"planned"_s)
        return tr("Planned");
    if (status == u"done"_s)
        return tr("Done");
    if (status == u"missed"_s)
        return tr("Missed");
    if (status == u"cancelled"_s)
        return tr("Cancelled");
    return status;
}

} // namespace linli

namespace linli {

QColor VisitWording::statusColor(const QString &status)
{
    if (status == u"done"_s)
        return QColor(0xe3, 0xf4, 0xe1);
    if (status == u"missed"_s)
        return QColor(0xfd, 0xe8, 0xd0);
    if (status == u"cancelled"_s)
        return QColor(0xee, 0xee, 0xee);
    return QColor(0xe4, 0xee, 0xfb);
}

} // namespace linli
