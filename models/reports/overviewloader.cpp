#include "overviewloader.h"

#include "overviewstore.h"

using namespace Qt::StringLiterals;

namespace linli {

OverviewLoader::OverviewLoader(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(location, Worker::Rule::LatestOnly, this))
{}

void OverviewLoader::refresh()
{
    m_worker->run(
            [this](const Worker::Job &job) {
                const OverviewStore store(job.connection());
                QHash<QString, qint64> counts;
                const std::pair<QString, std::optional<qint64>> seen[]
                        = {{u"residents"_s, store.seenResidents()},
                           {u"service_records"_s, store.seenServiceRecords()},
                           {u"visits"_s, store.seenVisits()}};
                for (const auto &[table, count] : seen) {
                    if (count)
                        counts.insert(table, *count);
                }
                job.deliver([this, counts] { emit loaded(counts); });
            },
            [this](const QString &message) { emit failed(message); });
}

} // namespace linli
