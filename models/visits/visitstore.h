#pragma once

#include "result.h"
#include "visitrecurrence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTime>

#include <optional>

namespace linli {

// A visit to plan, alone or as a series.
struct VisitDraft
{
    qint64 residentId = 0;
    qint64 staffId = 0; // 0: not assigned yet
    QString kind;       // home_visit, rehab_center, rehab_home, phone_check
    QTime startTime;
    int durationMinutes = 30;
    QString place;
    QString notes;
    QString conflictReason; // why it was planned although someone was already booked
    QString entryKey;       // the form's own name for this plan: saved once however often it is handed over
};

// One visit as stored.
struct VisitRow
{
    qint64 id = 0;
    qint64 seriesId = 0; // 0: a visit of its own
    qint64 residentId = 0;
    qint64 staffId = 0;
    QString kind;
    QDateTime startsAt;
    int durationMinutes = 0;
    QString place;
    QString status; // planned, done, missed, cancelled
    QString outcome;
    QString cancelReason;
    qint64 serviceRecordId = 0;
    int version = 0;
    QString notes;
};

// A visit as an agenda lists it: with whom and where.
struct AgendaEntry
{
    VisitRow visit;
    QString residentName;
    QString address; // grid, building, unit, room
    QString gridName;
    QString building;
    QString unit;
    QString room;
    QString phone;
    QString staffName;
};

// How many visits a day holds, by state.
struct VisitDayCount
{
    QDate day;
    int planned = 0;
    int done = 0;
    int missed = 0;
    int cancelled = 0;
    int total() const { return planned + done + missed + cancelled; }
};

// Plans and keeps visits: a series is its rule plus one row per occurrence, so that one occurrence can
// be moved, cancelled or marked done on its own; a series without end is written a bounded horizon
// ahead and extended as days pass. Marking a visit done logs the corresponding service in the same
// transaction. Every change is one transaction and checks the version the clerk saw. Visits and
// series are written here alone (a merge or an erasure through reassignResident() and
// removeResident()); reports and the care schedule read them. The demo generator aside.
class VisitStore
{
    Q_DECLARE_TR_FUNCTIONS(VisitStore)

public:
    static constexpr int horizonDays = 90;

    explicit VisitStore(const QSqlDatabase &database);

    // The service type a done visit of this kind is logged as (EC01, RH02, RH03, EC02).
    static QString serviceTypeCode(const QString &kind);

    Result<qint64> createSeries(const VisitDraft &draft, const VisitRecurrence &rule, QDate today);
    // Writes the occurrences of endless series up to today + horizonDays; false on a database error.
    bool extendSeries(QDate today);
    QList<VisitRow> visitsOfSeries(qint64 seriesId) const;
    std::optional<VisitRow> visit(qint64 id) const;

    // Only this visit: to another time (by drag or keys), keeping the rest.
    Result<qint64> move(qint64 visitId, int version, const QDateTime &startsAt, const QString &conflictReason = {});
    // Only this visit: another day, time, staff member, kind, length or place, as `draft` says.
    Result<qint64> changeOne(qint64 visitId, int version, const VisitDraft &draft, QDate day);
    Result<qint64> cancel(qint64 visitId, int version, const QString &reason);
    Result<qint64> markMissed(qint64 visitId, int version, const QString &nextStep);
    // A call (or a knock) that nobody answered, made without a visit planned: written down as a
    // phone check missed (未遇) with its next step. It is no contact: the resident stays due.
    Result<qint64> logUnansweredCall(qint64 residentId, qint64 staffId, const QDateTime &at, const QString &nextStep);
    Result<qint64> markDone(qint64 visitId, int version, const QString &outcome, const QDateTime &now);
    // "This and following": the series ends before this visit, and a new one with `draft` and the
    // rest of the rule (from this visit's day) takes its planned visits over.
    Result<qint64> changeFollowing(qint64 visitId, const VisitDraft &draft, QDate today);

    // Part of merging two records of one person (ResidentMerger), inside the caller's write
    // transaction: the visits and series of `from` become `to`'s. The number of visits moved; -1
    // on a database error (lastError()).
    qint64 reassignResident(qint64 from, qint64 to);
    // Part of erasing a person (ResidentEraser), inside the caller's write transaction: their
    // visits and series go. The number of visits removed; -1 on a database error.
    qint64 removeResident(qint64 residentId);

    // The visits from `from` to `to` (inclusive days), of one staff member or everyone's (0), in order.
    QList<AgendaEntry> agenda(qint64 staffId, QDate from, QDate to) const;
    // A resident's visits, at most `limit`: those from `today` on, soonest first, then those before,
    // latest first.
    QList<AgendaEntry> visitsOfResident(qint64 residentId, QDate today, int limit) const;
    // Per day from `from` to `to`, of one staff member or everyone's (0): only days with visits.
    QList<VisitDayCount> dayCounts(qint64 staffId, QDate from, QDate to) const;
    // The staff member of this name (active or not); 0 when there is none.
    qint64 staffNamed(const QString &name) const;

    // Visits (not cancelled) of this staff member or this resident overlapping the given time.
    QList<VisitRow> conflicts(qint64 staffId, qint64 residentId, const QDateTime &start, int minutes,
                              qint64 exceptVisitId = 0) const;
    QString lastError() const { return m_lastError; }

private:
    Result<qint64> insertSeries(const VisitDraft &draft, const VisitRecurrence &rule, QDate today,
                                const QList<QDate> &skipDays = {});
    std::optional<VisitRecurrence> ruleOf(qint64 seriesId) const;
    // The visits a SELECT of visitColumns returns.
    QList<VisitRow> visitsFrom(const QString &sql, const QVariantList &values) const;
    // The agenda entries of the visits `where` picks, in `order`.
    QList<AgendaEntry> entriesFrom(const QString &where, const QVariantList &values, const QString &order) const;
    bool writeOccurrences(qint64 seriesId, const VisitDraft &draft, const QList<QDate> &days);
    Result<qint64> setStatus(qint64 visitId, int version, const QString &status, const QString &column,
                             const QString &text);
    QString refusal(const VisitDraft &draft) const;

    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace linli
