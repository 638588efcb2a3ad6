#pragma once

#include <QCoreApplication>
#include <QString>

namespace linli {

// Where the database lives, as given on the command line or in the settings: a SQLite file (one
// front desk), or a PostgreSQL server a center's or a district's clerks share,
// postgresql://user@host:port/database. A password is best left out of the address: the server's
// client library reads PGPASSWORD or ~/.pgpass, and the window asks when neither has it.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Kind { SqliteFile, PostgreSql, Invalid };

    static constexpr int defaultPostgreSqlPort = 5432;

    // The embedded default: linli.sqlite in the user's application data folder.
    static DatabaseLocation defaultLocation();
    // Where this computer's Linli works when no --db is given: the location last chosen in the
    // window (kept in the user's settings, without a password), else the default.
    static DatabaseLocation remembered();
    static void remember(const DatabaseLocation &location);
    // Parses what the user typed after --db; sets errorString() when it is not usable.
    static DatabaseLocation fromArgument(const QString &argument);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    bool isServer() const { return m_kind == Kind::PostgreSql; }
    QString filePath() const { return m_filePath; }
    // A server's address.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_userName; }
    QString databaseName() const { return m_databaseName; }
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    QString errorString() const { return m_errorString; }
    // What the status bar and messages show (never a password).
    QString displayName() const;
    // The text fromArgument() reads back as this location (never a password).
    QString argument() const;

private:
    static DatabaseLocation serverLocation(const QString &address);

    Kind m_kind = Kind::Invalid;
    QString m_filePath;
    QString m_host;
    int m_port = defaultPostgreSqlPort;
    QString m_userName;
    QString m_databaseName;
    QString m_password;
    QString m_errorString;
};

} // namespace linli
