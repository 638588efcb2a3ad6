#pragma once

#include <QSqlDatabase>

struct sqlite3;
struct pg_conn;

namespace linli {

// The sqlite3* behind a Qt SQLite connection, for the few things Qt does not expose
// (whether a transaction is still open, the backup API). Null for other drivers.
sqlite3 *sqliteHandle(const QSqlDatabase &database);

bool isSqlite(const QSqlDatabase &database);

// The libpq connection behind a Qt PostgreSQL connection (stopping a statement, reading the last
// error's SQLSTATE); null for other drivers.
pg_conn *serverHandle(const QSqlDatabase &database);

} // namespace linli
