#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// Merges a resident registered twice into one (a manager's right): the services, visits, visit
// series and tags of the one that goes move to the one that stays; what the staying record lacks
// (ID number, phones, emergency contact, household) is taken from the other; notes are joined.
// Then the duplicate is deleted. One transaction, audited on both (UPDATE and DELETE).
class ResidentMerger
{
    Q_DECLARE_TR_FUNCTIONS(ResidentMerger)

public:
    explicit ResidentMerger(const QSqlDatabase &database);

    // Nothing changed when not done.
    Result<void> merge(qint64 keptId, qint64 duplicateId);

private:
    QSqlDatabase m_database;
};

} // namespace linli
