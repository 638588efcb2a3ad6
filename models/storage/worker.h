#pragma once

#include "databaselocation.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace linli {

class WorkerThread;

// Work that must not hold up the window — searches, counts, a page's figures, the quick log's
// writes, an import's steps, a backup — runs here: on a thread of its own, with a connection of
// its own (a QSqlDatabase belongs to the thread that opened it). The connection is opened at the
// first piece of work in Database's Attach mode and kept for the worker's life (opening one per
// piece would cost more than most reads); a server connection lost meanwhile is made again. On it
// acts the user signed in at the window (Actor::actForThisProgram) unless the opening hook names
// another.
// Pieces run one after the other in the order given, under one of two rules:
// - LatestOnly: only the latest request counts. A newer one interrupts the statement still
//   running for an older one, requests overtaken while queued are skipped, and answers of older
//   ones are dropped.
// - Every: every piece runs and every answer arrives; the destructor waits until all that was
//   handed over is done, so nothing handed over is dropped.
// Lives on the thread that created it; answers arrive there.
class Worker : public QObject
{
public:
    enum class Rule { LatestOnly, Every };

    // What a piece of work gets on the worker's thread.
    class Job
    {
    public:
        // Invalid for a worker that opens no connection (setOpensConnection(false)).
        QSqlDatabase connection() const { return m_connection; }
        // Whether the piece may stop: overtaken by a newer request (LatestOnly), or cancelled.
        bool isOvertaken() const;
        // For work that looks between its steps (an import's rows): set while isOvertaken().
        const std::atomic_bool *stopFlag() const;
        // Runs `answer` on the worker's owner thread, unless a newer request came by then
        // (LatestOnly). Also for progress on the way.
        void deliver(std::function<void()> answer) const;
        // Closes the connection once this piece is done (its log copied into the file there,
        // not later on the owner's wait); the next piece opens one again.
        void closeConnectionAfter() const;

    private:
        friend class WorkerThread;
        Job(WorkerThread *thread, QSqlDatabase connection, quint64 generation)
            : m_thread(thread)
            , m_connection(std::move(connection))
            , m_generation(generation)
        {}
        WorkerThread *m_thread;
        QSqlDatabase m_connection;
        quint64 m_generation;
    };

    explicit Worker(const DatabaseLocation &location, Rule rule = Rule::LatestOnly, QObject *parent = nullptr);
    ~Worker() override;

    // Run on the worker's thread right after its connection opened and before it closes: to act
    // there for a given user (Actor::actFor) and forget them again.
    void setConnectionHooks(std::function<void(const QSqlDatabase &)> opened,
                            std::function<void(const QSqlDatabase &)> closing);
    // A worker whose pieces open what they need themselves (a restore replaces the very file).
    void setOpensConnection(bool opens);

    // Queues `work`; `openFailed` is told (on this thread) when the connection cannot be opened,
    // and the work does not run.
    void run(std::function<void(const Job &job)> work, std::function<void(const QString &message)> openFailed);
    // Queues `work` that needs no connection (tidying up what earlier pieces left): none is opened
    // for it.
    void runWithoutConnection(std::function<void()> work);
    // Asks the piece running now to stop (Job::isOvertaken()); under LatestOnly also interrupts its
    // statement. Pieces queued later run.
    void cancel();

private:
    friend class WorkerThread;
    // Runs on this thread: under LatestOnly only the latest request's answers pass.
    void deliver(quint64 generation, std::function<void()> answer);

    Rule m_rule;
    // Shared with the thread, which reads it to skip requests overtaken while queued.
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThread m_thread;
    WorkerThread *m_worker = nullptr;
};

} // namespace linli
