#include "residentstore.h"

#include "auditlog.h"
#include "centerscope.h"
#include "householdrelation.h"
#include "householdstore.h"
#include "logging.h"
#include "masking.h"
#include "residentwriter.h"
#include "savedentries.h"
#include "sqldialect.h"
#include "sqlrows.h"
#include "storageerror.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto selectColumns = u"SELECT r.id, r.name, r.name_pinyin, r.gender, r.birth_date, r.id_number, r.phone, "
                           "r.grid_id, coalesce(g.name, ''), r.building, r.unit, r.room, r.status, r.registered_at "
                           "FROM residents r LEFT JOIN grids g ON g.id = r.grid_id "_s;

// The index that reads residents in each order.
QString sortIndex(ResidentStore::Order order)
{
    switch (order) {
    case ResidentStore::Order::ByName:
        return u"residents_pinyin"_s;
    case ResidentStore::Order::ByAge:
        return u"residents_birth_date"_s;
    case ResidentStore::Order::ByAddress:
        return u"residents_address"_s;
    case ResidentStore::Order::ByRegistration:
        return u"residents_registered"_s;
    }
    return {};
}

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
Matching matching(const QString &searchWhere, const QVariantList &searchValues, const ResidentFilter &filter,
                  QDate today, ResidentFilter::Use use = ResidentFilter::Use::Count)
{
    Matching result;
    if (!searchWhere.isEmpty()) {
        result.conditions.append(searchWhere);
        result.values += searchValues;
    }
    if (!filter.isEmpty()) {
        result.conditions.append(filter.whereClause(use));
        result.values += filter.values(today);
    }
    return result;
}

Matching matching(const ResidentSearch &search, const ResidentFilter &filter, QDate today,
                  ResidentFilter::Use use = ResidentFilter::Use::Count)
{
    return matching(search.whereClause(), search.values(), filter, today, use);
}

// A page's statement: the residents read `from` (a FROM clause) that match, after the key, in order.
QString pageStatement(const QString &from, const Matching &match, const QStringList &columns, const QString &direction,
                      const QString &unaryPlus, const ResidentStore::PageKey &after)
{
    QStringList conditions = match.conditions;
    if (after.isValid()) {
        QStringList placeholders;
        for (qsizetype i = 0; i < columns.size(); ++i)
            placeholders.append(u"?"_s);
        // A row value comparison the index on the sort columns answers directly.
        conditions.append(u"(%1) %2 (%3)"_s.arg(columns.join(u", "_s), direction == u" ASC"_s ? u">"_s : u"<"_s,
                                                placeholders.join(u", "_s)));
    }
    QString sql = selectColumns;
    sql.replace(u"FROM residents r "_s, from);
    if (!conditions.isEmpty())
        sql += u"WHERE "_s + conditions.join(u" AND "_s) + u' ';
    return sql + u"ORDER BY %1%2 LIMIT ?"_s.arg(unaryPlus, columns.join(direction + u", "_s) + direction);
}

// A page of the matches read apart from the stretch of their first letter (ResidentSearch::
// otherSpellingsClause()), in name order: on SQLite straight from the small index of the spellings
// that lead elsewhere, each resident once.
QString apartStatement(const Matching &match, const QString &direction, const ResidentStore::PageKey &after,
                       bool server)
{
    // The spelling shown and the resident's id are the list's order by name.
    const QString key = server ? u"r.name_pinyin, r.id"_s : u"s.shown, s.resident_id"_s;
    QStringList conditions = match.conditions;
    conditions.append(u"r.id = s.resident_id"_s);
    if (after.isValid())
        conditions.append(u"(%1) %2 (?, ?)"_s.arg(key, direction == u" ASC"_s ? u">"_s : u"<"_s));
    QString sql = selectColumns;
    sql.replace(u"SELECT "_s, u"SELECT DISTINCT "_s);
    sql.replace(
            u"FROM residents r "_s,
            server ? u"FROM resident_spellings s CROSS JOIN residents r "_s
                   : u"FROM resident_spellings s INDEXED BY resident_spellings_elsewhere CROSS JOIN residents r "_s);
    return sql + u"WHERE "_s + conditions.join(u" AND "_s)
            + u" ORDER BY %1 LIMIT ?"_s.arg(QString(key).replace(u","_s, direction + u","_s) + direction);
}

// The values bound to pageStatement(), in order.
QVariantList pageValues(const Matching &match, const ResidentStore::PageKey &after, int limit)
{
    QVariantList values = match.values;
    if (after.isValid())
        values << after.values << after.id;
    return values << limit;
}

// Whether at least `manyMatches` residents match: counted up to there from the search's indexes.
bool matchesAtLeast(const QSqlDatabase &database, const Matching &match, int manyMatches)
{
    QSqlQuery query(database);
    query.prepare(u"SELECT count(*) FROM (SELECT 1 FROM residents r WHERE %1 LIMIT ?) AS matches"_s.arg(
            match.conditions.join(u" AND "_s)));
    for (const QVariant &value : match.values)
        query.addBindValue(value);
    query.addBindValue(manyMatches);
    return query.exec() && query.next() && query.value(0).toLongLong() >= manyMatches;
}

ResidentRow rowFrom(SqlRows &rows)
{
    ResidentRow row;
    row.id = rows.integer(0);
    row.name = rows.text(1);
    row.namePinyin = rows.text(2);
    row.gender = rows.repeatedText(3);
    row.birthDate = QDate::fromString(rows.text(4), Qt::ISODate);
    row.idNumber = rows.text(5);
    row.phone = rows.text(6);
    row.gridId = rows.integer(7);
    row.gridName = rows.repeatedText(8);
    row.building = rows.repeatedText(9);
    row.unit = rows.repeatedText(10);
    row.room = rows.text(11);
    row.status = rows.repeatedText(12);
    row.registeredAt = rows.text(13);
    return row;
}

// Every row of a statement selecting selectColumns; empty with lastError set when it fails.
QList<ResidentRow> rowsFrom(SqlRows &rows, int expected, QString &lastError)
{
    QList<ResidentRow> read;
    read.reserve(expected);
    while (rows.next())
        read.append(rowFrom(rows));
    if (rows.failed()) {
        lastError = rows.error();
        qCWarning(lcDatabase) << "residents could not be read:" << lastError;
        read.clear();
    }
    return read;
}

} // namespace

ResidentStore::ResidentStore(const QSqlDatabase &database)
    : m_database(database)
{}

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

ResidentFilter ResidentStore::scoped(ResidentFilter filter) const
{
    filter.centerId = CenterScope::of(m_database).centerId();
    return filter;
}

QList<ResidentRow> ResidentStore::page(Order order, Qt::SortOrder direction, const PageKey &after, int limit,
                                       const ResidentSearch &search, const ResidentFilter &shownFilter) const
{
    const ResidentFilter filter = scoped(shownFilter);
    QStringList columns = sortColumns(order) << u"r.id"_s;
    // Many matches are found by reading them in the list's order (the first page is among the
    // first rows read); few are gathered and sorted (reading in order would pass over most of the
    // district).
    const bool sortMatches = search.sortsMatches() || filter.isSelective()
            || (search.mayMatchMany() && !hasManyMatches(search, filter));
    const ResidentFilter::Use use = !sortMatches && !SqlDialect::isServer(m_database)
            ? ResidentFilter::Use::SortOrderPage
            : ResidentFilter::Use::Count;
    QString from = u"FROM residents r "_s;
    Matching reading = matching(search, filter, m_today, use);
    std::optional<Matching> apart; // matches outside the stretch of the sort index read, merged in
    if (!sortMatches) {
        const bool byNameGram = search.kind() == ResidentSearch::Kind::NamePart && order == Order::ByName
                && !inGridName(search.text());
        if (byNameGram) {
            // The index of name characters holds each name's spelling: its entries for the part
            // typed are the matches in name order.
            from = u"FROM resident_name_grams n CROSS JOIN residents r "_s;
            columns = QStringList{u"n.name_pinyin"_s, u"n.resident_id"_s};
            QString where = u"n.gram = ? AND r.id = n.resident_id"_s;
            QVariantList values = {search.nameGram()};
            if (search.text() != search.nameGram()) {
                where += u" AND instr(%1, ?) > 0"_s.arg(ResidentSearch::simplifiedName());
                values.append(search.text());
            }
            reading = matching(where, values, filter, m_today, use);
        } else if (search.mayMatchMany()) {
            // SQLite's planner would rather gather the matches and sort them.
            if (!SqlDialect::isServer(m_database))
                from = u"FROM residents r INDEXED BY %1 "_s.arg(sortIndex(order));
            QString where = search.rowWhereClause();
            QVariantList values = search.rowValues();
            if (order == Order::ByName && !search.firstLetter().isEmpty()) {
                where += u" AND r.name_pinyin >= ? AND r.name_pinyin < ?"_s;
                values << search.firstLetter() << search.firstLetter() + u'~';
                // A name said otherwise than its likeliest spelling may begin with another letter
                // (丁 ding, said zheng, for "zh"): those few are read apart, in name order from
                // their own index, and merged in.
                if (!search.otherSpellingsClause().isEmpty())
                    apart = matching(search.otherSpellingsClause(), search.otherSpellingValues(), filter, m_today);
            }
            reading = matching(where, values, filter, m_today, use);
        }
    }
    const QString sortDirection = direction == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    // A selective search sorts its matches (a unary + keeps the planner off the sort index, which
    // would visit the whole table in index order, many times slower).
    const bool server = SqlDialect::isServer(m_database);
    QString sql
            = pageStatement(from, reading, columns, sortDirection, sortMatches && !server ? u"+"_s : QString(), after);
    QVariantList values = pageValues(reading, after, limit);
    if (apart) {
        const QString gathered = apartStatement(*apart, sortDirection, after, server);
        QStringList outer;
        for (const QString &column : std::as_const(columns))
            outer.append(column.mid(column.indexOf(u'.') + 1) + sortDirection);
        sql = u"SELECT * FROM (%1) AS in_order UNION ALL SELECT * FROM (%2) AS apart ORDER BY %3 LIMIT ?"_s.arg(
                sql, gathered, outer.join(u", "_s));
        values << pageValues(*apart, after, limit) << limit;
    }
    SqlRows rows(m_database, sql, values);
    return rowsFrom(rows, limit, m_lastError);
}

bool ResidentStore::hasManyMatches(const ResidentSearch &search, const ResidentFilter &shownFilter) const
{
    const ResidentFilter filter = scoped(shownFilter);
    if (!isNameGramOnly(search, filter))
        return matchesAtLeast(m_database, matching(search, filter, m_today), m_manyMatches);
    // A character or a pair is its index's own entries: counted there, without gathering the
    // residents (a common surname is a tenth of the district).
    QSqlQuery query(m_database);
    query.prepare(u"SELECT count(*) FROM (SELECT 1 FROM resident_name_grams WHERE gram = ? LIMIT ?) AS matches"_s);
    query.addBindValue(search.nameGram());
    query.addBindValue(m_manyMatches);
    return query.exec() && query.next() && query.value(0).toLongLong() >= m_manyMatches;
}

bool ResidentStore::isNameGramOnly(const ResidentSearch &search, const ResidentFilter &filter) const
{
    return search.kind() == ResidentSearch::Kind::NamePart && search.text() == search.nameGram() && filter.isEmpty()
            && !inGridName(search.text());
}

bool ResidentStore::inGridName(const QString &text) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT EXISTS (SELECT 1 FROM grids WHERE instr(name, ?) > 0)"_s);
    query.addBindValue(text);
    return query.exec() && query.next() && query.value(0).toBool();
}

std::optional<qint64> ResidentStore::count(const ResidentSearch &search, const ResidentFilter &shownFilter) const
{
    const ResidentFilter filter = scoped(shownFilter);
    QSqlQuery query(m_database);
    QString sql = u"SELECT count(*) FROM residents r"_s;
    Matching match = matching(search, filter, m_today);
    if (isNameGramOnly(search, filter)) {
        sql = u"SELECT count(*) FROM resident_name_grams"_s;
        match = Matching{{u"gram = ?"_s}, {search.nameGram()}};
    }
    if (!match.conditions.isEmpty())
        sql += u" WHERE "_s + match.conditions.join(u" AND "_s);
    if (const QList<ResidentSearch::Part> parts = search.countedApart(); !parts.isEmpty()) {
        QStringList counts;
        match = {};
        for (const ResidentSearch::Part &part : parts) {
            const Matching counted = matching(part.where, part.values, filter, m_today);
            counts.append(u"(SELECT count(*) FROM residents r WHERE %1)"_s.arg(counted.conditions.join(u" AND "_s)));
            match.values += counted.values;
        }
        sql = u"SELECT "_s + counts.join(u" + "_s);
    }
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
    // The name index narrows to a handful of rows; the rest is checked on those.
    SqlRows rows(m_database,
                 selectColumns
                         + u"WHERE r.name = ? AND (r.birth_date = ? OR (r.phone <> '' AND r.phone = ?)) "
                           "ORDER BY r.id LIMIT ?"_s,
                 {draft.name, draft.birthDate.toString(Qt::ISODate), draft.phone.isNull() ? u""_s : draft.phone,
                  limit});
    return rowsFrom(rows, limit, m_lastError);
}

std::optional<ResidentStore::Record> ResidentStore::load(qint64 id) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT name, gender, birth_date, coalesce(id_number, ''), phone, phone2, grid_id, building, unit, "
                  "room, emergency_contact, emergency_phone, notes, status, version, "
                  "(SELECT group_concat(tag) FROM resident_tags WHERE resident_id = residents.id), "
                  "coalesce(household_id, 0), relation_to_head, coalesce(contact_interval_days, 0) "
                  "FROM residents WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    Record record;
    record.id = id;
    ResidentDraft &draft = record.draft;
    draft.name = query.value(0).toString();
    draft.gender = query.value(1).toString();
    draft.birthDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    draft.idNumber = query.value(3).toString();
    draft.phone = query.value(4).toString();
    draft.phone2 = query.value(5).toString();
    draft.gridId = query.value(6).toLongLong();
    draft.building = query.value(7).toString();
    draft.unit = query.value(8).toString();
    draft.room = query.value(9).toString();
    draft.emergencyContact = query.value(10).toString();
    draft.emergencyPhone = query.value(11).toString();
    draft.notes = query.value(12).toString();
    draft.status = query.value(13).toString();
    record.version = query.value(14).toLongLong();
    draft.tags = query.value(15).toString().split(u',', Qt::SkipEmptyParts);
    draft.tags.sort(); // in the same order whatever order the engine joined them in
    draft.householdId = query.value(16).toLongLong();
    draft.relationToHead = query.value(17).toString();
    draft.contactIntervalDays = query.value(18).toInt();
    return record;
}

std::optional<ResidentRow> ResidentStore::row(qint64 id) const
{
    SqlRows rows(m_database, selectColumns + u"WHERE r.id = ?"_s, {id});
    if (!rows.next()) {
        m_lastError = rows.error();
        return std::nullopt;
    }
    return rowFrom(rows);
}

qint64 ResidentStore::residentWithIdNumber(const QString &idNumber) const
{
    if (idNumber.isEmpty())
        return 0;
    QSqlQuery query(m_database);
    query.prepare(u"SELECT id FROM residents WHERE id_number = ?"_s);
    query.addBindValue(idNumber);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

Result<qint64> ResidentStore::create(ResidentDraft draft)
{
    return save(0, 0, std::move(draft));
}

Result<qint64> ResidentStore::update(qint64 id, qint64 version, ResidentDraft draft)
{
    return save(id, version, std::move(draft));
}

Result<qint64> ResidentStore::save(qint64 id, qint64 version, ResidentDraft draft)
{
    if (const QMap<ResidentDraft::Field, QString> problems = draft.check(m_today); !problems.isEmpty())
        return Problem::invalid(problems.first());
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Residents);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was saved. Try again."));
    SavedEntries entries(m_database);
    // This very edit saved already: nothing more to write.
    if (const Result<qint64> saved = entries.savedAs(draft.entryKey, u"resident"_s); !saved.isDone() || saved.value())
        return saved;
    if (const qint64 other = residentWithIdNumber(draft.idNumber); other != 0 && other != id)
        return Problem::duplicate(tr("A resident with this ID number is already registered."), other);
    if (draft.householdId > 0 && draft.relationToHead == HouseholdRelation::head()
        && HouseholdStore(m_database).headOf(draft.householdId, id) != 0)
        return Problem::invalid(tr("This household already has a head; choose another relation."));
    ResidentWriter writer(m_database);
    const qint64 savedId = id == 0 ? writer.insert(draft) : (writer.update(id, version, draft) ? id : 0);
    if (savedId == 0 && id != 0 && writer.lastError().isEmpty())
        return Problem::conflict(tr("Someone else changed this resident meanwhile. Close the form and open the "
                                    "resident again to see their change."));
    if (savedId == 0 || !writer.finish()) {
        // A busy or unreachable server shows only here, as the rows are written.
        qCWarning(lcDatabase) << "saving a resident failed:" << writer.lastError();
        return StorageError::failure(StorageError::lastOn(m_database),
                                     tr("The resident could not be saved: the grid may no longer exist."),
                                     writer.lastError());
    }
    AuditLog audit(m_database);
    const bool audited = id == 0 ? audit.record({u"CREATE"_s, u"resident"_s, savedId,
                                                 u"id_number=%1"_s.arg(Masking::idNumber(draft.idNumber)), u"ok"_s})
                                 : audit.record({u"UPDATE"_s, u"resident"_s, id, writer.lastChanges(), u"ok"_s});
    if (!audited || !entries.remember(draft.entryKey, u"resident"_s, savedId) || !transaction.commit())
        return Problem::failed(tr("The resident could not be saved: the database refused the change."));
    return savedId;
}

} // namespace linli
