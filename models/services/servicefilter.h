#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

namespace linli {

// What the Services page narrows the log to. Each condition is one an index answers together
// with the order by date (a type, a handler or a resident), or a date range of that order.
// Records are aliased s.
struct ServiceFilter
{
    QDate from; // invalid: no lower bound
    QDate to;   // invalid: no upper bound; inclusive
    qint64 categoryId = 0;
    qint64 typeId = 0;
    qint64 handlerId = 0;
    bool withoutHandler = false; // only records nobody handles yet
    qint64 residentId = 0;
    qint64 gridId = 0;
    // 0: every center. Stores set it to the actor's (CenterScope): the records of the center's
    // residents, and the walk-ins its accounts logged.
    qint64 centerId = 0;
    // "", a case status, "open" (CaseStatus::isOpen) or "overdue" (CaseStatus::isOverdue on `today`)
    QString caseStatus;
    QDate today; // invalid: the current date

    // The Services list reads newest first; the case list by due date, the most overdue first
    // (cases without a deadline before them).
    enum class Order { NewestFirst, DueFirst };
    Order order = Order::NewestFirst;

    enum class Use { Count, NewestFirstPage };

    bool isEmpty() const;
    QString whereClause(Use use = Use::Count) const;
    QVariantList values() const;
};

} // namespace linli
