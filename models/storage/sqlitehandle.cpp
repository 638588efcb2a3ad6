#include "sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>
#include <cstring>

using namespace Qt::StringLiterals;

namespace linli {

sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    if (!database.isOpen() || !isSqlite(database))
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

pg_conn *serverHandle(const QSqlDatabase &database)
{
    if (!database.isOpen())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    // Qt names the type after libpq's struct (pg_conn*), whatever the typedef.
    if (!handle.isValid()
        || (std::strcmp(handle.typeName(), "pg_conn*") != 0 && std::strcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.constData());
}

bool isSqlite(const QSqlDatabase &database)
{
    return database.driverName() == u"QSQLITE"_s;
}

} // namespace linli
