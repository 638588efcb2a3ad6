#include "servercopystream.h"

#include "sqlitehandle.h"

#include <QDate>
#include <QDateTime>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Sent to the server whenever this much has gathered: big enough to keep the round trips few,
// small enough to stay out of the way of the rest of the program's memory.
constexpr qsizetype sendEvery = 1 << 20;

QString serverMessage(pg_conn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

ServerCopyStream::ServerCopyStream(const QSqlDatabase &server, const QString &table, const QStringList &columns)
{
    pg_conn *connection = serverHandle(server);
    if (!connection) {
        m_lastError = u"not a connection to a PostgreSQL server"_s;
        return;
    }
    const QByteArray statement = u"COPY %1 (%2) FROM STDIN"_s.arg(table, columns.join(u", "_s)).toUtf8();
    PGresult *result = PQexec(connection, statement.constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    if (!started)
        m_lastError = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (started)
        m_connection = connection;
    m_buffer.reserve(sendEvery + 4096);
}

ServerCopyStream::~ServerCopyStream()
{
    if (m_connection)
        endCopy("the copy was abandoned");
}

QByteArray ServerCopyStream::copyText(const QVariant &value)
{
    if (value.isNull())
        return QByteArrayLiteral("\\N");
    QByteArray text;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate).toUtf8();
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
    default:
        text = value.toString().toUtf8();
    }
    // Only the four characters COPY's text format gives a meaning to are escaped.
    if (!text.contains('\\') && !text.contains('\n') && !text.contains('\r') && !text.contains('\t'))
        return text;
    QByteArray escaped;
    escaped.reserve(text.size() + 8);
    for (const char c : std::as_const(text)) {
        switch (c) {
        case '\\':
            escaped.append("\\\\");
            break;
        case '\n':
            escaped.append("\\n");
            break;
        case '\r':
            escaped.append("\\r");
            break;
        case '\t':
            escaped.append("\\t");
            break;
        default:
            escaped.append(c);
        }
    }
    return escaped;
}

void ServerCopyStream::add(const QVariant &value)
{
    if (m_columnsInRow++ > 0)
        m_buffer.append('\t');
    m_buffer.append(copyText(value));
}

bool ServerCopyStream::endRow()
{
    m_buffer.append('\n');
    m_columnsInRow = 0;
    return m_buffer.size() < sendEvery || send();
}

bool ServerCopyStream::send()
{
    if (!m_connection)
        return false;
    if (!m_buffer.isEmpty() && PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1) {
        m_lastError = serverMessage(m_connection);
        return false;
    }
    m_buffer.clear();
    return true;
}

bool ServerCopyStream::finish()
{
    if (!m_connection)
        return false;
    if (!send()) {
        endCopy("the rows could not be sent");
        return false;
    }
    return endCopy(nullptr);
}

bool ServerCopyStream::endCopy(const char *abandonReason)
{
    pg_conn *connection = m_connection;
    m_connection = nullptr;
    bool ok = PQputCopyEnd(connection, abandonReason) == 1;
    if (!ok)
        m_lastError = serverMessage(connection);
    // Every result is read, so that the connection is ready for Qt's next statement.
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            ok = false;
            if (m_lastError.isEmpty())
                m_lastError = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        }
        PQclear(result);
    }
    return ok && !abandonReason;
}

} // namespace linli
