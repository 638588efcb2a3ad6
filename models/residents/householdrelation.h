#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace linli {

// A resident's relation to the head of their household, as stored (residents.relation_to_head)
// and as shown.
class HouseholdRelation
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRelation)

public:
    static QString head() { return QStringLiteral("head"); }
    // Every relation, the head first.
    static QStringList all();
    static QString label(const QString &relation);
};

} // namespace linli
