#pragma once

#include "databaselocation.h"
#include "residentfilter.h"
#include "residentstore.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace linli {

class ResidentSearchWorker;

// Runs resident searches and filters on a worker thread with its own connection, so that neither
// a scan over a million names nor the exact count ever holds up typing: first the first page of
// the list, then the count. The thread and its connection live as long as the runner (opening a
// connection for every keystroke would cost more than most searches). Only the answers to the
// latest request are delivered: a newer request interrupts the query still running for an older
// one, and requests overtaken while queued are skipped. Lives on the thread that created it; the
// destructor interrupts and waits for the worker.
class ResidentSearchRunner : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString searchText;
        ResidentFilter filter;
        ResidentStore::Order order = ResidentStore::Order::ByName;
        Qt::SortOrder direction = Qt::AscendingOrder;
        int pageSize = 200;
        bool wantsCount = true;

        // The few best matches a picker offers, without counting them all.
        static Request firstMatches(const QString &text, int count)
        {
            Request request;
            request.searchText = text;
            request.pageSize = count;
            request.wantsCount = false;
            return request;
        }
    };

    explicit ResidentSearchRunner(const DatabaseLocation &location, QObject *parent = nullptr);
    ~ResidentSearchRunner() override;

    void run(const Request &request);

signals:
    void firstPage(const linli::ResidentSearchRunner::Request &request, const QList<linli::ResidentRow> &rows);
    void counted(const QString &searchText, qint64 count);
    void failed(const QString &message);

private:
    friend class ResidentSearchWorker;
    // Runs on the UI thread: only the latest request's answers pass.
    void deliver(quint64 generation, const std::function<void()> &emitAnswer);

    // Shared with the worker, which reads it to skip requests overtaken while queued.
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThread m_thread;
    ResidentSearchWorker *m_worker = nullptr;
};

} // namespace linli

Q_DECLARE_METATYPE(linli::ResidentSearchRunner::Request)
