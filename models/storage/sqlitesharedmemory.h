#pragma once

#include <QString>

namespace linli {

// What SQLite's shared-memory file (NAME-shm, beside a database in WAL mode) says about the
// programs that have the database open. Every open connection holds a read lock on one byte of it
// (SQLite's "dead man switch"); when no program holds it, a log file left beside the database was
// left by a program that stopped without closing.
namespace SqliteSharedMemory {

// Whether another program has the database at `databasePath` open now. Locks are per process:
// connections of this program are not seen. Opens the -shm file with a descriptor of its own and
// closes it, which drops every lock this program holds on that file: only for a program that holds
// no connection to the database (SqliteFilesInUse::claim() says when).
bool isOpenElsewhere(const QString &databasePath);

} // namespace SqliteSharedMemory

} // namespace linli
