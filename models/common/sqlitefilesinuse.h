#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace linli {

// The SQLite database files this program holds connections to (each Database counts its own), so
// that Linli never opens one of them, or its -wal, -shm or -journal file, with a descriptor of its
// own. POSIX record locks belong to the process, not to the descriptor: closing *any* descriptor
// of a file drops every lock the process holds on it, SQLite's included. Without its locks, another
// program closing the database takes itself for the last one, copies the log into the file and
// deletes the log and its index while this program still writes into them; its commits are then
// invisible to every other program. SQLite shares the locks of one file among all its connections
// in a process, so a read through SQLite itself is safe; anything else is not.
// Files are told apart by their path with links resolved. Thread-safe.
class SqliteFilesInUse
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFilesInUse)

public:
    // One connection's share of a file: counted until destroyed.
    class Claim
    {
    public:
        explicit Claim(QString key)
            : m_key(std::move(key))
        {}
        ~Claim();
        Claim(const Claim &) = delete;
        Claim &operator=(const Claim &) = delete;

    private:
        QString m_key;
    };

    enum class Held {
        No,
        Database,  // the database file itself: read it through SQLite only
        Companion, // its -wal, -shm or -journal: never open it
    };

    // Counts a connection about to be opened to the database at `path`. When the program holds no
    // other connection to it, `whileAlone` runs first, under a lock that keeps every other thread
    // from claiming the file meanwhile: the one moment a file of the database may be opened
    // directly (SqliteSharedMemory does).
    static std::unique_ptr<Claim> claim(const QString &path, const std::function<void()> &whileAlone = {});

    // Whether `path` is a file of a database this program holds a connection to.
    static Held held(const QString &path);
    // For a file chosen to be read or written as something else (a sheet, a report): why it may
    // not be, a sentence naming it; empty when it is no file of a database this program has open.
    static QString refusalFor(const QString &path);
};

} // namespace linli
