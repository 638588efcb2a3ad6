#include "residentwriter.h"

#include "gridstore.h"
#include "pinyin.h"
#include "residentsearch.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

ResidentWriter::ResidentWriter(const QSqlDatabase &database)
    : m_database(database)
{
}

ResidentWriter::~ResidentWriter() = default;

bool ResidentWriter::start()
{
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT coalesce(max(id), 0) FROM residents"_s) || !query.next()) {
        m_lastError = query.lastError().text();
        return false;
    }
    m_nextId = query.value(0).toLongLong() + 1;
    m_now = QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    m_residents = std::make_unique<BulkInserter>(
            m_database, u"residents"_s,
            QStringList{u"id"_s, u"name"_s, u"name_pinyin"_s, u"name_initials"_s, u"gender"_s, u"birth_date"_s,
                        u"id_number"_s, u"phone"_s, u"phone2"_s, u"id_number_reversed"_s, u"phone_reversed"_s,
                        u"grid_id"_s, u"building"_s, u"unit"_s, u"room"_s, u"emergency_contact"_s,
                        u"emergency_phone"_s, u"status"_s, u"notes"_s, u"registered_at"_s, u"updated_at"_s});
    m_tags = std::make_unique<BulkInserter>(m_database, u"resident_tags"_s, QStringList{u"resident_id"_s, u"tag"_s});
    m_tags->setParent(m_residents.get());
    return true;
}

qint64 ResidentWriter::insert(const ResidentDraft &draft)
{
    if (!m_residents && !start())
        return 0;
    const qint64 gridId = gridFor(draft);
    if (gridId == 0)
        return 0;
    const qint64 id = m_nextId++;
    const Pinyin::Spelling spelling = Pinyin::instance().spellName(draft.name);
    // Text columns hold '' for "nothing entered"; only a missing ID number is NULL (it is unique).
    const auto text = [](const QString &value) { return value.isNull() ? u""_s : value; };
    const QVariantList values = {id, text(draft.name), text(spelling.full), text(spelling.initials), draft.gender,
                                 draft.birthDate.toString(Qt::ISODate),
                                 draft.idNumber.isEmpty() ? QVariant() : QVariant(draft.idNumber), text(draft.phone),
                                 text(draft.phone2), text(ResidentSearch::reversed(draft.idNumber)),
                                 text(ResidentSearch::reversed(draft.phone)), gridId, text(draft.building),
                                 text(draft.unit), text(draft.room), text(draft.emergencyContact),
                                 text(draft.emergencyPhone), draft.status, text(draft.notes), m_now, m_now};
    for (const QVariant &value : values)
        m_residents->add(value);
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
    return id;
}

qint64 ResidentWriter::gridFor(const ResidentDraft &draft)
{
    if (draft.gridId > 0)
        return draft.gridId;
    const QString key = draft.newGridName.toCaseFolded();
    if (const auto known = m_createdGrids.constFind(key); known != m_createdGrids.cend())
        return *known;
    GridStore grids(m_database);
    // Looked up again inside the transaction: another clerk may have added it meanwhile.
    qint64 id = 0;
    if (const std::optional<Grid> grid = GridStore::find(grids.all(), draft.newGridName))
        id = grid->id;
    else
        id = grids.create(draft.newGridName);
    if (id == 0)
        m_lastError = grids.lastError();
    else
        m_createdGrids.insert(key, id);
    return id;
}

bool ResidentWriter::finish()
{
    if (!m_residents)
        return true;
    if (!m_tags->flush()) {
        m_lastError = m_tags->lastDriverError();
        return false;
    }
    if (!m_residents->flush()) {
        m_lastError = m_residents->lastDriverError();
        return false;
    }
    return true;
}

} // namespace linli
