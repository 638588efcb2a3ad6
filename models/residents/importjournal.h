#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace linli {

// Remembers an import while it runs, so that one cut off (the program killed, the power gone) is
// told at the next start: nothing of it was written — its transaction never committed — but whoever
// started it may not know. The mark is written in a transaction of its own just before the import's,
// removed inside the import's own transaction, or after a failure or a cancel (Mark does both).
class ImportJournal
{
    Q_DECLARE_TR_FUNCTIONS(ImportJournal)

public:
    struct Unfinished
    {
        QString what;   // "residents" or "services"
        QString source; // the file's name, when known
        QString login;
        QDateTime startedAt;
        qint64 rows = 0;
    };

    // The mark of one import: begun when made, removed within the import's transaction
    // (endWithin), or when destroyed if it is still there. Declare it before the import's
    // WriteTransaction, so that it goes after the transaction.
    class Mark
    {
    public:
        Mark(const QSqlDatabase &database, const QString &what, const QString &source, qint64 rows);
        ~Mark();
        Mark(const Mark &) = delete;
        Mark &operator=(const Mark &) = delete;
        // Inside the import's transaction, just before it commits.
        bool endWithin();

    private:
        QSqlDatabase m_database;
        bool m_begun = false;
    };

    explicit ImportJournal(const QSqlDatabase &database);

    std::optional<Unfinished> unfinished() const;
    // Forgets the unfinished import once it was told.
    void dismiss();
    // One paragraph for the person at the screen.
    static QString describe(const Unfinished &import);

private:
    QSqlDatabase m_database;
};

} // namespace linli
