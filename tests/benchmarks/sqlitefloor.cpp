#include "sqlitefloor.h"

#include "database.h"

#include <QTextStream>

#include <sqlite3.h>

namespace linli::bench {

namespace {

void complain(sqlite3 *connection, const QString &statement)
{
    QTextStream(stderr) << "floor: " << QString::fromUtf8(sqlite3_errmsg(connection)) << " in " << statement.left(200)
                        << '\n';
}

} // namespace

SqliteFloor::SqliteFloor(const QString &path, bool writable)
{
    const int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_connection, flags, nullptr) != SQLITE_OK)
        complain(m_connection, path);
    sqlite3_busy_timeout(m_connection, 5000);
    // The program's connections keep foreign keys on; the floor's writes pay for them too.
    sqlite3_exec(m_connection, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    // And as much page cache: the floor reads what Linli reads, from as near.
    const QByteArray cacheSize = "PRAGMA cache_size = " + QByteArray::number(-Database::pageCacheKiB);
    sqlite3_exec(m_connection, cacheSize.constData(), nullptr, nullptr, nullptr);
}

SqliteFloor::~SqliteFloor()
{
    sqlite3_close_v2(m_connection);
}

qint64 SqliteFloor::run(const QStringList &statements)
{
    qint64 rows = 0;
    qint64 bytesRead = 0;
    for (const QString &sql : statements) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_connection, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
            complain(m_connection, sql);
            return -1;
        }
        const int columns = sqlite3_column_count(statement);
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            ++rows;
            for (int column = 0; column < columns; ++column) {
                if (sqlite3_column_type(statement, column) == SQLITE_INTEGER) {
                    bytesRead += sqlite3_column_int64(statement, column) & 1;
                } else {
                    sqlite3_column_text(statement, column);
                    bytesRead += sqlite3_column_bytes(statement, column);
                }
            }
        }
        sqlite3_finalize(statement);
        if (step != SQLITE_DONE) {
            complain(m_connection, sql);
            return -1;
        }
    }
    // Keeps the reads from being optimised away.
    return bytesRead >= 0 ? rows : rows - 1;
}

qint64 SqliteFloor::number(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    qint64 value = -1;
    if (sqlite3_prepare_v2(m_connection, text.constData(), int(text.size()), &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    else
        complain(m_connection, sql);
    sqlite3_finalize(statement);
    return value;
}

} // namespace linli::bench
