#pragma once

#include "bulkinserter.h"
#include "pinyin.h"
#include "residentdraft.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace linli {

// Writes checked residents and their tags, in batches, inside the caller's write transaction:
// the one path by which residents enter or change in the database, for the form (one) and the
// import (many).
// Grids named but not known yet are created. Ids are given here, after the highest one in use, so that tags can follow
// their resident in the same batch.
class ResidentWriter
{
public:
    explicit ResidentWriter(const QSqlDatabase &database);
    ~ResidentWriter();

    // The new resident's id; 0 when writing failed (lastError() says why, for the log). The
    // draft must have passed check().
    qint64 insert(const ResidentDraft &draft);
    // Saves an edit and replaces the tags, if the resident is still at `version`. False when it is
    // not (lastError() empty: someone else saved meanwhile) or when writing failed (lastError()).
    bool update(qint64 id, qint64 version, const ResidentDraft &draft);
    // What the last update() changed, for the audit log: "phone: 138****8000 → 139****9000; room:
    // 301 → 302" (identifiers masked, derived columns left out); empty when nothing changed.
    QString lastChanges() const { return m_lastChanges; }
    // Writes what is still batched; false when that failed.
    bool finish();
    QString lastError() const { return m_lastError; }

private:
    bool start();
    // The values of a draft's columns, derived ones (pinyin, reversed numbers) included.
    // `spellings`: Pinyin::spellingsOfName() of the draft's name.
    static QVariantList draftValues(const ResidentDraft &draft, const QList<Pinyin::Spelling> &spellings, qint64 gridId,
                                    qint64 householdId);
    // The household the resident belongs to (a new one is created here); 0 for none, -1 on failure.
    qint64 householdFor(const ResidentDraft &draft, qint64 gridId);
    qint64 gridFor(const ResidentDraft &draft);
    // Whether the grid is one of the actor's center (CenterScope); lastError() says when not.
    bool isVisibleGrid(qint64 gridId);

    QSqlDatabase m_database;
    std::unique_ptr<BulkInserter> m_residents;
    std::unique_ptr<BulkInserter> m_tags;
    std::unique_ptr<BulkInserter> m_spellings;
    qint64 m_nextId = 0;
    qint64 m_firstId = 0; // the first resident this writer inserted
    QString m_now;
    QHash<QString, qint64> m_createdGrids; // by name
    std::optional<QSet<qint64>> m_visibleGrids;
    QString m_lastError;
    QString m_lastChanges;
};

} // namespace linli
