#include "bulkinserter.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace linli {

BulkInserter::BulkInserter(const QSqlDatabase &database, const QString &table, const QStringList &columns,
                           int rowsPerStatement)
    : m_database(database)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
    , m_fullBatch(database)
{
    m_fullBatch.prepare(statement(m_rowsPerStatement));
    m_pending.reserve(m_rowsPerStatement * m_columns.size());
}

QString BulkInserter::statement(int rows) const
{
    QString placeholders = u"("_s;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        placeholders += i == 0 ? u"?"_s : u",?"_s;
    placeholders += u')';
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i)
        values.append(placeholders);
    return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(m_table, m_columns.join(u", "_s), values.join(u','));
}

bool BulkInserter::endRow()
{
    if (m_pending.size() >= m_rowsPerStatement * m_columns.size())
        return execute(m_fullBatch, m_rowsPerStatement);
    return true;
}

bool BulkInserter::flush()
{
    if (m_pending.isEmpty())
        return true;
    const int rows = int(m_pending.size() / m_columns.size());
    QSqlQuery tail(m_database);
    tail.prepare(statement(rows));
    return execute(tail, rows);
}

bool BulkInserter::execute(QSqlQuery &query, int rows)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        query.bindValue(int(i), m_pending.at(i));
    m_pending.clear();
    if (!query.exec()) {
        m_lastDriverError = query.lastError().text();
        return false;
    }
    m_rowsWritten += rows;
    return true;
}

} // namespace linli
