#pragma once

#include "result.h"
#include "servicerecordstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace linli {

// One field of a record as a correction found and left it.
struct FieldChange
{
    QString field; // "served_at", "service_type", "resident", "handler", "duration_minutes", "outcome", "notes"
    QString before;
    QString after;
};

// One correction or void of a record, as its history shows it.
struct RecordChange
{
    bool isVoid = false;
    QString atUtc; // ISO, as the audit log dates it
    QString byName;
    QList<FieldChange> fields; // a void: the reason, as the field "reason"
};

// A record that was voided: as it was, and who voided it, when and why.
struct VoidedRecord
{
    ServiceRecordRow record;
    QString voidedAt; // "2026-11-03 09:12:00"
    QString voidedByName;
    QString reason;
};

// The mending of service records logged wrongly: a correction of what a record says (its type, time,
// resident, handler, duration, outcome and notes), or its void, which takes it out of every list and
// count and keeps it, marked, in a table of its own. A clerk mends the records they logged today; a
// manager any record (CorrectAnyRecord). Each mend is one transaction with its audit row and its
// entry in the record's history (what each field held before and after); the monthly counts follow
// through the triggers on the records. A case the record opened follows it: a type that no longer
// opens a case ends it as entered in error (its history kept), a type that does opens one, and the
// due date follows the type's deadline and the time.
class RecordCorrections
{
    Q_DECLARE_TR_FUNCTIONS(RecordCorrections)

public:
    explicit RecordCorrections(const QSqlDatabase &database);

    // Whether the actor may mend the record, and why not.
    Result<void> mayMend(const ServiceRecordRow &record) const;
    // `version` is the one the clerk saw (ServiceRecordRow::version).
    Result<void> correct(qint64 recordId, int version, const ServiceEntry &corrected);
    Result<void> voidRecord(qint64 recordId, int version, const QString &reason);

    // Oldest first; empty with lastError() on failure.
    QList<RecordChange> history(qint64 recordId) const;
    std::optional<VoidedRecord> voided(qint64 recordId) const;
    QString lastError() const { return m_lastError; }

    // "Now" for the rule of today's records and for the dating of mends; tests fix it.
    void setReferenceTime(const QDateTime &now) { m_now = now; }

private:
    struct Stored;
    QDateTime now() const;
    Result<ServiceRecordRow> readRecord(qint64 recordId) const;
    Result<void> permitted(qint64 recordId) const;
    Result<Stored> storedForMending(qint64 recordId, int version) const;
    Result<void> followCase(const Stored &before, const ServiceEntry &after);
    bool writeHistory(qint64 recordId, bool isVoid, const QList<FieldChange> &fields, const QString &monthBefore,
                      const QString &monthAfter);

    QSqlDatabase m_database;
    QDateTime m_now;
    mutable QString m_lastError;
};

} // namespace linli
