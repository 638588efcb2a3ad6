#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

struct sqlite3_stmt;

namespace linli {

// The rows of one SELECT, read forward once, for the lists' pages. On SQLite they come straight
// from its C API: text as SQLite keeps it (UTF-8), no QVariant per value. Qt SQL converts every
// value of a row to UTF-16 and into a QVariant, which takes several times what SQLite itself needs
// to find a page of 200 rows. On a server, QSqlQuery reads them.
class SqlRows
{
public:
    SqlRows(const QSqlDatabase &database, const QString &sql, const QVariantList &values);
    ~SqlRows();
    SqlRows(const SqlRows &) = delete;
    SqlRows &operator=(const SqlRows &) = delete;

    // False when the statement cannot run or a row cannot be read; error() says why.
    bool next();
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    qint64 integer(int column) const;
    QString text(int column) const; // a null for NULL
    // The same, for a column whose few values repeat down the rows (a status, a grid's name): each
    // value is one string shared by its rows, not a copy per row.
    QString repeatedText(int column);

private:
    bool start();

    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query;
    QSqlDatabase m_database;
    QString m_sql;
    QVariantList m_values;
    bool m_started = false;
    bool m_atEnd = false;
    struct Seen
    {
        QByteArray utf8;
        QString text;
    };
    QList<QList<Seen>> m_seen; // by column
    QString m_error;
};

} // namespace linli
