#include "servicelogqueue.h"

#include "database.h"

#include <memory>

namespace linli {

// Lives on the queue's thread and owns the connection there.
class ServiceLogQueue::Writer : public QObject
{
public:
    Writer(const DatabaseLocation &location, ServiceLogQueue *queue)
        : m_location(location)
        , m_queue(queue)
    {
    }

    void write(int ticket, const ServiceEntry &entry)
    {
        QString message;
        qint64 id = 0;
        if (!m_database) {
            m_database = std::make_unique<Database>();
            if (!m_database->open(m_location, Database::Mode::Attach))
                m_openError = m_database->errorString();
        } else if (m_openError.isEmpty()) {
            // When the server stays away, the entry's write fails and says so.
            m_database->reconnectIfLost();
        }
        if (!m_openError.isEmpty()) {
            message = m_openError;
        } else {
            const ServiceRecordStore::LogResult result = ServiceRecordStore(m_database->connection()).log(entry);
            id = result.id;
            message = result.message;
        }
        QMetaObject::invokeMethod(
                m_queue, [queue = m_queue, ticket, id, message] { queue->answer(ticket, id, message); },
                Qt::QueuedConnection);
    }

    // The connection is closed on the thread that opened it.
    void finish()
    {
        m_database.reset();
        QThread::currentThread()->quit();
    }

private:
    DatabaseLocation m_location;
    ServiceLogQueue *m_queue;
    std::unique_ptr<Database> m_database;
    QString m_openError;
};

ServiceLogQueue::ServiceLogQueue(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_writer(new Writer(location, this))
{
    m_thread.setObjectName(QStringLiteral("service log"));
    m_writer->moveToThread(&m_thread);
    m_thread.start();
}

ServiceLogQueue::~ServiceLogQueue()
{
    // Queued after every entry handed over, so those are written first.
    QMetaObject::invokeMethod(m_writer, [writer = m_writer] { writer->finish(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_writer;
}

int ServiceLogQueue::enqueue(const ServiceEntry &entry)
{
    const int ticket = ++m_lastTicket;
    ++m_pending;
    QMetaObject::invokeMethod(
            m_writer, [writer = m_writer, ticket, entry] { writer->write(ticket, entry); }, Qt::QueuedConnection);
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
