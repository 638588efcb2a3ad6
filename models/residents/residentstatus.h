#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace linli {

// A resident's status as stored (residents.status) and as shown.
class ResidentStatus
{
    Q_DECLARE_TR_FUNCTIONS(ResidentStatus)

public:
    static QStringList all();
    // The words a clerk knows the status by; the stored code itself for an unknown one.
    static QString label(const QString &status);
};

} // namespace linli
