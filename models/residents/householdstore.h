#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// A household a resident can join, as the form offers it.
struct HouseholdSummary
{
    qint64 id = 0;
    QString headName; // empty when nobody is recorded as the head
    int members = 0;
};

// Households (户), found through the address their members live at.
class HouseholdStore
{
public:
    explicit HouseholdStore(const QSqlDatabase &database);

    // The households whose members live at this address (the address index answers it).
    QList<HouseholdSummary> atAddress(qint64 gridId, const QString &building, const QString &unit,
                                      const QString &room) const;
    // The head of the household other than `except`, or 0.
    qint64 headOf(qint64 householdId, qint64 except = 0) const;

private:
    QSqlDatabase m_database;
};

} // namespace linli
