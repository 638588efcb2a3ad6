#include "residentcounter.h"

#include "database.h"
#include "residentsearch.h"
#include "residentstore.h"

namespace linli {

ResidentCounter::ResidentCounter(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
{
}

ResidentCounter::~ResidentCounter()
{
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void ResidentCounter::count(const QString &searchText, const ResidentFilter &filter)
{
    const quint64 generation = ++m_generation;
    const DatabaseLocation location = m_location;
    QThread *thread = QThread::create([this, location, searchText, filter, generation] {
        Database database;
        if (!database.open(location, Database::Mode::Attach)) {
            const QString message = database.errorString();
            QMetaObject::invokeMethod(this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
            return;
        }
        const std::optional<qint64> count
                = ResidentStore(database.connection()).count(ResidentSearch::parse(searchText), filter);
        if (!count)
            return;
        const qint64 value = *count;
        QMetaObject::invokeMethod(
                this,
                [this, searchText, generation, value] {
                    if (generation == m_generation)
                        emit counted(searchText, value);
                },
                Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    thread->start(QThread::LowPriority);
}

} // namespace linli
