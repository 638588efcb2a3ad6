#include "householdstore.h"

#include "householdrelation.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace linli {

HouseholdStore::HouseholdStore(const QSqlDatabase &database)
    : m_database(database)
{}

QList<HouseholdSummary> HouseholdStore::atAddress(qint64 gridId, const QString &building, const QString &unit,
                                                  const QString &room) const
{
    QList<HouseholdSummary> households;
    if (gridId <= 0)
        return households;
    QSqlQuery query(m_database);
    query.prepare(u"SELECT household_id, count(*), max(CASE WHEN relation_to_head = ? THEN name END) "
                  "FROM residents WHERE grid_id = ? AND building = ? AND unit = ? AND room = ? "
                  "AND household_id IS NOT NULL GROUP BY household_id ORDER BY household_id"_s);
    query.addBindValue(HouseholdRelation::head());
    query.addBindValue(gridId);
    query.addBindValue(building.trimmed());
    query.addBindValue(unit.trimmed());
    query.addBindValue(room.trimmed());
    if (!query.exec())
        return households;
    while (query.next())
        households.append({query.value(0).toLongLong(), query.value(2).toString(), query.value(1).toInt()});
    return households;
}

qint64 HouseholdStore::headOf(qint64 householdId, qint64 except) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT id FROM residents WHERE household_id = ? AND relation_to_head = ? AND id <> ? LIMIT 1"_s);
    query.addBindValue(householdId);
    query.addBindValue(HouseholdRelation::head());
    query.addBindValue(except);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace linli
