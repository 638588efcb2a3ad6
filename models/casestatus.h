#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace linli {

// The states of a follow-up case (诉求, 调解, 法律援助…), as stored (service_records.case_status) and
// as shown: received → assigned → in progress → replied → return visit → closed, or referred.
class CaseStatus
{
    Q_DECLARE_TR_FUNCTIONS(CaseStatus)

public:
    static QStringList all();
    static QString label(const QString &status);
};

} // namespace linli
