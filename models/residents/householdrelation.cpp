#include "householdrelation.h"

using namespace Qt::StringLiterals;

namespace linli {

QStringList HouseholdRelation::all()
{
    return {head(),           u"spouse"_s,  u"child"_s,        u"parent"_s, u"grandchild"_s,
            u"grandparent"_s, u"sibling"_s, u"child_in_law"_s, u"other"_s};
}

QString HouseholdRelation::label(const QString &relation)
{
    if (relation == head())
        return tr("Head of household");
    if (relation == u"spouse"_s)
        return tr("Spouse");
    if (relation == u"child"_s)
        return tr("Child");
    if (relation == u"parent"_s)
        return tr("Parent");
    if (relation == u"grandchild"_s)
        return tr("Grandchild");
    if (relation == u"grandparent"_s)
        return tr("Grandparent");
    if (relation == u"sibling"_s)
        return tr("Sibling");
    if (relation == u"child_in_law"_s)
        return tr("Son- or daughter-in-law");
    if (relation == u"other"_s)
        return tr("Other");
    return relation;
}

} // namespace linli
