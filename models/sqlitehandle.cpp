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

bool isSqlite(const QSqlDatabase &database)
{
    return database.driverName() == u"QSQLITE"_s;
}

} // namespace linli
