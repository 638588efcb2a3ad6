#include "preferredservicetypes.h"

#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Enough of a clerk's latest records to find their few usual types, read through the handler index.
constexpr int recordsLookedAt = 200;

} // namespace

PreferredServiceTypes::PreferredServiceTypes(const QSqlDatabase &database)
    : m_database(database)
{}

QList<qint64> PreferredServiceTypes::favourites(qint64 staffId) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database);
    query.prepare(u"SELECT f.service_type_id FROM staff_favourite_types f "
                  "JOIN service_types t ON t.id = f.service_type_id WHERE f.staff_id = ? "
                  "ORDER BY t.sort_order, t.id"_s);
    query.addBindValue(staffId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<qint64> PreferredServiceTypes::recent(qint64 staffId) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT service_type_id FROM service_records WHERE handler_id = ? "
                  "ORDER BY served_at DESC LIMIT ?"_s);
    query.addBindValue(staffId);
    query.addBindValue(recordsLookedAt);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return ids;
    }
    while (query.next() && ids.size() < recentCount) {
        const qint64 id = query.value(0).toLongLong();
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QList<qint64> PreferredServiceTypes::preferred(qint64 staffId) const
{
    QList<qint64> ids = favourites(staffId);
    for (qint64 id : recent(staffId)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

bool PreferredServiceTypes::setFavourite(qint64 staffId, qint64 typeId, bool favourite)
{
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database);
    query.prepare(
            favourite
                    ? u"INSERT INTO staff_favourite_types (staff_id, service_type_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s
                    : u"DELETE FROM staff_favourite_types WHERE staff_id = ? AND service_type_id = ?"_s);
    query.addBindValue(staffId);
    query.addBindValue(typeId);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace linli
