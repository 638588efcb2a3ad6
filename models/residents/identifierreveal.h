#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace linli {

// Everyone sees ID numbers and phones masked; a manager who needs one resident's whole ID number
// and phones asks for them here, giving a reason. The reason and the resident go into the audit
// log (VIEW_FULL_ID) in the same transaction as the reading: nothing is shown without its row.
class IdentifierReveal
{
    Q_DECLARE_TR_FUNCTIONS(IdentifierReveal)

public:
    struct Identifiers
    {
        QString idNumber;
        QString phone;
        QString phone2;
        QString emergencyPhone;
    };

    static constexpr int shortestReason = 2;
    static constexpr int longestReason = 200;

    explicit IdentifierReveal(const QSqlDatabase &database);

    // Refused for the role, without a reason or without the resident; nothing is shown when the audit
    // row cannot be written.
    Result<Identifiers> reveal(qint64 residentId, const QString &reason);

private:
    QSqlDatabase m_database;
};

} // namespace linli
