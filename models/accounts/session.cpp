#include "session.h"

#include "database.h"

namespace linli {

Session::Session(const QSqlDatabase &connection, const DatabaseLocation &location)
    : m_connection(connection)
    , m_location(location)
{}

Session::Session(const Database &database)
    : Session(database.connection(), database.location())
{}

} // namespace linli
