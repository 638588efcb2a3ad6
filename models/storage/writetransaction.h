#pragma once

#include "datachanges.h"
#include "storageerror.h"

#include <QSqlDatabase>

namespace linli {

// One write transaction, rolled back when it goes out of scope uncommitted.
// On SQLite it issues BEGIN IMMEDIATE: Qt's transaction() sends a deferred BEGIN, whose later
// upgrade to a write fails with SQLITE_BUSY at once when another connection writes.
// Not copyable; use it on the thread that owns the connection.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // False when BEGIN failed (another writer held the lock past the busy timeout, I/O error).
    bool isActive() const { return m_active; }
    // What the transaction changes, announced to the database's listeners once it has committed
    // (DataChanges); a rollback announces nothing.
    void announce(DataKinds kinds) { m_changes |= kinds; }
    // False, with the transaction rolled back, when COMMIT failed.
    bool commit();
    void rollback();
    // The driver's text for the log, never for the user.
    QString lastDriverError() const { return m_lastDriverError; }
    // Why BEGIN or COMMIT failed, for the user (a full disk, a busy database…).
    StorageError::Kind failure() const { return m_failure; }

private:
    bool execute(const QString &statement);
    bool throughDriver(bool succeeded);
    void noteFailure(const QSqlError &error);

    QSqlDatabase m_database;
    bool m_active = false;
    DataKinds m_changes;
    QString m_lastDriverError;
    StorageError::Kind m_failure = StorageError::Kind::None;
};

} // namespace linli
