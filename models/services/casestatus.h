#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace linli {

// The states of a follow-up case (诉求, 调解, 法律援助…), as stored (service_records.case_status) and
// as shown: received → assigned → in progress → replied → return visit → closed, or referred.
// Also the one definition of "open" and "overdue" that every list, count and report uses.
class CaseStatus
{
    Q_DECLARE_TR_FUNCTIONS(CaseStatus)

public:
    // Where a case ends whose record was corrected to a type that opens none: a step of its history
    // alone, never a record's state, so it leaves every list and count of cases.
    static const QString enteredInError;

    static QStringList all();
    static QString label(const QString &status);

    // Still to be dealt with here: neither closed nor referred elsewhere.
    static bool isOpen(const QString &status);
    // Open, and its due date is before `today`: a case due today is not overdue yet.
    static bool isOverdue(const QString &status, QDate dueDate, QDate today);
    static bool isOverdue(const QString &status, const QString &isoDueDate, QDate today);

    // The same two, as SQL over the records aliased `alias`. The open condition is written
    // exactly as the partial indexes on open cases are, so that the planner uses them.
    // overdueCondition() takes today's date (ISO) as its one bound value; byDueDate false keeps the
    // planner off the due-date index (for a list in another order, where the index of that order
    // read from its start finds overdue cases at once).
    static QString openCondition(const QString &alias = QStringLiteral("s"));
    static QString overdueCondition(const QString &alias = QStringLiteral("s"), bool byDueDate = true);
};

} // namespace linli
