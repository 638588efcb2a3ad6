#include "residentfilter.h"

#include "centerscope.h"

using namespace Qt::StringLiterals;

namespace linli {

QString ResidentFilter::whereClause(Use use) const
{
    QStringList conditions;
    for (qsizetype i = 0; i < tags.size(); ++i)
        conditions.append(u"r.id IN (SELECT resident_id FROM resident_tags WHERE tag = ?)"_s);
    if (minimumAge > 0)
        conditions.append(u"r.birth_date <= ?"_s);
    if (!status.isEmpty())
        conditions.append(u"r.status = ?"_s);
    if (gridId > 0)
        conditions.append(u"r.grid_id = ?"_s);
    if (centerId > 0)
        conditions.append(
                CenterScope(centerId).gridCondition(use == Use::SortOrderPage ? u"+r.grid_id"_s : u"r.grid_id"_s));
    return conditions.join(u" AND "_s);
}

QVariantList ResidentFilter::values(QDate today) const
{
    QVariantList values;
    for (const QString &tag : tags)
        values.append(tag);
    // Someone born on this day or earlier has reached the age today (29 February counts as 1 March
    // in other years, as QDate::addYears does).
    if (minimumAge > 0)
        values.append(today.addYears(-minimumAge).toString(Qt::ISODate));
    if (!status.isEmpty())
        values.append(status);
    if (gridId > 0)
        values.append(gridId);
    values += CenterScope(centerId).values();
    return values;
}

} // namespace linli
