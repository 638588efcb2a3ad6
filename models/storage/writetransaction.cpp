#include "writetransaction.h"

#include "logging.h"
#include "sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace linli {

WriteTransaction::WriteTransaction(const QSqlDatabase &database)
    : m_database(database)
{
    m_active = isSqlite(m_database) ? execute(u"BEGIN IMMEDIATE"_s) : throughDriver(m_database.transaction());
    if (!m_active)
        qCWarning(lcDatabase) << "could not begin a write transaction:" << m_lastDriverError;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    const bool committed = isSqlite(m_database) ? execute(u"COMMIT"_s) : throughDriver(m_database.commit());
    if (!committed) {
        qCWarning(lcDatabase) << "commit failed:" << m_lastDriverError;
        rollback();
        return false;
    }
    m_active = false;
    if (m_changes)
        DataChanges::of(m_database)->announce(m_changes);
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!isSqlite(m_database)) {
        m_database.rollback();
        return;
    }
    // After SQLITE_FULL, IOERR, NOMEM and the like SQLite may already have rolled back by itself;
    // a second ROLLBACK would then fail with "no transaction is active".
    if (sqlite3 *handle = sqliteHandle(m_database); handle && sqlite3_get_autocommit(handle))
        return;
    if (!execute(u"ROLLBACK"_s))
        qCWarning(lcDatabase) << "rollback failed:" << m_lastDriverError;
}

bool WriteTransaction::execute(const QString &statement)
{
    QSqlQuery query(m_database);
    if (query.exec(statement))
        return true;
    noteFailure(query.lastError());
    return false;
}

bool WriteTransaction::throughDriver(bool succeeded)
{
    // The server's driver begins and ends transactions itself (and knows a COMMIT the server
    // answered with ROLLBACK); its error is the connection's.
    if (!succeeded)
        noteFailure(m_database.lastError());
    return succeeded;
}

void WriteTransaction::noteFailure(const QSqlError &error)
{
    m_lastDriverError = error.text();
    if (m_failure == StorageError::Kind::None)
        m_failure = StorageError::kindOf(error);
}

} // namespace linli
