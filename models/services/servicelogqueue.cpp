#include "servicelogqueue.h"

namespace linli {

ServiceLogQueue::ServiceLogQueue(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_worker(location, Worker::Rule::Every)
{}

ServiceLogQueue::~ServiceLogQueue() = default;

int ServiceLogQueue::enqueue(const ServiceEntry &entry)
{
    const int ticket = ++m_lastTicket;
    ++m_pending;
    // When the server stays away, the entry's write fails and says so.
    m_worker.run(
            [this, ticket, entry](const Worker::Job &job) {
                const Result<qint64> logged = ServiceRecordStore(job.connection()).log(entry);
                job.deliver([this, ticket, logged] { answer(ticket, logged.valueOr(0), logged.message()); });
            },
            [this, ticket](const QString &message) { answer(ticket, 0, message); });
    return ticket;
}

void ServiceLogQueue::answer(int ticket, qint64 recordId, const QString &message)
{
    --m_pending;
    if (recordId > 0)
        emit logged(ticket, recordId);
    else
        emit refused(ticket, message);
    if (m_pending == 0)
        emit drained();
}

} // namespace linli
