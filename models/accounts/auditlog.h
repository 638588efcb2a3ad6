#pragma once

#include "actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace linli {

// The audit log: who did what to which record, when, and with what result. Append-only (the
// schema refuses updates and deletes) and hash-chained: each row's hash covers the row and the
// hash before it, so an edit of the database file breaks the chain where it was made.
// Rows are written in the same transaction as the change they describe.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // Actions as stored, in capitals like the log's readers expect.
    struct Entry
    {
        QString action;      // CREATE, UPDATE, DELETE, IMPORT, EXPORT, PRINT, VIEW_FULL_ID, LOGIN_OK, …
        QString objectType;  // "resident", "service_record", "user", "file", …
        qint64 objectId = 0; // 0: none
        // What changed, sensitive values masked, in words of no language, parts joined by "; ":
        // "column: old → new", "key=value" or "key" (AuditLogModel shows them in the reader's).
        QString changes;
        QString result = QStringLiteral("ok"); // "ok", "denied", "failed"
    };

    explicit AuditLog(const QSqlDatabase &database);

    // Writes one row for the connection's actor (or `as`) inside the caller's open write transaction.
    bool record(const Entry &entry, const std::optional<Actor> &as = std::nullopt);
    // Writes one row in a transaction of its own (sign-ins, refusals, prints: nothing else changes).
    bool recordAlone(const Entry &entry, const std::optional<Actor> &as = std::nullopt);

    // The id of the first row whose hash does not follow from the row and the one before it; none
    // when the chain is whole.
    std::optional<qint64> firstBrokenRow();
    QString lastError() const { return m_lastError; }

    // The hash a row must carry: SHA-256 (hex) over its fields and the previous row's hash.
    static QString rowHash(const QStringList &fields, const QString &previousHash);
    // For tests: the time written instead of now.
    void setClock(const QDateTime &now) { m_now = now; }

private:
    QSqlDatabase m_database;
    QString m_lastError;
    QDateTime m_now;
};

} // namespace linli
