#pragma once

#include <QSqlDatabase>

struct sqlite3;
struct pg_cancel;

namespace linli {

// Stops the statement a connection is running, from any thread: SQLite is told to interrupt, a
// PostgreSQL server gets a cancel request. Made once the connection is open; a statement stopped
// this way fails like any other. Nothing happens on other drivers or when nothing is running.
class QueryCanceller
{
public:
    explicit QueryCanceller(const QSqlDatabase &connection);
    ~QueryCanceller();
    QueryCanceller(const QueryCanceller &) = delete;
    QueryCanceller &operator=(const QueryCanceller &) = delete;

    void cancel() const;

private:
    sqlite3 *m_sqlite = nullptr;
    pg_cancel *m_server = nullptr;
};

} // namespace linli
