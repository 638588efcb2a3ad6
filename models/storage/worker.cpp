#include "worker.h"

#include "database.h"
#include "storageerror.h"
#include "querycanceller.h"

#include <QMutex>
#include <QThreadPool>

#include <utility>

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

// Lives on the worker's thread and owns that thread's connection, opened at the first piece.
class WorkerThread : public QObject
{
public:
    WorkerThread(Worker *owner, const DatabaseLocation &location, Worker::Rule rule,
                 std::shared_ptr<std::atomic<quint64>> generation)
        : m_owner(owner)
        , m_location(location)
        , m_rule(rule)
        , m_generation(std::move(generation))
    {}

    ~WorkerThread() override { closeConnection(); }

    void work(const std::function<void(const Worker::Job &)> &work,
              const std::function<void(const QString &)> &openFailed, quint64 generation)
    {
        if (m_rule == Worker::Rule::LatestOnly && isOvertaken(generation))
            return;
        if (m_opensConnection && !m_database) {
            auto database = std::make_unique<Database>();
            if (!database->open(m_location, Database::Mode::Attach)) {
                const QString message = database->errorString();
                deliver(generation, [openFailed, message] { openFailed(message); });
                return;
            }
            m_database = std::move(database);
            if (m_opened)
                m_opened(m_database->connection());
            makeCanceller();
        } else if (m_database && m_database->isLost()) {
            // The server went away since the last piece: connected again, or said.
            if (!m_database->reconnectIfLost()) {
                deliver(generation,
                        [openFailed] { openFailed(StorageError::explain(StorageError::Kind::Disconnected)); });
                return;
            }
            makeCanceller();
        }
        setRunning(generation);
        work(Worker::Job(this, m_database ? m_database->connection() : QSqlDatabase(), generation));
        setRunning(0);
        if (std::exchange(m_closeAfterPiece, false))
            closeConnection();
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

    bool isOvertaken(quint64 generation) const
    {
        return m_stop->load() || (m_rule == Worker::Rule::LatestOnly && generation != m_generation->load());
    }

    void deliver(quint64 generation, std::function<void()> answer)
    {
        if (m_rule == Worker::Rule::Every || !isOvertaken(generation))
            m_owner->deliver(generation, std::move(answer));
    }

    void closeConnection()
    {
        if (!m_database)
            return;
        if (m_closing)
            m_closing(m_database->connection());
        {
            QMutexLocker lock(&m_running->mutex);
            m_running->canceller.reset();
        }
        m_database.reset();
    }

    const std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    std::function<void(const QSqlDatabase &)> m_opened;
    std::function<void(const QSqlDatabase &)> m_closing;
    bool m_opensConnection = true;
    bool m_closeAfterPiece = false;

private:
    Worker *m_owner;
    DatabaseLocation m_location;
    Worker::Rule m_rule;
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
    return m_thread->isOvertaken(m_generation);
}

const std::atomic_bool *Worker::Job::stopFlag() const
{
    return m_thread->m_stop.get();
}

void Worker::Job::deliver(std::function<void()> answer) const
{
    m_thread->deliver(m_generation, std::move(answer));
}

void Worker::Job::closeConnectionAfter() const
{
    m_thread->m_closeAfterPiece = true;
}

Worker::Worker(const DatabaseLocation &location, Rule rule, QObject *parent)
    : QObject(parent)
    , m_rule(rule)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new WorkerThread(this, location, rule, m_generation);
    m_worker->moveToThread(&m_thread);
    // The connection is closed on its own thread, as it requires.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(rule == Rule::LatestOnly ? QThread::LowPriority : QThread::InheritPriority);
}

Worker::~Worker()
{
    if (m_rule == Rule::LatestOnly) {
        // Later answers are of no use any more.
        cancel();
        m_thread.quit();
    } else {
        // Queued after every piece handed over, so those run first.
        QMetaObject::invokeMethod(
                m_worker, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    }
    m_thread.wait();
}

void Worker::setConnectionHooks(std::function<void(const QSqlDatabase &)> opened,
                                std::function<void(const QSqlDatabase &)> closing)
{
    // Before the first piece is queued, so the thread reads them only after this write.
    m_worker->m_opened = std::move(opened);
    m_worker->m_closing = std::move(closing);
}

void Worker::setOpensConnection(bool opens)
{
    m_worker->m_opensConnection = opens;
}

void Worker::deliver(quint64 generation, std::function<void()> answer)
{
    QMetaObject::invokeMethod(
            this,
            [this, generation, answer = std::move(answer)] {
                if (m_rule == Rule::Every || generation == *m_generation)
                    answer();
            },
            Qt::QueuedConnection);
}

void Worker::run(std::function<void(const Job &)> work, std::function<void(const QString &)> openFailed)
{
    m_worker->m_stop->store(false);
    const quint64 generation = ++*m_generation;
    if (m_rule == Rule::LatestOnly)
        m_worker->interruptOlderThan(generation);
    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, work = std::move(work), openFailed = std::move(openFailed), generation] {
                worker->work(work, openFailed, generation);
            },
            Qt::QueuedConnection);
}

void Worker::runWithoutConnection(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void Worker::cancel()
{
    m_worker->m_stop->store(true);
    if (m_rule == Rule::LatestOnly)
        m_worker->interruptOlderThan(++*m_generation);
}

} // namespace linli
