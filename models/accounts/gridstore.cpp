#include "gridstore.h"

#include "centerscope.h"
#include "humanorder.h"
#include "sqlselect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

GridStore::GridStore(const QSqlDatabase &database)
    : m_database(database)
{}

QList<Grid> GridStore::all() const
{
    const CenterScope scope = CenterScope::of(m_database);
    return read(scope.gridCondition(u"id"_s), scope.values());
}

QList<Grid> GridStore::everyCenter() const
{
    return read({}, {});
}

QList<Grid> GridStore::read(const QString &condition, const QVariantList &values) const
{
    QList<Grid> grids;
    QSqlQuery query(m_database);
    const QString where = condition.isEmpty() ? QString() : u"WHERE "_s + condition;
    if (!runSelect(query, u"SELECT id, code, name, center_id FROM grids %1 ORDER BY id"_s.arg(where), values,
                   m_lastError))
        return grids;
    while (query.next())
        grids.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toLongLong()});
    HumanOrder::sort(grids, [](const Grid &grid) { return grid.name; });
    return grids;
}

std::optional<Grid> GridStore::find(const QList<Grid> &grids, const QString &codeOrName)
{
    const QString wanted = codeOrName.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Grid &grid : grids) {
        if (grid.name.compare(wanted, Qt::CaseInsensitive) == 0 || grid.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return grid;
    }
    return std::nullopt;
}

qint64 GridStore::create(const QString &name)
{
    QSqlQuery query(m_database);
    // Codes are G + a number; the next one is after the highest number in use. (A district has
    // hundreds of grids at most: read here, the same on both engines.)
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT code FROM grids WHERE code LIKE 'G%'"_s)) {
        m_lastError = query.lastError().text();
        return 0;
    }
    qint64 highest = 0;
    while (query.next()) {
        bool isNumber = false;
        const qint64 number = query.value(0).toString().mid(1).toLongLong(&isNumber);
        if (isNumber && number > highest)
            highest = number;
    }
    qint64 centerId = CenterScope::of(m_database).centerId();
    if (centerId == 0) {
        if (!query.exec(u"SELECT min(id), count(*) FROM centers"_s) || !query.next()) {
            m_lastError = query.lastError().text();
            return 0;
        }
        if (query.value(1).toLongLong() != 1) {
            m_lastError = tr("This database holds several centers: a new grid is added by an account of its center.");
            return 0;
        }
        centerId = query.value(0).toLongLong();
    }
    const QString code = u"G%1"_s.arg(highest + 1, 4, 10, QChar(u'0'));
    query.prepare(u"INSERT INTO grids (code, name, center_id) VALUES (?, ?, ?) RETURNING id"_s);
    query.addBindValue(code);
    query.addBindValue(name.simplified());
    query.addBindValue(centerId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return 0;
    }
    return returnedId(query);
}

} // namespace linli
