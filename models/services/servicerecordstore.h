#pragma once

#include "result.h"
#include "servicefilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace linli {

// What a clerk logs at the desk: one service delivered.
struct ServiceEntry
{
    qint64 residentId = 0; // 0: an anonymous walk-in
    qint64 serviceTypeId = 0;
    QDateTime servedAt;
    qint64 handlerId = 0; // staff member; 0: not recorded
    int durationMinutes = 0;
    QString outcome;
    QString notes;
    // The form's own name for this entry (a UUID): an entry whose key was written already is
    // refused as a Duplicate of that record, so that a Save pressed twice writes once. Empty: none.
    QString entryKey;
};

// One record as the Services list shows it.
struct ServiceRecordRow
{
    qint64 id = 0;
    QString servedAt; // "2025-09-26 16:20:00"
    qint64 residentId = 0;
    QString residentName; // empty for an anonymous walk-in
    qint64 serviceTypeId = 0;
    QString typeCode;
    QString typeZh;
    QString typeEn;
    QString categoryZh;
    QString categoryEn;
    qint64 handlerId = 0;
    QString handlerName;
    int durationMinutes = 0;
    QString outcome;
    QString caseStatus; // empty when the service opened no case
    QString dueDate;
    QString notes;          // what the resident asked or told, as typed at the desk
    int version = 0;        // one more with each change (a step of its case, a correction)
    QString createdAt;      // when it was logged: "2025-09-26 16:21:05"
    qint64 createdById = 0; // the account that logged it; 0: the command line or an import
    QString createdByName;  // that account's name, empty when none
    QString resolvedDate;   // the day its case was closed or referred; empty when open or none
    int satisfaction = 0;   // given at the case's return visit (1–5); 0 when none

    // The fields a correction may change, as an entry holds them.
    ServiceEntry asEntry() const;
};

// How many open cases one handler has, and how many of them are overdue.
struct CaseLoad
{
    qint64 handlerId = 0; // 0: nobody yet
    qint64 open = 0;
    qint64 overdue = 0;
};

// Writes service records, and reads them for the Services list newest first, a page at a time
// (keyset paging on the date and id, so page 50,000 costs what page 1 does). A type that opens a follow-up case opens
// it in the same transaction: received, due after the type's deadline in working days (holidays and worked weekends
// counted), with the first event of its history. Service records and case events are written in the services domain
// alone (here, the case workflow, the record corrections, the service import); a merge or an erasure moves a person's
// records through reassignResident(). Other domains read them for their figures, lists and exports.
class ServiceRecordStore
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRecordStore)

public:
    static constexpr int longestMinutes = 24 * 60;

    explicit ServiceRecordStore(const QSqlDatabase &database);

    // The new record's id; Invalid when the entry breaks a rule, nothing written then.
    Result<qint64> log(const ServiceEntry &entry);
    // The same inside a write transaction the caller holds (a visit marked done logs its service in
    // the visit's transaction); nothing is written when refused, but the caller rolls back on failure.
    Result<qint64> logWithinTransaction(const ServiceEntry &entry);

    // Part of merging two records of one person or erasing one (ResidentMerger, ResidentEraser),
    // inside the write transaction of the caller, who has checked the right to: the services of
    // `from` become `to`'s, or with `to` 0 stay in the log without a resident (the figures keep
    // them). The number of records changed; -1 on a database error (lastError()).
    qint64 reassignResident(qint64 from, qint64 to);

    // Why `entry` may not be written, in a sentence for the desk; empty when it may. With `kept`
    // (the record it corrects), a type no longer offered or a handler no longer active is allowed
    // where the record held it already.
    QString refusal(const ServiceEntry &entry, const ServiceEntry *kept = nullptr) const;
    // The id a new record gets: after every record there is or was (a voided record keeps its id).
    static Result<qint64> nextId(const QSqlDatabase &database);

    // The records after `after` (or from the first), in the filter's order; empty with lastError()
    // on failure.
    QList<ServiceRecordRow> page(const ServiceFilter &filter, const ServiceRecordRow *after, int limit) const;
    std::optional<ServiceRecordRow> record(qint64 id) const;
    // A record voided (RecordCorrections), as it was when voided; nullopt when none has this id.
    std::optional<ServiceRecordRow> voidedRecord(qint64 id) const;
    std::optional<qint64> count(const ServiceFilter &filter) const;
    // Every handler with open cases of the actor's center (read from the index of open cases);
    // empty with lastError() on failure.
    QList<CaseLoad> caseLoads(QDate today) const;
    QString lastError() const { return m_lastError; }
    // "Now" for refusing entries in the future and dating the record written; tests fix it.
    void setReferenceTime(const QDateTime &now) { m_now = now; }

private:
    // The filter narrowed to the actor's center (CenterScope).
    ServiceFilter scoped(ServiceFilter filter) const;
    static QString withNames(const QString &records);
    static QList<ServiceRecordRow> readRows(QSqlQuery &query);
    // The one row `records` (a SELECT aliased s, with one bound id) selects, with its names.
    std::optional<ServiceRecordRow> oneRecord(const QString &records, qint64 id) const;

    QSqlDatabase m_database;
    QDateTime m_now;
    mutable QString m_lastError;
};

} // namespace linli

// Values and implicitly shared Qt types alone: a growing list of rows moves them as bytes.
Q_DECLARE_TYPEINFO(linli::ServiceRecordRow, Q_RELOCATABLE_TYPE);
