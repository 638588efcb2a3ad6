#include "backgroundreader.h"

#include "database.h"
#include "sqlitehandle.h"

#include <sqlite3.h>

namespace linli {

// Lives on the reader's thread and owns that thread's connection, opened at the first request.
class BackgroundReaderWorker : public QObject
{
public:
    BackgroundReaderWorker(BackgroundReader *reader, const DatabaseLocation &location,
                           std::shared_ptr<std::atomic<quint64>> generation)
        : m_reader(reader)
        , m_location(location)
        , m_generation(std::move(generation))
    {
    }

    void work(const std::function<void(const BackgroundReader::Job &)> &work,
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
            m_handle = sqliteHandle(m_database->connection());
        }
        work(BackgroundReader::Job(this, m_database->connection(), generation));
    }

    // Stops the query running now, from any thread; its work then finds itself overtaken.
    void interrupt()
    {
        if (sqlite3 *handle = m_handle.load())
            sqlite3_interrupt(handle);
    }

    bool isOvertaken(quint64 generation) const { return generation != m_generation->load(); }

    void deliver(quint64 generation, std::function<void()> answer)
    {
        if (!isOvertaken(generation))
            m_reader->deliver(generation, std::move(answer));
    }

private:
    BackgroundReader *m_reader;
    DatabaseLocation m_location;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::unique_ptr<Database> m_database;
    std::atomic<sqlite3 *> m_handle = nullptr;
};

bool BackgroundReader::Job::isOvertaken() const
{
    return m_worker->isOvertaken(m_generation);
}

void BackgroundReader::Job::deliver(std::function<void()> answer) const
{
    m_worker->deliver(m_generation, std::move(answer));
}

BackgroundReader::BackgroundReader(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new BackgroundReaderWorker(this, location, m_generation);
    m_worker->moveToThread(&m_thread);
    // The worker closes its connection on its own thread, as the connection requires.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

BackgroundReader::~BackgroundReader()
{
    // Later answers are of no use any more.
    ++*m_generation;
    m_worker->interrupt();
    m_thread.quit();
    m_thread.wait();
}

void BackgroundReader::deliver(quint64 generation, std::function<void()> answer)
{
    QMetaObject::invokeMethod(
            this,
            [this, generation, answer = std::move(answer)] {
                if (generation == *m_generation)
                    answer();
            },
            Qt::QueuedConnection);
}

void BackgroundReader::run(std::function<void(const Job &)> work, std::function<void(const QString &)> openFailed)
{
    const quint64 generation = ++*m_generation;
    m_worker->interrupt();
    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, work = std::move(work), openFailed = std::move(openFailed), generation] {
                worker->work(work, openFailed, generation);
            },
            Qt::QueuedConnection);
}

} // namespace linli
