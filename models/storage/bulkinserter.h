#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

struct sqlite3_stmt;

namespace linli {

// Inserts many rows into one table through a prepared multi-row INSERT with bound values,
// which spares most of the per-statement cost of one INSERT per row. On SQLite the statement
// is stepped through SQLite's own API (Qt's binding costs more than the insert itself); other
// drivers go through QSqlQuery. The caller owns the transaction. Add each row's values in column
// order, then call endRow(); flush() at the end. Values: null, integers, doubles and strings.
class BulkInserter
{
public:
    BulkInserter(const QSqlDatabase &database, const QString &table, const QStringList &columns,
                 int rowsPerStatement = 64);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    // Rows of this table refer to rows of parent's: the parent's pending rows are written first,
    // so every reference finds its row when it is inserted.
    void setParent(BulkInserter *parent) { m_parent = parent; }

    void add(const QVariant &value) { m_pending.append(value); }
    // False when a flushed statement failed; lastDriverError() tells why (for the log).
    bool endRow();
    bool flush();
    qint64 rowsWritten() const { return m_rowsWritten; }
    QString lastDriverError() const { return m_lastDriverError; }

private:
    QString statement(int rows) const;
    bool execute(QSqlQuery &query, int rows);
    bool executeNative(sqlite3_stmt *statement, int rows);
    sqlite3_stmt *prepareNative(int rows);

    QSqlDatabase m_database;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_fullBatch;
    sqlite3_stmt *m_nativeFullBatch = nullptr;
    QHash<int, sqlite3_stmt *> m_nativeTails; // partial batches, by their number of rows
    QVariantList m_pending;
    BulkInserter *m_parent = nullptr;
    qint64 m_rowsWritten = 0;
    QString m_lastDriverError;
};

} // namespace linli
