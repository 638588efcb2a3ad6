#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace linli {

// Inserts many rows into one table through a prepared multi-row INSERT with bound values,
// which spares most of the per-statement cost of one INSERT per row. The caller owns the
// transaction. Add each row's values in column order, then call endRow(); flush() at the end.
class BulkInserter
{
public:
    BulkInserter(const QSqlDatabase &database, const QString &table, const QStringList &columns,
                 int rowsPerStatement = 64);

    void add(const QVariant &value) { m_pending.append(value); }
    // False when a flushed statement failed; lastDriverError() tells why (for the log).
    bool endRow();
    bool flush();
    qint64 rowsWritten() const { return m_rowsWritten; }
    QString lastDriverError() const { return m_lastDriverError; }

private:
    QString statement(int rows) const;
    bool execute(QSqlQuery &query, int rows);

    QSqlDatabase m_database;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_fullBatch;
    QVariantList m_pending;
    qint64 m_rowsWritten = 0;
    QString m_lastDriverError;
};

} // namespace linli
