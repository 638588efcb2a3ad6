#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace linli {

// Checks an open Linli database: the file's integrity (SQLite's integrity_check, or the faster
// quick_check), foreign keys, that the schema is exactly what the migrations build, that the
// monthly figures agree with the service log, the audit log's chain, and counts rows per table.
// On a PostgreSQL server the first three are left to the server (it enforces foreign keys and
// keeps its own storage; comparing its schema objects is not done yet). Read-only; runs on the
// calling thread and can take minutes on a district database, so a window runs it on a worker
// with its own connection.
class DatabaseChecker
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseChecker)

public:
    enum class Depth { Quick, Full };

    struct Report
    {
        bool ok = true;
        int schemaVersion = 0;
        int latestSchemaVersion = 0;
        QStringList problems; // plain sentences
        QList<QPair<QString, qint64>> rowCounts;
    };

    explicit DatabaseChecker(const QSqlDatabase &database);

    Report run(Depth depth = Depth::Full) const;

private:
    void checkIntegrity(Report &report, Depth depth) const;
    void checkForeignKeys(Report &report) const;
    void checkSchema(Report &report) const;
    // On a server: the schema's tables, columns, constraints, indexes, triggers and functions
    // against what the migrations build in a scratch schema that is rolled back.
    void checkServerSchema(Report &report) const;
    void compareSchemas(const QSet<QString> &expected, const QSet<QString> &actual, Report &report) const;
    // The monthly counts the triggers keep, against the log (Full only: it reads the whole log).
    void checkRollups(Report &report) const;
    // The audit log's hash chain (Full only: it reads every row).
    void checkAuditChain(Report &report) const;
    void countRows(Report &report) const;

    QSqlDatabase m_database;
};

} // namespace linli
