#pragma once

#include "pinyin.h"

#include <QSqlDatabase>
#include <QString>

namespace linli {

class BulkInserter;

// Every way to say each resident's name, kept for search beside the likeliest one
// (residents.name_pinyin, name_initials): the others go to resident_spellings, written with every
// write of a name, and renewed for the whole register when the readings that spelled it change
// (a new table of readings or given-name words).
class NameSpellings
{
public:
    explicit NameSpellings(const QSqlDatabase &database);

    // A bulk insert into resident_spellings, for the rows add() gives it.
    static std::unique_ptr<BulkInserter> inserter(const QSqlDatabase &database);
    // Adds the spellings of a name (Pinyin::spellingsOfName(), spelled once by the caller, who also
    // writes the first, the likeliest, to the resident's row) other than its likeliest; false when
    // the insert failed.
    static bool add(BulkInserter &rows, qint64 residentId, const QList<Pinyin::Spelling> &spellings);

    // Replaces a resident's other spellings, after their name changed. Inside the caller's transaction.
    bool rewrite(qint64 residentId, const QList<Pinyin::Spelling> &spellings);
    // Spells every resident again, in one transaction, when their names were spelled with other
    // readings than this program's (or not at all: a database from before the table), and writes
    // the simplified form beside each name in traditional characters. False with lastError() when
    // it failed; nothing is changed then.
    bool refreshIfStale();
    QString lastError() const { return m_lastError; }

private:
    bool refreshAll();

    QSqlDatabase m_database;
    QString m_lastError;
};

} // namespace linli
