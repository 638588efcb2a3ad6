#include "casestatus.h"

using namespace Qt::StringLiterals;

namespace linli {

QStringList CaseStatus::all()
{
    return {u"received"_s, u"assigned"_s, u"in_progress"_s, u"replied"_s,
            u"return_visit"_s, u"closed"_s, u"referred"_s};
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
    return status;
}

} // namespace linli
