#pragma once

#include "residentdraft.h"
#include "residentfilter.h"
#include "residentsearch.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace linli {

// One resident as the lists show it.
struct ResidentRow
{
    qint64 id = 0;
    QString name;
    QString namePinyin;
    QString gender; // "M" or "F"
    QDate birthDate;
    QString idNumber;
    QString phone;
    qint64 gridId = 0;
    QString gridName;
    QString building;
    QString unit;
    QString room;
    QString status; // active, moved_out, deceased
    QString registeredAt;
};

// Reads residents for the lists, a page at a time in a stable order (keyset paging: each page
// starts after the last row of the previous one, so a page costs the same at row 10 and at row
// 999,990). Residents are written in the residents domain alone (this store's save and the writer
// it shares with the import, the care schedule's contact dates) and by maintenance's merger and
// eraser; the other domains read them, mostly to join a name and an address to their own rows.
// The demo generator and the database copier, which write every table, aside. Runs on the thread
// owning the connection.
class ResidentStore
{
    Q_DECLARE_TR_FUNCTIONS(ResidentStore)

public:
    enum class Order { ByName, ByAge, ByAddress, ByRegistration };

    // Where a page starts: the sort values and id of the last row already shown.
    struct PageKey
    {
        QVariantList values;
        qint64 id = 0;
        bool isValid() const { return id > 0; }
    };

    explicit ResidentStore(const QSqlDatabase &database);

    // Rows matching the search after `after` (or from the start), in the given order; empty with
    // lastError() on failure.
    QList<ResidentRow> page(Order order, Qt::SortOrder direction, const PageKey &after, int limit,
                            const ResidentSearch &search = {}, const ResidentFilter &filter = {}) const;
    static PageKey keyOf(const ResidentRow &row, Order order);
    // The exact number of residents matching the search.
    std::optional<qint64> count(const ResidentSearch &search = {}, const ResidentFilter &filter = {}) const;
    // A resident as the form edits them, with the version the edit starts from.
    struct Record
    {
        qint64 id = 0;
        qint64 version = 0;
        ResidentDraft draft;
    };
    std::optional<Record> load(qint64 id) const;
    // One resident as the lists show them.
    std::optional<ResidentRow> row(qint64 id) const;
    // Saves an edit with the tags in one write transaction; the resident's id when done. Refused
    // (Conflict) when someone else saved the resident since `version` was read, so that no change is
    // lost unseen.
    Result<qint64> update(qint64 id, qint64 version, ResidentDraft draft);

    // The resident registered with this ID number (normalized), or 0: whoever it is, in any center,
    // since a number is registered once.
    qint64 residentWithIdNumber(const QString &idNumber) const;
    // Residents already registered who may be the same person: the same name and date of birth,
    // or the same name and phone. The draft must have passed check().
    QList<ResidentRow> similar(const ResidentDraft &draft, int limit = 5) const;
    // Registers a resident with their tags in one write transaction, after checking the draft (Invalid:
    // the draft's first problem); the new id when done. An ID number already registered is refused
    // (Duplicate) with the id of who has it.
    Result<qint64> create(ResidentDraft draft);
    // Matches beyond this many are read in the order of the sort index: with 20,000 among a
    // million, a page of 200 is found within the first few thousand rows read. Tests lower it.
    static constexpr int defaultManyMatches = 20000;
    void setManyMatches(int count) { m_manyMatches = count; }
    // "Today" for the age filters; tests fix it.
    void setReferenceDate(QDate date) { m_today = date; }
    QString lastError() const { return m_lastError; }
    QSqlDatabase database() const { return m_database; }

private:
    // Creates (id 0) or updates a resident: one path for both.
    Result<qint64> save(qint64 id, qint64 version, ResidentDraft draft);
    // The filter narrowed to the actor's center (CenterScope).
    ResidentFilter scoped(ResidentFilter filter) const;
    // Whether at least m_manyMatches residents match (then they are read in the list's order).
    bool hasManyMatches(const ResidentSearch &search, const ResidentFilter &filter) const;
    // A name part of one or two characters, no grid's name, no filter: the index of name
    // characters alone answers it.
    bool isNameGramOnly(const ResidentSearch &search, const ResidentFilter &filter) const;
    // Whether some grid's name contains the text (its residents match a name-part search).
    bool inGridName(const QString &text) const;

    QSqlDatabase m_database;
    QDate m_today = QDate::currentDate();
    int m_manyMatches = defaultManyMatches;
    mutable QString m_lastError;
};

} // namespace linli

// Values and implicitly shared Qt types alone: a growing list of rows moves them as bytes.
Q_DECLARE_TYPEINFO(linli::ResidentRow, Q_RELOCATABLE_TYPE);
