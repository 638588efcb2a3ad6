#include "storageerror.h"

#include "sqlitehandle.h"

#include <QRegularExpression>

#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

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

// PostgreSQL's SQLSTATE: five characters, the first two its class.
StorageError::Kind kindOfState(const QString &state)
{
    using Kind = StorageError::Kind;
    const QStringView stateClass = QStringView(state).left(2);
    if (state == u"53100")
        return Kind::DiskFull;
    // Waiting for another user's lock ran out, a deadlock was broken, or the rows changed under a
    // serializable transaction: the same work may simply be repeated.
    if (state == u"55P03" || state == u"40P01" || state == u"40001")
        return Kind::Busy;
    if (state == u"25006" || state == u"42501")
        return Kind::ReadOnly;
    // The connection failed, or the server is shutting down or not yet accepting connections.
    if (stateClass == u"08" || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return Kind::Disconnected;
    if (stateClass == u"XX")
        return Kind::Damaged;
    return Kind::Other;
}

} // namespace

StorageError::Kind StorageError::kindOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return Kind::None;
    const QString code = error.nativeErrorCode();
    // SQLite's extended result codes have at most four digits; a SQLSTATE always has five characters.
    if (code.size() == 5)
        return kindOfState(code);
    bool numeric = false;
    const int number = code.toInt(&numeric);
    if (numeric)
        return kindOfCode(number);
    // A connection the server's driver found broken carries no code, only its type.
    return error.type() == QSqlError::ConnectionError ? Kind::Disconnected : Kind::Other;
}

StorageError::Kind StorageError::lastOn(const QSqlDatabase &database)
{
    if (sqlite3 *handle = sqliteHandle(database))
        return kindOfCode(sqlite3_extended_errcode(handle));
    PGconn *server = serverHandle(database);
    if (!server)
        return Kind::Other;
    if (PQstatus(server) == CONNECTION_BAD)
        return Kind::Disconnected;
    // Linli's server connections report verbosely (Database::openServer): "ERROR:  55P03: …".
    static const QRegularExpression withState(u"^[A-Z]+:  ([0-9A-Z]{5}): "_s);
    const QRegularExpressionMatch match = withState.match(QString::fromUtf8(PQerrorMessage(server)));
    return match.hasMatch() ? kindOfState(match.captured(1)) : Kind::Other;
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
    case Kind::Disconnected:
        return tr("The connection to the database server was lost; what was being saved was not saved. Check "
                  "the network and try again.");
    case Kind::None:
    case Kind::Other:
        break;
    }
    return {};
}

Problem StorageError::failure(Kind kind, const QString &otherwise, const QString &detail)
{
    const QString said = explain(kind);
    return Problem::failed(said.isEmpty() ? otherwise : said, detail);
}

} // namespace linli
