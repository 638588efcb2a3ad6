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

// Runs reads on a worker thread with its own connection, kept open as long as the reader lives
// (opening one for every request would cost more than most reads), so that a long read never
// holds up the window. Only the latest request counts: a newer one interrupts the query still
// running for an older one, requests overtaken while queued are skipped, and answers of older
// ones are dropped. Lives on the thread that created it; the destructor interrupts and waits.
class Worker : public QObject
{
public:
    // What a piece of work gets on the worker thread.
    class Job
    {
    public:
        QSqlDatabase connection() const { return m_connection; }
        // Whether a newer request came meanwhile: the work may stop, nobody waits for its answer.
        bool isOvertaken() const;
        // Runs `answer` on the reader's thread, unless a newer request came by then.
        void deliver(std::function<void()> answer) const;

    private:
        friend class WorkerThread;
        Job(WorkerThread *worker, QSqlDatabase connection, quint64 generation)
            : m_worker(worker), m_connection(std::move(connection)), m_generation(generation)
        {
        }
        WorkerThread *m_worker;
        QSqlDatabase m_connection;
        quint64 m_generation;
    };

    explicit Worker(const DatabaseLocation &location, QObject *parent = nullptr);
    ~Worker() override;

    // Queues `work`; `openFailed` is told (on this thread) when the worker cannot open the database.
    void run(std::function<void(const Job &job)> work, std::function<void(const QString &message)> openFailed);

private:
    friend class WorkerThread;
    // Runs on this thread: only the latest request's answers pass.
    void deliver(quint64 generation, std::function<void()> answer);

    // Shared with the worker, which reads it to skip requests overtaken while queued.
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThread m_thread;
    WorkerThread *m_worker = nullptr;
};

} // namespace linli
