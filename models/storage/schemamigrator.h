#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// Brings a database to the newest schema with the numbered, append-only scripts of its engine
// (NNNN_name.sql). Each script runs once, in its own write transaction, and the schema version
// (SQLite: PRAGMA user_version; PostgreSQL: the linli_schema table) is bumped last, inside that
// transaction.
// A failed script leaves the database at the previous version. Never moves a version down.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    // The scripts of the database's engine unless a folder is given: :/migrations/sqlite, or
    // :/migrations/postgresql (which starts at a later version, built at once).
    explicit SchemaMigrator(const QSqlDatabase &database, const QString &scriptFolder = QString());
    static QString scriptFolderFor(const QSqlDatabase &database);

    // The scripts found, in version order; empty and errorString() set when they are not 1..N.
    QList<Migration> migrations() const;
    int latestVersion() const;
    // -1 when it cannot be read.
    int currentVersion() const;
    bool isUpToDate() const { return currentVersion() == latestVersion(); }

    // Applies every missing migration. False with errorString() (plain words) on failure.
    bool migrate();
    QString errorString() const { return m_errorString; }

    static int applicationId();

private:
    bool apply(const Migration &migration);

    QSqlDatabase m_database;
    QString m_scriptFolder;
    QString m_errorString;
};

} // namespace linli
