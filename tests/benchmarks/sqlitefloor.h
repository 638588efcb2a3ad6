#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace linli::bench {

// The floor: SQL run directly through SQLite's C API on a connection of its own to the same file,
// in the same process, every column of every row read as the program would read it. What the
// program adds above this is what the benchmark measures.
class SqliteFloor
{
public:
    explicit SqliteFloor(const QString &path, bool writable = false);
    ~SqliteFloor();
    SqliteFloor(const SqliteFloor &) = delete;
    SqliteFloor &operator=(const SqliteFloor &) = delete;

    // Runs each statement to its end; the number of rows read (-1 and a message on stderr when one fails).
    qint64 run(const QStringList &statements);
    // The first column of the first row, for counts.
    qint64 number(const QString &statement);
    sqlite3 *handle() const { return m_connection; }

private:
    sqlite3 *m_connection = nullptr;
};

} // namespace linli::bench
