#include "residentsearchrunner.h"

#include "database.h"
#include "residentsearch.h"
#include "sqlitehandle.h"

#include <QPointer>

#include <sqlite3.h>

namespace linli {

// Lives on the runner's thread and owns that thread's connection, opened at the first request.
class ResidentSearchWorker : public QObject
{
public:
    ResidentSearchWorker(ResidentSearchRunner *runner, const DatabaseLocation &location,
                         std::shared_ptr<std::atomic<quint64>> generation)
        : m_runner(runner)
        , m_location(location)
        , m_generation(std::move(generation))
    {
    }

    void search(const ResidentSearchRunner::Request &request, quint64 generation);
    // Stops the query running now, from any thread; the worker then finds its request overtaken.
    void interrupt()
    {
        if (sqlite3 *handle = m_handle.load())
            sqlite3_interrupt(handle);
    }

private:
    bool isOvertaken(quint64 generation) const { return generation != m_generation->load(); }
    bool ensureOpen(quint64 generation);
    void deliver(quint64 generation, const std::function<void()> &emitAnswer)
    {
        if (!isOvertaken(generation))
            m_runner->deliver(generation, emitAnswer);
    }

    ResidentSearchRunner *m_runner;
    DatabaseLocation m_location;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::unique_ptr<Database> m_database;
    std::atomic<sqlite3 *> m_handle = nullptr;
};

bool ResidentSearchWorker::ensureOpen(quint64 generation)
{
    if (m_database)
        return true;
    auto database = std::make_unique<Database>();
    if (!database->open(m_location, Database::Mode::Attach)) {
        const QString message = database->errorString();
        deliver(generation, [runner = m_runner, message] { emit runner->failed(message); });
        return false;
    }
    m_database = std::move(database);
    m_handle = sqliteHandle(m_database->connection());
    return true;
}

void ResidentSearchWorker::search(const ResidentSearchRunner::Request &request, quint64 generation)
{
    if (isOvertaken(generation) || !ensureOpen(generation))
        return;
    const ResidentSearch search = ResidentSearch::parse(request.searchText);
    ResidentStore store(m_database->connection());
    const QList<ResidentRow> rows = store.page(request.order, request.direction, {}, request.pageSize, search, request.filter);
    // An interrupted query fails too: its request was overtaken, nobody waits for its answer.
    if (isOvertaken(generation))
        return;
    ResidentSearchRunner *runner = m_runner;
    if (rows.isEmpty() && !store.lastError().isEmpty()) {
        const QString message = ResidentSearchRunner::tr("The list of residents could not be read.");
        deliver(generation, [runner, message] { emit runner->failed(message); });
        return;
    }
    deliver(generation, [runner, request, rows] { emit runner->firstPage(request, rows); });
    if (!request.wantsCount || isOvertaken(generation))
        return;
    const std::optional<qint64> count = store.count(search, request.filter);
    if (!count)
        return;
    const qint64 value = *count;
    deliver(generation, [runner, request, value] { emit runner->counted(request.searchText, value); });
}

ResidentSearchRunner::ResidentSearchRunner(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<Request>();
    qRegisterMetaType<QList<ResidentRow>>();
    m_worker = new ResidentSearchWorker(this, location, m_generation);
    m_worker->moveToThread(&m_thread);
    // The worker closes its connection on its own thread, as the connection requires.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

ResidentSearchRunner::~ResidentSearchRunner()
{
    // Later answers are of no use any more.
    ++*m_generation;
    m_worker->interrupt();
    m_thread.quit();
    m_thread.wait();
}

void ResidentSearchRunner::deliver(quint64 generation, const std::function<void()> &emitAnswer)
{
    QMetaObject::invokeMethod(
            this,
            [this, generation, emitAnswer] {
                if (generation == *m_generation)
                    emitAnswer();
            },
            Qt::QueuedConnection);
}

void ResidentSearchRunner::run(const Request &request)
{
    const quint64 generation = ++*m_generation;
    m_worker->interrupt();
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, request, generation] { worker->search(request, generation); },
            Qt::QueuedConnection);
}

} // namespace linli
