#include "querycanceller.h"

#include "logging.h"
#include "sqlitehandle.h"

#include <libpq-fe.h>
#include <sqlite3.h>

namespace linli {

QueryCanceller::QueryCanceller(const QSqlDatabase &connection)
    : m_sqlite(sqliteHandle(connection))
{
    if (PGconn *server = serverHandle(connection))
        m_server = PQgetCancel(server);
}

QueryCanceller::~QueryCanceller()
{
    if (m_server)
        PQfreeCancel(m_server);
}

void QueryCanceller::cancel() const
{
    if (m_sqlite)
        sqlite3_interrupt(m_sqlite);
    if (m_server) {
        char error[256] = {};
        // Fails only when the server cannot be reached; the statement then fails on its own.
        if (!PQcancel(m_server, error, sizeof error))
            qCWarning(lcDatabase) << "the server was not reached to stop a statement:" << error;
    }
}

} // namespace linli
