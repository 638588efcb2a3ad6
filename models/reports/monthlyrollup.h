#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace linli {

// The monthly counts the database's triggers keep with every write: service records per grid and
// type and their totals, people served per grid (and who was served in which month), visits per grid,
// kind and state and their totals, cases per grid, month received and month closed, registrations
// per grid. This checks them against the log and the register and builds them again from them: what
// `linli check` and `linli check --repair` do. Both read the whole log, so they belong on a worker
// or the command line, never on the window's thread.
class MonthlyRollup
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyRollup)

public:
    explicit MonthlyRollup(const QSqlDatabase &database);

    // The months whose counts differ from the log ("2026-10"), in order; empty when all agree (or
    // when the comparison failed: then lastError() says why).
    QStringList monthsOutOfStep() const;
    // Builds the counts again from the log, in one transaction; false (nothing changed) on failure.
    // On a server the set-wise way (rebuildAtOnceOnServer()).
    bool rebuild();
    // The same inside a transaction the caller holds (and commits or rolls back).
    bool rebuildWithinTransaction();
    // On a server, inside the caller's transaction: every derived table written in one statement
    // of its own while the triggers that keep the totals rest. Row by row, the totals' triggers
    // pile up row versions within the one transaction and a district's rebuild took hours. Needs
    // the tables' owner (ALTER TABLE).
    bool rebuildAtOnceOnServer();
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace linli
