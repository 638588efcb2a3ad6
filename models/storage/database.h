#pragma once

#include "databaselocation.h"
#include "sqlitefilesinuse.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace linli {

// Opens the one connection a thread uses: checks that the file is a healthy Linli database of a
// version this program understands (without writing to it when it is not), sets and verifies the
// pragmas, makes a backup before an upgrade and runs the migrations. A PostgreSQL server's database
// is connected to and upgraded the same way (its backups are the server's own). What the data
// needs beyond its schema (the service catalogue, the care schedule) is DatabaseSetup's, above.
// The connection belongs to the thread that called open(); a worker thread opens its own Database.
// Closing happens in the destructor. A file's connections are counted (SqliteFilesInUse): the
// program reads the file's own bytes only while it holds no connection to it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Error {
        None,
        InvalidLocation,
        CannotCreate,
        EmptyFile,
        NotLinli,
        Damaged,
        NewerSchema,
        CannotOpen,
        UnsafeSettings,
        UpgradeFailed,
        SeedFailed,
        PasswordRequired, // a server asked for a password it was not given, or refused it
    };

    // Prepare: the first connection of a program: inspects the file and upgrades it.
    // Attach: a further connection (a worker thread's) to a database already prepared; it must
    // exist at the current version. Either way the pragmas are set and verified.
    enum class Mode { Prepare, Attach };

    static constexpr int busyTimeoutMs = 5000;
    static constexpr int pageCacheKiB = 16 * 1024; // per SQLite connection
    static constexpr int serverConnectTimeoutSeconds = 10;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // False with error() and errorString() (a plain sentence naming the file) on failure.
    bool open(const DatabaseLocation &location, Mode mode = Mode::Prepare);
    void close();
    // For what follows open() and fails (DatabaseSetup): closes, records `error` and `message` as
    // open() would have, and returns false.
    bool abandon(Error error, const QString &message);

    bool isOpen() const { return m_connection.isOpen(); }
    // A server's connection that broke (the server restarted or ended the session, the network
    // dropped), as far as the client library knows without asking the server. Never of a file.
    bool isLost() const;
    // Connects a lost connection again, as open() did (the same session settings); true when the
    // connection is usable. Statements prepared on the broken connection are gone with it. A
    // transaction it was in was rolled back by the server: nothing of it stays.
    bool reconnectIfLost();
    QSqlDatabase connection() const { return m_connection; }
    DatabaseLocation location() const { return m_location; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // Where open() copied the file before upgrading it; empty when no upgrade was needed.
    QString preUpgradeBackupPath() const { return m_preUpgradeBackupPath; }

    // Files smaller than this get SQLite's quick_check at every open (QuickCheckSchedule).
    void setQuickCheckAlwaysBelowBytes(qint64 bytes) { m_quickCheckAlwaysBelowBytes = bytes; }
    // Whether the last open() ran quick_check.
    bool ranQuickCheck() const { return m_quickCheckPassed; }

    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    bool openChecked(Mode mode);
    bool openServer(Mode mode);
    bool applyServerSession();
    bool isLinliOrEmpty() const;
    // Migrations and the bulk load's indexes.
    bool prepareSchema(Mode mode);
    bool fail(Error error, const QString &message);
    // `walLeftBehind`: a log no running program keeps, left by one that stopped without closing.
    bool inspectExistingFile(bool walLeftBehind);
    bool quickCheckPasses(const QSqlDatabase &inspection, bool walLeftBehind);
    void recordQuickCheck();
    bool applyPragmas();
    bool backUpBeforeUpgrade();

    QString m_connectionName;
    QSqlDatabase m_connection;
    std::unique_ptr<SqliteFilesInUse::Claim> m_fileClaim; // a file's, while open
    DatabaseLocation m_location;
    Error m_error = Error::None;
    QString m_errorString;
    QString m_preUpgradeBackupPath;
    qint64 m_quickCheckAlwaysBelowBytes;
    bool m_quickCheckPassed = false;
};

} // namespace linli
