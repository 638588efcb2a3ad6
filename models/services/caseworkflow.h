#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// One step taken on a follow-up case.
struct CaseStep
{
    enum class Action { Assign, Start, Reply, ReturnVisit, Close, Refer };

    Action action = Action::Assign;
    qint64 handlerId = 0;    // Assign: to whom
    int satisfaction = 0;    // ReturnVisit: 1 (very dissatisfied) … 5 (very satisfied)
    QString referredTo;      // Refer: where the case went
    QString note;            // Reply: what the resident was told; otherwise optional
    qint64 actorStaffId = 0; // who took the step; 0: not known
    QDateTime at;            // when; invalid: now
};

// One entry of a case's history.
struct CaseEvent
{
    QString happenedAt; // "2025-11-04 10:00:00"
    QString staffName;  // empty when not known
    QString fromStatus; // empty for the opening
    QString toStatus;
    QString note;
    int satisfaction = 0; // given at the return visit (1–5); 0 for the other steps
};

// Which step may follow which, and the writing of a step: the case's new state and its event (who,
// when, what) in one transaction, refused when the case is no longer in the state the clerk saw.
//   received → assigned → in progress → replied → return visit → closed
//   received, assigned or in progress → referred (elsewhere; final)
// Closing and referring date the case (resolved_date).
//   assigned or in progress → assigned (to someone else)
class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)

public:
    using Action = CaseStep::Action;

    static constexpr int satisfiedFrom = 3; // "basically satisfied" (基本满意) and better

    static QList<Action> actionsFrom(const QString &status);
    static bool allows(const QString &status, Action action);
    static QString statusAfter(Action action);
    static QString label(Action action);
    static QString satisfactionLabel(int satisfaction);

    explicit CaseWorkflow(const QSqlDatabase &database);

    // `expectedStatus` is the state the clerk acted on.
    Result<void> take(qint64 recordId, const QString &expectedStatus, const CaseStep &step);
    // Oldest first; empty with lastError() on failure.
    QList<CaseEvent> history(qint64 recordId) const;
    QString lastError() const { return m_lastError; }
    // "Now" for dating steps and refusing future ones; tests fix it.
    void setReferenceTime(const QDateTime &now) { m_now = now; }

private:
    QString refusal(const CaseStep &step) const;

    QSqlDatabase m_database;
    QDateTime m_now;
    mutable QString m_lastError;
};

} // namespace linli
