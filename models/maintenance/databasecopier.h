#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace linli {

// Copies a center's Linli database into another one just built by Linli, on either engine (a SQLite
// file into a PostgreSQL server or back). The tables clerks write are copied row by row with their
// ids (into a server, one COPY per table); what Linli derives from them (monthly figures, name
// index) is built by the destination's own triggers as the rows arrive (SQLite), or at once after
// them (a server). All in one transaction on the destination: a failed copy leaves nothing there. Afterwards every
// copied table is read back from both sides in key order and its row count and SHA-256 compared, and the destination is
// checked as `linli check` does (the audit log's chain of hashes included).
class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopier)

public:
    struct TableDigest
    {
        QString table;
        qint64 rows = 0;
        QByteArray sha256;
        bool operator==(const TableDigest &other) const
        {
            return table == other.table && rows == other.rows && sha256 == other.sha256;
        }
    };

    DatabaseCopier(const QSqlDatabase &source, const QSqlDatabase &destination);

    // The tables copied, parents before the rows that refer to them.
    static QStringList copiedTables();

    // Told after each batch written, from the calling thread.
    void setProgress(std::function<void(const QString &table, qint64 rowsSoFar)> progress)
    {
        m_progress = std::move(progress);
    }

    // Nothing is left in the destination when not done.
    Result<void> copy();
    // Each table's rows and digest, the same on both sides, after a copy().
    QList<TableDigest> digests() const { return m_digests; }

    // A table's rows and SHA-256 over them in key order, every value as text (NULL told apart from
    // empty), so that the same rows give the same digest on either engine.
    static std::optional<TableDigest> digest(const QSqlDatabase &database, const QString &table,
                                             QString *error = nullptr);

private:
    // The steps of copy(); false with m_errorString (a plain sentence) when one fails.
    bool copyAll();
    bool fail(const QString &message);
    bool destinationIsEmpty();
    bool copyTable(const QString &table);
    template<typename RowSink>
    bool copyRows(const QString &table, QSqlQuery &rows, RowSink &sink, const std::function<QString()> &sinkError);
    bool setTriggersEnabled(bool enabled);
    bool buildDerivedOnServer();
    bool verify();

    QSqlDatabase m_source;
    QSqlDatabase m_destination;
    std::function<void(const QString &, qint64)> m_progress;
    QList<TableDigest> m_digests;
    QString m_errorString;
};

} // namespace linli
