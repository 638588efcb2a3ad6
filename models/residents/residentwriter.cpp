#include "residentwriter.h"

#include "careschedule.h"
#include "gridstore.h"
#include "masking.h"
#include "namespellings.h"
#include "pinyin.h"
#include "residentsearch.h"
#include "simplifiedchinese.h"
#include "sqlselect.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// The columns a draft fills, in the order of ResidentWriter::draftValues().
const QStringList draftColumns = {u"name"_s,
                                  u"name_pinyin"_s,
                                  u"name_initials"_s,
                                  u"gender"_s,
                                  u"birth_date"_s,
                                  u"id_number"_s,
                                  u"phone"_s,
                                  u"phone2"_s,
                                  u"id_number_reversed"_s,
                                  u"phone_reversed"_s,
                                  u"grid_id"_s,
                                  u"building"_s,
                                  u"unit"_s,
                                  u"room"_s,
                                  u"emergency_contact"_s,
                                  u"emergency_phone"_s,
                                  u"status"_s,
                                  u"notes"_s,
                                  u"household_id"_s,
                                  u"relation_to_head"_s,
                                  u"contact_interval_days"_s,
                                  u"name_simplified"_s,
                                  u"has_other_spellings"_s};

// Derived from others: their change says nothing the other columns do not.
const QStringList derivedColumns = {u"name_pinyin"_s,    u"name_initials"_s,   u"id_number_reversed"_s,
                                    u"phone_reversed"_s, u"name_simplified"_s, u"has_other_spellings"_s};

// A value as the audit log may show it.
QString shownInLog(const QString &column, const QVariant &value)
{
    const QString text = value.toString();
    if (column == u"id_number"_s)
        return Masking::idNumber(text);
    if (column.endsWith(u"phone"_s) || column == u"phone2"_s)
        return Masking::phone(text);
    return text;
}

QString now()
{
    return QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

ResidentWriter::ResidentWriter(const QSqlDatabase &database)
    : m_database(database)
{}

ResidentWriter::~ResidentWriter() = default;

bool ResidentWriter::start()
{
    QSqlError error;
    m_nextId = nextFreeId(m_database, u"residents"_s, error);
    if (m_nextId == 0) {
        m_lastError = error.text();
        return false;
    }
    m_firstId = m_nextId;
    m_now = now();
    m_residents = std::make_unique<BulkInserter>(m_database, u"residents"_s,
                                                 QStringList{u"id"_s} + draftColumns
                                                         + QStringList{u"registered_at"_s, u"updated_at"_s});
    m_tags = std::make_unique<BulkInserter>(m_database, u"resident_tags"_s, QStringList{u"resident_id"_s, u"tag"_s});
    m_tags->setParent(m_residents.get());
    m_spellings = NameSpellings::inserter(m_database);
    m_spellings->setParent(m_residents.get());
    return true;
}

qint64 ResidentWriter::insert(const ResidentDraft &draft)
{
    if (!m_residents && !start())
        return 0;
    const qint64 gridId = gridFor(draft);
    if (gridId == 0)
        return 0;
    const qint64 householdId = householdFor(draft, gridId);
    if (householdId < 0)
        return 0;
    const qint64 id = m_nextId++;
    const QList<Pinyin::Spelling> spellings = Pinyin::instance().spellingsOfName(draft.name);
    m_residents->add(id);
    for (const QVariant &value : draftValues(draft, spellings, gridId, householdId))
        m_residents->add(value);
    m_residents->add(m_now);
    m_residents->add(m_now);
    if (!m_residents->endRow()) {
        m_lastError = m_residents->lastDriverError();
        return 0;
    }
    for (const QString &tag : draft.tags) {
        m_tags->add(id);
        m_tags->add(tag);
        if (!m_tags->endRow()) {
            m_lastError = m_tags->lastDriverError();
            return 0;
        }
    }
    if (!NameSpellings::add(*m_spellings, id, spellings)) {
        m_lastError = m_spellings->lastDriverError();
        return 0;
    }
    return id;
}

QVariantList ResidentWriter::draftValues(const ResidentDraft &draft, const QList<Pinyin::Spelling> &spellings,
                                         qint64 gridId, qint64 householdId)
{
    const Pinyin::Spelling &spelling = spellings.constFirst();
    const QString simplified = SimplifiedChinese::of(draft.name);
    // Text columns hold '' for "nothing entered"; only a missing ID number is NULL (it is unique).
    const auto text = [](const QString &value) { return value.isNull() ? u""_s : value; };
    return {text(draft.name),
            text(spelling.full),
            text(spelling.initials),
            draft.gender,
            draft.birthDate.toString(Qt::ISODate),
            draft.idNumber.isEmpty() ? QVariant() : QVariant(draft.idNumber),
            text(draft.phone),
            text(draft.phone2),
            text(ResidentSearch::reversed(draft.idNumber)),
            text(ResidentSearch::reversed(draft.phone)),
            gridId,
            text(draft.building),
            text(draft.unit),
            text(draft.room),
            text(draft.emergencyContact),
            text(draft.emergencyPhone),
            draft.status,
            text(draft.notes),
            householdId > 0 ? QVariant(householdId) : QVariant(),
            householdId > 0 ? text(draft.relationToHead) : u""_s,
            draft.contactIntervalDays > 0 ? QVariant(draft.contactIntervalDays) : QVariant(),
            simplified != draft.name ? QVariant(simplified) : QVariant(),
            spellings.size() > 1 ? 1 : 0};
}

bool ResidentWriter::update(qint64 id, qint64 version, const ResidentDraft &draft)
{
    m_lastError.clear();
    const qint64 gridId = gridFor(draft);
    if (gridId == 0)
        return false;
    const qint64 householdId = householdFor(draft, gridId);
    if (householdId < 0)
        return false;
    const QList<Pinyin::Spelling> spellings = Pinyin::instance().spellingsOfName(draft.name);
    const QVariantList values = draftValues(draft, spellings, gridId, householdId);
    m_lastChanges.clear();
    QSqlQuery before(m_database);
    before.prepare(u"SELECT %1 FROM residents WHERE id = ?"_s.arg(draftColumns.join(u", "_s)));
    before.addBindValue(id);
    if (before.exec() && before.next()) {
        QStringList changes;
        for (qsizetype i = 0; i < draftColumns.size(); ++i) {
            const QString &column = draftColumns.at(i);
            // A NULL reads as empty on both engines (the server's driver gives a typed null, "0" as text).
            const QVariant oldValue = before.value(int(i));
            const QString old = oldValue.isNull() ? QString() : oldValue.toString();
            if (!derivedColumns.contains(column) && old != values.at(i).toString())
                changes.append(u"%1: %2 → %3"_s.arg(column, shownInLog(column, old), shownInLog(column, values.at(i))));
        }
        m_lastChanges = changes.join(u"; "_s);
    }
    before.finish();
    QStringList assignments;
    for (const QString &column : draftColumns)
        assignments.append(column + u" = ?"_s);
    QSqlQuery query(m_database);
    query.prepare(u"UPDATE residents SET %1, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s.arg(
            assignments.join(u", "_s)));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(now());
    query.addBindValue(id);
    query.addBindValue(version);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1)
        return false; // changed (or removed) by someone else since it was read
    query.prepare(u"DELETE FROM resident_tags WHERE resident_id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    query.prepare(u"INSERT INTO resident_tags (resident_id, tag) VALUES (?, ?)"_s);
    for (const QString &tag : draft.tags) {
        query.addBindValue(id);
        query.addBindValue(tag);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
    }
    NameSpellings names(m_database);
    if (!names.rewrite(id, spellings)) {
        m_lastError = names.lastError();
        return false;
    }
    // Tags and status decide whether and when they are due for a visit.
    CareSchedule care(m_database);
    if (!care.refreshResident(id)) {
        m_lastError = care.lastError();
        return false;
    }
    return true;
}

qint64 ResidentWriter::householdFor(const ResidentDraft &draft, qint64 gridId)
{
    if (!draft.startsHousehold)
        return draft.householdId;
    QSqlQuery query(m_database);
    query.prepare(
            u"INSERT INTO households (grid_id, building, unit, room, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    query.addBindValue(gridId);
    query.addBindValue(draft.building.isNull() ? u""_s : draft.building);
    query.addBindValue(draft.unit.isNull() ? u""_s : draft.unit);
    query.addBindValue(draft.room.isNull() ? u""_s : draft.room);
    query.addBindValue(now());
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return -1;
    }
    const qint64 id = returnedId(query);
    return id > 0 ? id : -1;
}

qint64 ResidentWriter::gridFor(const ResidentDraft &draft)
{
    if (draft.gridId > 0)
        return isVisibleGrid(draft.gridId) ? draft.gridId : 0;
    const QString key = draft.newGridName.toCaseFolded();
    if (const auto known = m_createdGrids.constFind(key); known != m_createdGrids.cend())
        return *known;
    GridStore grids(m_database);
    // Looked up again inside the transaction: another clerk may have added it meanwhile.
    qint64 id = 0;
    if (const std::optional<Grid> grid = GridStore::find(grids.all(), draft.newGridName)) {
        id = grid->id;
    } else if (GridStore::find(grids.everyCenter(), draft.newGridName)) {
        m_lastError = u"grid %1 is another center's"_s.arg(draft.newGridName);
        return 0;
    } else {
        id = grids.create(draft.newGridName);
    }
    if (id == 0)
        m_lastError = grids.lastError();
    else
        m_createdGrids.insert(key, id);
    return id;
}

bool ResidentWriter::isVisibleGrid(qint64 gridId)
{
    // Read once per writer: an import checks every row.
    if (!m_visibleGrids) {
        m_visibleGrids.emplace();
        for (const Grid &grid : GridStore(m_database).all())
            m_visibleGrids->insert(grid.id);
    }
    if (m_visibleGrids->contains(gridId))
        return true;
    m_lastError = u"grid %1 is not one of the actor's center"_s.arg(gridId);
    return false;
}

bool ResidentWriter::finish()
{
    if (!m_residents)
        return true;
    if (!m_tags->flush()) {
        m_lastError = m_tags->lastDriverError();
        return false;
    }
    if (!m_spellings->flush()) {
        m_lastError = m_spellings->lastDriverError();
        return false;
    }
    if (!m_residents->flush()) {
        m_lastError = m_residents->lastDriverError();
        return false;
    }
    CareSchedule care(m_database);
    if (!care.scheduleRegisteredFrom(m_firstId)) {
        m_lastError = care.lastError();
        return false;
    }
    return true;
}

} // namespace linli
