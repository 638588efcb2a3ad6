#include "sqlrows.h"

#include "sqlitehandle.h"

#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

int bind(sqlite3_stmt *statement, int position, const QVariant &value)
{
    // A null text is NULL to Qt SQL too.
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isNull()))
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, position, value.toDouble());
    default: {
        // As Qt SQL binds it: dates as ISO text, everything else as its text.
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

// Never empty: an empty error would read as success.
QString errorOf(const QSqlQuery &query)
{
    const QString text = query.lastError().text();
    return text.trimmed().isEmpty() ? u"the statement failed"_s : text;
}

} // namespace

SqlRows::SqlRows(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
    : m_database(database)
    , m_sql(sql)
    , m_values(values)
{}

SqlRows::~SqlRows()
{
    sqlite3_finalize(m_statement);
}

bool SqlRows::start()
{
    m_started = true;
    if (!m_database.isOpen()) {
        m_error = u"the connection is not open"_s;
        return false;
    }
    if (sqlite3 *connection = sqliteHandle(m_database)) {
        const QByteArray sql = m_sql.toUtf8();
        if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(connection));
            return false;
        }
        for (int i = 0; i < m_values.size(); ++i) {
            if (bind(m_statement, i + 1, m_values.at(i)) != SQLITE_OK) {
                m_error = QString::fromUtf8(sqlite3_errmsg(connection));
                return false;
            }
        }
        return true;
    }
    m_query.emplace(m_database);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(m_sql)) {
        m_error = errorOf(*m_query);
        return false;
    }
    for (const QVariant &value : std::as_const(m_values))
        m_query->addBindValue(value);
    if (!m_query->exec()) {
        m_error = errorOf(*m_query);
        return false;
    }
    return true;
}

bool SqlRows::next()
{
    if (!m_started && !start())
        return false;
    if (!m_error.isEmpty() || m_atEnd)
        return false;
    if (m_query) {
        if (m_query->next())
            return true;
        m_atEnd = true;
        if (m_query->lastError().isValid())
            m_error = errorOf(*m_query);
        return false;
    }
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    m_atEnd = true; // another step would run the statement again
    if (stepped != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

qint64 SqlRows::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QString SqlRows::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

QString SqlRows::repeatedText(int column)
{
    if (m_query)
        return text(column);
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!utf8)
        return {};
    const QByteArrayView value(utf8, sqlite3_column_bytes(m_statement, column));
    if (m_seen.size() <= column)
        m_seen.resize(sqlite3_column_count(m_statement));
    QList<Seen> &seen = m_seen[column];
    for (const Seen &known : std::as_const(seen)) {
        if (known.utf8 == value)
            return known.text;
    }
    const QString text = QString::fromUtf8(value);
    // A handful of values is what repeats; a column of many is not worth remembering.
    if (seen.size() < 16)
        seen.append({value.toByteArray(), text});
    return text;
}

} // namespace linli
