#include "bulkinserter.h"

#include "sqlitehandle.h"

#include <QSqlError>
#include <sqlite3.h>

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
    m_nativeFullBatch = prepareNative(m_rowsPerStatement);
    if (!m_nativeFullBatch)
        m_fullBatch.prepare(statement(m_rowsPerStatement));
    m_pending.reserve(m_rowsPerStatement * m_columns.size());
}

BulkInserter::~BulkInserter()
{
    sqlite3_finalize(m_nativeFullBatch);
    for (sqlite3_stmt *tail : std::as_const(m_nativeTails))
        sqlite3_finalize(tail);
}

sqlite3_stmt *BulkInserter::prepareNative(int rows)
{
    sqlite3 *handle = sqliteHandle(m_database);
    if (!handle)
        return nullptr;
    const QByteArray sql = statement(rows).toUtf8();
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v3(handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
        != SQLITE_OK) {
        m_lastDriverError = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(prepared);
        return nullptr;
    }
    return prepared;
}

bool BulkInserter::executeNative(sqlite3_stmt *prepared, int rows)
{
    int index = 0;
    int rc = SQLITE_OK;
    for (const QVariant &value : std::as_const(m_pending)) {
        ++index;
        if (value.isNull()) {
            rc = sqlite3_bind_null(prepared, index);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(prepared, index, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(prepared, index, value.toDouble());
            break;
        default: {
            // Qt's UTF-8 conversion is several times faster than SQLite's own from UTF-16.
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(prepared, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        }
        if (rc != SQLITE_OK)
            break;
    }
    m_pending.clear();
    if (rc == SQLITE_OK)
        rc = sqlite3_step(prepared);
    sqlite3_reset(prepared);
    sqlite3_clear_bindings(prepared);
    if (rc != SQLITE_DONE) {
        m_lastDriverError = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(prepared)));
        return false;
    }
    m_rowsWritten += rows;
    return true;
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
    if (m_pending.size() < m_rowsPerStatement * m_columns.size())
        return true;
    if (m_parent && !m_parent->flush()) {
        m_lastDriverError = m_parent->lastDriverError();
        return false;
    }
    return m_nativeFullBatch ? executeNative(m_nativeFullBatch, m_rowsPerStatement)
                             : execute(m_fullBatch, m_rowsPerStatement);
}

bool BulkInserter::flush()
{
    if (m_pending.isEmpty())
        return true;
    if (m_parent && !m_parent->flush()) {
        m_lastDriverError = m_parent->lastDriverError();
        return false;
    }
    const int rows = int(m_pending.size() / m_columns.size());
    // A parent is flushed whenever its children's batch is full: the same few sizes come back.
    sqlite3_stmt *tail = m_nativeTails.value(rows);
    if (!tail && m_nativeFullBatch) {
        tail = prepareNative(rows);
        if (tail)
            m_nativeTails.insert(rows, tail);
    }
    if (tail)
        return executeNative(tail, rows);
    QSqlQuery query(m_database);
    query.prepare(statement(rows));
    return execute(query, rows);
}

bool BulkInserter::execute(QSqlQuery &query, int rows)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        // An empty text stays text, as executeNative() binds it (the server's driver would send a
        // null QString as NULL); a NULL (a QVariant without a value) stays NULL.
        const QVariant &value = m_pending.at(i);
        const bool nullText = !value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(int(i), nullText ? QVariant(u""_s) : value);
    }
    m_pending.clear();
    if (!query.exec()) {
        m_lastDriverError = query.lastError().text();
        return false;
    }
    m_rowsWritten += rows;
    return true;
}

} // namespace linli
