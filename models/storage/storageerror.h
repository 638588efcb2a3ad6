#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace linli {

// What went wrong underneath a failed statement, in terms a clerk can act on. SQLite's result codes
// and PostgreSQL's SQLSTATEs are mapped once here, so that a full disk or a busy database reads the
// same in every place that writes, on either engine.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    enum class Kind { None, DiskFull, Busy, ReadOnly, CannotOpen, Damaged, Disconnected, Other };

    static Kind kindOf(const QSqlError &error);
    // The kind of the last error on the connection, asked of SQLite or the server's client library
    // itself: for failures reported through layers that keep only the text. Call it before anything
    // else runs on the connection.
    static Kind lastOn(const QSqlDatabase &database);
    // One sentence for the user; empty for None and Other (the caller says what failed).
    static QString explain(Kind kind);
    static QString explain(const QSqlError &error) { return explain(kindOf(error)); }
    // A failure to return: the sentence for `kind`, or `otherwise` when that says nothing, with the
    // driver's own words as the detail for the log.
    static Problem failure(Kind kind, const QString &otherwise, const QString &detail);
    static Problem failure(const QSqlError &error, const QString &otherwise)
    {
        return failure(kindOf(error), otherwise, error.text());
    }
};

} // namespace linli
