#include "residentsearchrunner.h"

#include "database.h"
#include "residentsearch.h"

namespace linli {

ResidentSearchRunner::ResidentSearchRunner(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
{
    qRegisterMetaType<Request>();
    qRegisterMetaType<QList<ResidentRow>>();
}

ResidentSearchRunner::~ResidentSearchRunner()
{
    // Later answers are of no use any more; running queries finish on their own.
    ++m_generation;
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void ResidentSearchRunner::deliver(quint64 generation, const std::function<void()> &emitAnswer)
{
    QMetaObject::invokeMethod(
            this,
            [this, generation, emitAnswer] {
                if (generation == m_generation)
                    emitAnswer();
            },
            Qt::QueuedConnection);
}

void ResidentSearchRunner::run(const Request &request)
{
    const quint64 generation = ++m_generation;
    const DatabaseLocation location = m_location;
    QThread *thread = QThread::create([this, location, request, generation] {
        Database database;
        if (!database.open(location, Database::Mode::Attach)) {
            const QString message = database.errorString();
            deliver(generation, [this, message] { emit failed(message); });
            return;
        }
        const ResidentSearch search = ResidentSearch::parse(request.searchText);
        ResidentStore store(database.connection());
        const QList<ResidentRow> rows
                = store.page(request.order, request.direction, {}, request.pageSize, search, request.filter);
        if (rows.isEmpty() && !store.lastError().isEmpty()) {
            const QString message = tr("The list of residents could not be read.");
            deliver(generation, [this, message] { emit failed(message); });
            return;
        }
        deliver(generation, [this, request, rows] { emit firstPage(request, rows); });
        if (!request.wantsCount)
            return;
        const std::optional<qint64> count = store.count(search, request.filter);
        if (!count)
            return;
        const qint64 value = *count;
        deliver(generation, [this, request, value] { emit counted(request.searchText, value); });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    thread->start(QThread::LowPriority);
}

} // namespace linli
