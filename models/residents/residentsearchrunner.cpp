#include "residentsearchrunner.h"

#include "residentsearch.h"

namespace linli {

ResidentSearchRunner::ResidentSearchRunner(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_reader(new Worker(location, Worker::Rule::LatestOnly, this))
{
    qRegisterMetaType<Request>();
    qRegisterMetaType<QList<ResidentRow>>();
}

void ResidentSearchRunner::run(const Request &request)
{
    m_reader->run(
            [this, request](const Worker::Job &job) {
                const ResidentSearch search = ResidentSearch::parse(request.searchText);
                ResidentStore store(job.connection());
                const QList<ResidentRow> rows
                        = store.page(request.order, request.direction, {}, request.pageSize, search, request.filter);
                // An interrupted query fails too: its request was overtaken, nobody waits for its answer.
                if (job.isOvertaken())
                    return;
                if (rows.isEmpty() && !store.lastError().isEmpty()) {
                    const QString message = tr("The list of residents could not be read.");
                    job.deliver([this, message] { emit failed(message); });
                    return;
                }
                job.deliver([this, request, rows] { emit firstPage(request, rows); });
                if (!request.wantsCount || job.isOvertaken())
                    return;
                const std::optional<qint64> count = store.count(search, request.filter);
                if (!count)
                    return;
                const qint64 value = *count;
                job.deliver([this, request, value] { emit counted(request.searchText, value); });
            },
            [this](const QString &message) { emit failed(message); });
}

} // namespace linli
