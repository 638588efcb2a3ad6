#include "centerscope.h"

#include "actor.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace linli {

CenterScope CenterScope::of(const QSqlDatabase &database)
{
    return CenterScope(Actor::of(database).centerId);
}

QString CenterScope::gridCondition(const QString &gridColumn) const
{
    if (isWholeDistrict())
        return {};
    return u"%1 IN (SELECT id FROM grids WHERE center_id = ?)"_s.arg(gridColumn);
}

QString CenterScope::residentCondition(const QString &residentColumn) const
{
    if (isWholeDistrict())
        return {};
    // The residents of a grid are read from the address index, a grid after the other.
    return u"%1 IN (SELECT id FROM residents WHERE grid_id IN (SELECT id FROM grids WHERE center_id = ?))"_s.arg(
            residentColumn);
}

QVariantList CenterScope::values() const
{
    return isWholeDistrict() ? QVariantList() : QVariantList{m_centerId};
}

QString CenterScope::chosenGridCondition(const QString &gridColumn, qint64 gridId) const
{
    QStringList conditions;
    if (gridId > 0)
        conditions.append(u"%1 = ?"_s.arg(gridColumn));
    if (!isWholeDistrict())
        conditions.append(gridCondition(gridColumn));
    return conditions.join(u" AND "_s);
}

QVariantList CenterScope::chosenGridValues(qint64 gridId) const
{
    QVariantList chosen;
    if (gridId > 0)
        chosen.append(gridId);
    return chosen + values();
}

CenterView::CenterView(const QSqlDatabase &database, qint64 centerId)
    : m_database(database)
{
    Actor actor = Actor::of(database);
    if (centerId <= 0 || actor.centerId > 0)
        return;
    m_told = Actor::toldOn(database);
    actor.centerId = centerId;
    Actor::actFor(database, actor);
    m_narrowed = true;
}

CenterView::~CenterView()
{
    if (!m_narrowed)
        return;
    if (m_told)
        Actor::actFor(m_database, *m_told);
    else
        Actor::forget(m_database);
}

} // namespace linli
