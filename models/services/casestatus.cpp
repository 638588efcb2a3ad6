#include "casestatus.h"

using namespace Qt::StringLiterals;

namespace linli {

const QString CaseStatus::enteredInError = u"entered_in_error"_s;

QStringList CaseStatus::all()
{
    return {u"received"_s,     u"assigned"_s, u"in_progress"_s, u"replied"_s,
            u"return_visit"_s, u"closed"_s,   u"referred"_s};
}

QString CaseStatus::label(const QString &status)
{
    if (status == u"received"_s)
        return tr("Received");
    if (status == u"assigned"_s)
        return tr("Assigned");
    if (status == u"in_progress"_s)
        return tr("In progress");
    if (status == u"replied"_s)
        return tr("Replied");
    if (status == u"return_visit"_s)
        return tr("Return visit");
    if (status == u"closed"_s)
        return tr("Closed");
    if (status == u"referred"_s)
        return tr("Referred");
    if (status == enteredInError)
        return tr("Entered in error");
    return status;
}

bool CaseStatus::isOpen(const QString &status)
{
    return !status.isEmpty() && status != u"closed"_s && status != u"referred"_s;
}

bool CaseStatus::isOverdue(const QString &status, QDate dueDate, QDate today)
{
    return isOpen(status) && dueDate.isValid() && dueDate < today;
}

bool CaseStatus::isOverdue(const QString &status, const QString &isoDueDate, QDate today)
{
    return isOverdue(status, QDate::fromString(isoDueDate, Qt::ISODate), today);
}

QString CaseStatus::openCondition(const QString &alias)
{
    return u"%1.case_status IN ('received', 'assigned', 'in_progress', 'replied', 'return_visit')"_s.arg(alias);
}

QString CaseStatus::overdueCondition(const QString &alias, bool byDueDate)
{
    return u"%1 AND %2%3.due_date < ?"_s.arg(openCondition(alias), byDueDate ? QString() : u"+"_s, alias);
}

} // namespace linli
