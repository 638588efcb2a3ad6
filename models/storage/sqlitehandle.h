#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;
struct pg_conn;

namespace linli {

// The sqlite3* behind a Qt SQLite connection, for the few things Qt does not expose
// (whether a transaction is still open, the backup API). Null for other drivers.
sqlite3 *sqliteHandle(const QSqlDatabase &database);

bool isSqlite(const QSqlDatabase &database);

struct SqliteCloser
{
    void operator()(sqlite3 *handle) const;
};
using SqliteConnection = std::unique_ptr<sqlite3, SqliteCloser>;

// A read-only connection of SQLite's C API alone to the file at `path` (no Qt connection, nothing
// read yet); null when SQLite cannot open it.
SqliteConnection openSqliteReadOnly(const QString &path);

// The libpq connection behind a Qt PostgreSQL connection (stopping a statement, reading the last
// error's SQLSTATE); null for other drivers.
pg_conn *serverHandle(const QSqlDatabase &database);

} // namespace linli
