#pragma once

#include "databaselocation.h"
#include "servicerecordstore.h"
#include "worker.h"

#include <QObject>

namespace linli {

// Writes the services logged at the desk on a Worker (every entry, one after the other in the
// order given), so that the clerk goes on with the next entry at once: a burst of entries never
// waits on the database, not even while another clerk's import holds it. Each entry gets a
// ticket; whether it was logged arrives later as a signal. The destructor writes whatever is
// still queued before it returns: nothing handed over is dropped.
class ServiceLogQueue : public QObject
{
    Q_OBJECT

public:
    explicit ServiceLogQueue(const DatabaseLocation &location, QObject *parent = nullptr);
    ~ServiceLogQueue() override;

    // Returns at once with the entry's ticket (1, 2, …).
    int enqueue(const ServiceEntry &entry);
    // Entries handed over and not yet answered.
    int pending() const { return m_pending; }

signals:
    void logged(int ticket, qint64 recordId);
    void refused(int ticket, const QString &message);
    // Every entry handed over has been answered.
    void drained();

private:
    void answer(int ticket, qint64 recordId, const QString &message);

    int m_lastTicket = 0;
    int m_pending = 0;
    // Last: destroyed first, writing what is still queued while the counts above still live.
    Worker m_worker;
};

} // namespace linli
