#include "residentstore.h"

#include "logging.h"
#include "residentwriter.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto selectColumns = u"SELECT r.id, r.name, r.name_pinyin, r.gender, r.birth_date, r.id_number, r.phone, "
                           "r.grid_id, coalesce(g.name, ''), r.building, r.unit, r.room, r.status, r.registered_at "
                           "FROM residents r LEFT JOIN grids g ON g.id = r.grid_id "_s;

// The sort columns of each order; the id always breaks ties, so the order is total.
QStringList sortColumns(ResidentStore::Order order)
{
    switch (order) {
    case ResidentStore::Order::ByName:
        return {u"r.name_pinyin"_s};
    case ResidentStore::Order::ByAge:
        // Oldest first when ascending: by birth date ascending.
        return {u"r.birth_date"_s};
    case ResidentStore::Order::ByAddress:
        return {u"r.grid_id"_s, u"r.building"_s, u"r.unit"_s, u"r.room"_s};
    case ResidentStore::Order::ByRegistration:
        return {u"r.registered_at"_s};
    }
    return {};
}

struct Matching
{
    QStringList conditions;
    QVariantList values;
};

// The conditions (and their bound values, in order) of a search and filters, shared by the pages
// and the count so that both always mean the same residents.
Matching matching(const ResidentSearch &search, const ResidentFilter &filter, QDate today)
{
    Matching result;
    if (!search.whereClause().isEmpty()) {
        result.conditions.append(search.whereClause());
        result.values += search.values();
    }
    if (!filter.isEmpty()) {
        result.conditions.append(filter.whereClause());
        result.values += filter.values(today);
    }
    return result;
}

ResidentRow rowFrom(const QSqlQuery &query)
{
    ResidentRow row;
    row.id = query.value(0).toLongLong();
    row.name = query.value(1).toString();
    row.namePinyin = query.value(2).toString();
    row.gender = query.value(3).toString();
    row.birthDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    row.idNumber = query.value(5).toString();
    row.phone = query.value(6).toString();
    row.gridId = query.value(7).toLongLong();
    row.gridName = query.value(8).toString();
    row.building = query.value(9).toString();
    row.unit = query.value(10).toString();
    row.room = query.value(11).toString();
    row.status = query.value(12).toString();
    row.registeredAt = query.value(13).toString();
    return row;
}

} // namespace

ResidentStore::ResidentStore(const QSqlDatabase &database)
    : m_database(database)
{
}

ResidentStore::PageKey ResidentStore::keyOf(const ResidentRow &row, Order order)
{
    PageKey key;
    key.id = row.id;
    switch (order) {
    case Order::ByName:
        key.values = {row.namePinyin};
        break;
    case Order::ByAge:
        key.values = {row.birthDate.toString(Qt::ISODate)};
        break;
    case Order::ByAddress:
        key.values = {row.gridId, row.building, row.unit, row.room};
        break;
    case Order::ByRegistration:
        key.values = {row.registeredAt};
        break;
    }
    return key;
}

QList<ResidentRow> ResidentStore::page(Order order, Qt::SortOrder direction, const PageKey &after, int limit,
                                       const ResidentSearch &search, const ResidentFilter &filter) const
{
    const QStringList columns = sortColumns(order) << u"r.id"_s;
    const QString sortDirection = direction == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QStringList orderBy;
    for (const QString &column : columns)
        orderBy.append(column + u' ' + sortDirection);
    const Matching match = matching(search, filter, m_today);
    QStringList conditions = match.conditions;
    if (after.isValid()) {
        QStringList placeholders;
        for (qsizetype i = 0; i < columns.size(); ++i)
            placeholders.append(u"?"_s);
        // A row value comparison the index on the sort columns answers directly.
        conditions.append(u"(%1) %2 (%3)"_s.arg(columns.join(u", "_s),
                                                 direction == Qt::AscendingOrder ? u">"_s : u"<"_s,
                                                 placeholders.join(u", "_s)));
    }
    QString sql = selectColumns;
    if (search.scansNames())
        sql.replace(u"FROM residents r "_s, u"FROM residents r NOT INDEXED "_s);
    if (!conditions.isEmpty())
        sql += u"WHERE "_s + conditions.join(u" AND "_s) + u' ';
    // A selective search sorts its matches (a unary + keeps the planner off the sort index, which
    // would visit the whole table in index order, many times slower).
    const QString unaryPlus = search.sortsMatches() || filter.isSelective() ? u"+"_s : QString();
    sql += u"ORDER BY %1%2 LIMIT ?"_s.arg(unaryPlus, orderBy.join(u", "_s));

    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : match.values)
        query.addBindValue(value);
    if (after.isValid()) {
        for (const QVariant &value : after.values)
            query.addBindValue(value);
        query.addBindValue(after.id);
    }
    query.addBindValue(limit);
    QList<ResidentRow> rows;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcDatabase) << "resident page failed:" << m_lastError;
        return rows;
    }
    rows.reserve(limit);
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

std::optional<qint64> ResidentStore::count(const ResidentSearch &search, const ResidentFilter &filter) const
{
    QSqlQuery query(m_database);
    QString sql = search.scansNames() ? u"SELECT count(*) FROM residents r NOT INDEXED"_s
                                      : u"SELECT count(*) FROM residents r"_s;
    const Matching match = matching(search, filter, m_today);
    if (!match.conditions.isEmpty())
        sql += u" WHERE "_s + match.conditions.join(u" AND "_s);
    query.prepare(sql);
    for (const QVariant &value : match.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

QList<ResidentRow> ResidentStore::similar(const ResidentDraft &draft, int limit) const
{
    QList<ResidentRow> rows;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    // The name index narrows to a handful of rows; the rest is checked on those.
    query.prepare(selectColumns + u"WHERE r.name = ? AND (r.birth_date = ? OR (r.phone <> '' AND r.phone = ?)) "
                                  "ORDER BY r.id LIMIT ?"_s);
    query.addBindValue(draft.name);
    query.addBindValue(draft.birthDate.toString(Qt::ISODate));
    query.addBindValue(draft.phone.isNull() ? u""_s : draft.phone);
    query.addBindValue(limit);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return rows;
    }
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

ResidentStore::SaveResult ResidentStore::create(ResidentDraft draft)
{
    SaveResult result;
    result.problems = draft.check(m_today);
    if (!result.problems.isEmpty()) {
        result.outcome = SaveResult::Outcome::Invalid;
        result.message = result.problems.first();
        return result;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        result.message = tr("The database is busy; the resident was not saved. Try again.");
        return result;
    }
    QSqlQuery query(m_database);
    if (!draft.idNumber.isEmpty()) {
        query.prepare(u"SELECT id FROM residents WHERE id_number = ?"_s);
        query.addBindValue(draft.idNumber);
        if (query.exec() && query.next()) {
            result.outcome = SaveResult::Outcome::DuplicateIdNumber;
            result.id = query.value(0).toLongLong();
            result.message = tr("A resident with this ID number is already registered.");
            return result;
        }
    }
    query.finish();
    ResidentWriter writer(m_database);
    const qint64 id = writer.insert(draft);
    if (id == 0 || !writer.finish()) {
        qCWarning(lcDatabase) << "saving a resident failed:" << writer.lastError();
        result.message = tr("The resident could not be saved: the grid may no longer exist.");
        return result;
    }
    if (!transaction.commit()) {
        result.message = tr("The resident could not be saved: the database refused the change.");
        return result;
    }
    result.outcome = SaveResult::Outcome::Saved;
    result.id = id;
    return result;
}

} // namespace linli
