#pragma once

#include "worker.h"
#include "databaselocation.h"
#include "residentfilter.h"
#include "residentstore.h"

#include <QList>
#include <QObject>

namespace linli {

// Runs resident searches and filters in the background (Worker), so that neither a scan
// over a million names nor the exact count ever holds up typing: first the first page of the list,
// then the count. Only the answers to the latest request are delivered. Lives on the thread that
// created it.
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

    void run(const Request &request);

signals:
    void firstPage(const linli::ResidentSearchRunner::Request &request, const QList<linli::ResidentRow> &rows);
    void counted(const QString &searchText, qint64 count);
    void failed(const QString &message);

private:
    Worker *m_reader;
};

} // namespace linli

Q_DECLARE_METATYPE(linli::ResidentSearchRunner::Request)
