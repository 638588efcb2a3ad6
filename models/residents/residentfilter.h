#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace linli {

// The filters of the residents list: tags (all of those chosen), a minimum age (60+, 80+, 90+),
// a status, a grid and the center. Each becomes a condition an index can answer (tags, birth date, grid);
// the status is checked on the rows found. Pure; residents are aliased r in the SQL.
struct ResidentFilter
{
    QStringList tags;    // codes of ResidentTag::all()
    int minimumAge = 0;  // 0: any age
    QString status;      // empty: any; active, moved_out, deceased
    qint64 gridId = 0;   // 0: every grid
    qint64 centerId = 0; // 0: every center (CenterScope; stores set it to the actor's)

    bool isEmpty() const
    {
        return tags.isEmpty() && minimumAge <= 0 && status.isEmpty() && gridId <= 0 && centerId <= 0;
    }
    // Whether few enough residents match that sorting them beats walking the sort index.
    bool isSelective() const { return !tags.isEmpty() || minimumAge >= 80 || gridId > 0; }

    // "today" decides who has reached the minimum age. A page read in its sort order keeps SQLite's
    // planner off the address index for the center (a tenth of a district gathered and sorted for
    // every page); a count wants that index.
    enum class Use { Count, SortOrderPage };
    QString whereClause(Use use = Use::Count) const;
    QVariantList values(QDate today) const;
};

} // namespace linli
