#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace linli {

// The sqlite3* behind a Qt SQLite connection, for the few things Qt does not expose
// (whether a transaction is still open, the backup API). Null for other drivers.
sqlite3 *sqliteHandle(const QSqlDatabase &database);

bool isSqlite(const QSqlDatabase &database);

} // namespace linli
