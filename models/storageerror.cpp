#include "storageerror.h"

#include "sqlitehandle.h"

#include <sqlite3.h>

namespace linli {

namespace {

StorageError::Kind kindOfCode(int code)
{
    using Kind = StorageError::Kind;
    // Extended codes carry the primary code in their low byte.
    switch (code & 0xff) {
    case SQLITE_OK:
    case SQLITE_DONE:
    case SQLITE_ROW:
        return Kind::None;
    case SQLITE_FULL:
        return Kind::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Kind::Busy;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Kind::ReadOnly;
    case SQLITE_CANTOPEN:
        return Kind::CannotOpen;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Kind::Damaged;
    default:
        return Kind::Other;
    }
}

} // namespace

StorageError::Kind StorageError::kindOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return Kind::None;
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return numeric ? kindOfCode(code) : Kind::Other;
}

StorageError::Kind StorageError::lastOn(const QSqlDatabase &database)
{
    sqlite3 *handle = sqliteHandle(database);
    return handle ? kindOfCode(sqlite3_extended_errcode(handle)) : Kind::Other;
}

QString StorageError::explain(Kind kind)
{
    switch (kind) {
    case Kind::DiskFull:
        return tr("The disk is full. Free some space and try again; nothing was changed.");
    case Kind::Busy:
        return tr("The database is busy with another user's work. Try again in a moment; nothing was changed.");
    case Kind::ReadOnly:
        return tr("The database may only be read here (the file or its folder is write-protected); nothing "
                  "was changed.");
    case Kind::CannotOpen:
        return tr("A file could not be created or opened; check the folder exists and may be written to.");
    case Kind::Damaged:
        return tr("The database file is damaged. Restore it from a backup.");
    case Kind::None:
    case Kind::Other:
        break;
    }
    return {};
}

} // namespace linli
