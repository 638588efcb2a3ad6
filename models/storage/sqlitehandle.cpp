#include "sqlitehandle.h"

#include <QFile>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

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

void SqliteCloser::operator()(sqlite3 *handle) const
{
    sqlite3_close_v2(handle);
}

SqliteConnection openSqliteReadOnly(const QString &path)
{
    sqlite3 *opened = nullptr;
    const int result = sqlite3_open_v2(QFile::encodeName(path).constData(), &opened, SQLITE_OPEN_READONLY, nullptr);
    SqliteConnection connection(opened); // even a failed open gives a handle to close
    if (result != SQLITE_OK)
        connection.reset();
    return connection;
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
