#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace linli {

// Whom the center must see how often, and when each was last contacted. "Last contact" is the
// latest service record of any kind (a phone check, a home visit logged as done, a desk visit) or
// done visit: one definition, here. Residents tagged living alone, disabled or key care are due
// again after their interval (the manager's defaults per tag, the shortest that applies, or their
// own); the last contact and the due date are kept on the resident in the same transaction as the
// write that changes them, so that "not seen in time" is read from an index among a million
// residents. Only active residents are due.
class CareSchedule
{
    Q_DECLARE_TR_FUNCTIONS(CareSchedule)

public:
    struct Intervals
    {
        int livingAlone = 7;
        int disabled = 14;
        int keyCare = 30;
    };

    struct Alert
    {
        qint64 residentId = 0;
        QString name;
        QString gridName;
        QString lastContactAt; // empty: never contacted
        QString dueAt;
        // What a care worker needs to call or find them, and why they are on the list.
        QString phone; // whole: the view masks it
        QString building;
        QString unit;
        QString room;
        QStringList tags;
        // The service that was the last contact (a visit done is logged as one too); empty: none.
        QString lastContactZh;
        QString lastContactEn;
        // The last visit or call since that found nobody (未遇), and the next step written then;
        // empty: none.
        QString lastMissedAt;
        QString nextStep;
    };

    explicit CareSchedule(const QSqlDatabase &database);

    std::optional<Intervals> intervals() const;
    // In its own transaction; every resident's due date follows.
    Result<void> setIntervals(const Intervals &intervals);

    // Within the caller's write transaction: the residents `condition` selects (over `residents r`).
    bool refresh(const QString &condition, const QVariantList &values);
    bool refreshResident(qint64 residentId);
    bool refreshAll();
    // Residents registered from `firstId` on (an import), who have no contact yet: only those in
    // care get a due date, the others keep none. Within the caller's write transaction.
    bool scheduleRegisteredFrom(qint64 firstId);
    // After an upgrade that asked for it (settings: care_schedule_stale), in its own transaction.
    bool refreshIfStale();

    // Due before `now`, most overdue first, after `after` (keyset paging; null: from the first);
    // gridId 0 for every grid. Empty with lastError() on failure.
    QList<Alert> overdue(const QDateTime &now, qint64 gridId, int limit, const Alert *after = nullptr) const;
    // How many are overdue in each grid (grid id, count), for the grids that have any.
    QList<std::pair<qint64, qint64>> overdueByGrid(const QDateTime &now) const;
    QString lastError() const { return m_lastError; }

private:
    bool run(const QString &sql, const QVariantList &values);

    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace linli
