#include "residenttag.h"

using namespace Qt::StringLiterals;

namespace linli {

QStringList ResidentTag::all()
{
    return {u"living_alone"_s,    u"empty_nest"_s, u"disabled"_s, u"low_income"_s,
            u"extreme_poverty"_s, u"veteran"_s,    u"key_care"_s};
}

QString ResidentTag::label(const QString &tag)
{
    if (tag == u"living_alone"_s)
        return tr("Living alone");
    if (tag == u"empty_nest"_s)
        return tr("Empty nest");
    if (tag == u"disabled"_s)
        return tr("Disabled");
    if (tag == u"low_income"_s)
        return tr("Low income");
    if (tag == u"extreme_poverty"_s)
        return tr("Extreme poverty");
    if (tag == u"veteran"_s)
        return tr("Veteran");
    if (tag == u"key_care"_s)
        return tr("Key care");
    return tag;
}

} // namespace linli
