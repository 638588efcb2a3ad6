#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

struct pg_conn;

namespace linli {

// Sends rows into a table of a PostgreSQL server with one COPY … FROM STDIN, over the connection Qt
// opened and inside the caller's transaction: tens of times faster than inserting batch after batch,
// since the server parses one statement for the whole table. Values travel in COPY's text format
// (NULL told apart from empty). Used from the thread owning the connection; the connection belongs to
// the stream from the constructor until finish() (or the destructor, which abandons an unfinished
// copy so that the transaction fails as a whole). isOpen() is false and lastError() says why when
// the COPY could not start; a row refused by the server shows at finish().
class ServerCopyStream
{
public:
    ServerCopyStream(const QSqlDatabase &server, const QString &table, const QStringList &columns);
    ~ServerCopyStream();
    ServerCopyStream(const ServerCopyStream &) = delete;
    ServerCopyStream &operator=(const ServerCopyStream &) = delete;

    bool isOpen() const { return m_connection != nullptr; }
    void add(const QVariant &value);
    // False when the server could not take what was sent so far.
    bool endRow();
    bool finish();
    QString lastError() const { return m_lastError; }

    // A value as COPY's text format spells it (exposed for its tests).
    static QByteArray copyText(const QVariant &value);

private:
    bool send();
    bool endCopy(const char *abandonReason);

    pg_conn *m_connection = nullptr;
    QByteArray m_buffer;
    int m_columnsInRow = 0;
    QString m_lastError;
};

} // namespace linli
