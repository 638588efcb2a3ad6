#include "worker.h"

#include "database.h"
#include "storageerror.h"
#include "querycanceller.h"

#include <QMutex>
#include <QThreadPool>

namespace linli {

namespace {

// What the reader's thread needs to stop the statement of an overtaken request, shared with the
// tasks that send the stop, which may outlive the worker.
struct RunningStatement
{
    QMutex mutex;
    std::unique_ptr<QueryCanceller> canceller;
    // The request whose work runs now; 0 between requests.
    quint64 generation = 0;

    // Stops the statement running for a request older than `newer`, if one still runs. The worker
    // waits for this lock between requests, so a stop meant for an older request never reaches a
    // newer one's statement.
    void stopIfOlderThan(quint64 newer)
    {
        QMutexLocker lock(&mutex);
        if (canceller && generation != 0 && generation < newer)
            canceller->cancel();
    }
};

} // namespace

// Lives on the reader's thread and owns that thread's connection, opened at the first request.
class WorkerThread : public QObject
{
public:
    WorkerThread(Worker *reader, const DatabaseLocation &location,
                           std::shared_ptr<std::atomic<quint64>> generation)
        : m_reader(reader)
        , m_location(location)
        , m_generation(std::move(generation))
    {
    }

    void work(const std::function<void(const Worker::Job &)> &work,
              const std::function<void(const QString &)> &openFailed, quint64 generation)
    {
        if (isOvertaken(generation))
            return;
        if (!m_database) {
            auto database = std::make_unique<Database>();
            if (!database->open(m_location, Database::Mode::Attach)) {
                const QString message = database->errorString();
                deliver(generation, [openFailed, message] { openFailed(message); });
                return;
            }
            m_database = std::move(database);
            makeCanceller();
        } else if (m_database->isLost()) {
            // The server went away since the last request: connected again, or said.
            if (!m_database->reconnectIfLost()) {
                deliver(generation, [openFailed] { openFailed(StorageError::explain(StorageError::Kind::Disconnected)); });
                return;
            }
            makeCanceller();
        }
        setRunning(generation);
        work(Worker::Job(this, m_database->connection(), generation));
        setRunning(0);
    }

    // Stops the statement of a request older than `newer`, from any thread; its work then finds
    // itself overtaken. A server is asked on a pool thread: the request travels over the network,
    // the window should not wait for it.
    void interruptOlderThan(quint64 newer)
    {
        if (!m_location.isServer()) {
            m_running->stopIfOlderThan(newer);
            return;
        }
        QThreadPool::globalInstance()->start([running = m_running, newer] { running->stopIfOlderThan(newer); });
    }

    bool isOvertaken(quint64 generation) const { return generation != m_generation->load(); }

    void deliver(quint64 generation, std::function<void()> answer)
    {
        if (!isOvertaken(generation))
            m_reader->deliver(generation, std::move(answer));
    }

private:
    Worker *m_reader;
    DatabaseLocation m_location;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<RunningStatement> m_running = std::make_shared<RunningStatement>();

    // A server's cancel requests name the session: made again with each new one.
    void makeCanceller()
    {
        QMutexLocker lock(&m_running->mutex);
        m_running->canceller = std::make_unique<QueryCanceller>(m_database->connection());
    }

    void setRunning(quint64 generation)
    {
        QMutexLocker lock(&m_running->mutex);
        m_running->generation = generation;
    }
};

bool Worker::Job::isOvertaken() const
{
    return m_worker->isOvertaken(m_generation);
}

void Worker::Job::deliver(std::function<void()> answer) const
{
    m_worker->deliver(m_generation, std::move(answer));
}

Worker::Worker(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new WorkerThread(this, location, m_generation);
    m_worker->moveToThread(&m_thread);
    // The worker closes its connection on its own thread, as the connection requires.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

Worker::~Worker()
{
    // Later answers are of no use any more.
    m_worker->interruptOlderThan(++*m_generation);
    m_thread.quit();
    m_thread.wait();
}

void Worker::deliver(quint64 generation, std::function<void()> answer)
{
    QMetaObject::invokeMethod(
            this,
            [this, generation, answer = std::move(answer)] {
                if (generation == *m_generation)
                    answer();
            },
            Qt::QueuedConnection);
}

void Worker::run(std::function<void(const Job &)> work, std::function<void(const QString &)> openFailed)
{
    const quint64 generation = ++*m_generation;
    m_worker->interruptOlderThan(generation);
    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, work = std::move(work), openFailed = std::move(openFailed), generation] {
                worker->work(work, openFailed, generation);
            },
            Qt::QueuedConnection);
}

} // namespace linli
