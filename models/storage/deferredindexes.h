#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace linli {

// Drops the secondary indexes of some tables for a bulk load and builds them again afterwards,
// which is several times faster than updating them row by row. The index definitions are kept
// in the settings table in the same transaction as the drop, so that if the program dies
// during the load, the next start (Database::open) rebuilds them: a database is never left
// without its indexes. SQLite only; a no-op elsewhere.
class DeferredIndexes
{
public:
    explicit DeferredIndexes(const QSqlDatabase &database);

    // Drops the indexes of the tables given (not those backing a UNIQUE or PRIMARY KEY).
    bool suspend(const QStringList &tables);
    // Rebuilds whatever suspend() dropped, here or in a process that died.
    bool restore();
    QString lastDriverError() const { return m_lastDriverError; }

    static bool hasPending(const QSqlDatabase &database);

private:
    QSqlDatabase m_database;
    QString m_lastDriverError;
};

} // namespace linli
