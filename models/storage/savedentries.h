#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// What each form's entry became, by the name the form gave it when it opened, so that a store
// handed the same entry twice (a Save pressed again before the window closed, a retry after a lost
// answer) writes it once and answers with the first outcome. Called inside the store's write
// transaction, so that the entry and its name are kept or lost together. An empty name asks for
// nothing: imports and the command line write without one.
class SavedEntries
{
    Q_DECLARE_TR_FUNCTIONS(SavedEntries)

public:
    explicit SavedEntries(const QSqlDatabase &database);

    // The object the entry was saved as, 0 when it was not saved yet.
    Result<qint64> savedAs(const QString &entryKey, const QString &objectType);
    // Notes that the entry became `objectId`; false when the database refused it.
    bool remember(const QString &entryKey, const QString &objectType, qint64 objectId);

private:
    QSqlDatabase m_database;
};

} // namespace linli
