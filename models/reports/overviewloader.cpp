#include "overviewloader.h"

#include "database.h"
#include "overviewstore.h"

using namespace Qt::StringLiterals;

namespace linli {

OverviewLoader::OverviewLoader(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
{
}

OverviewLoader::~OverviewLoader()
{
    if (m_thread)
        m_thread->wait();
}

void OverviewLoader::refresh()
{
    if (m_thread)
        return;
    const DatabaseLocation location = m_location;
    m_thread = QThread::create([this, location] {
        Database database;
        if (!database.open(location, Database::Mode::Attach)) {
            const QString message = database.errorString();
            QMetaObject::invokeMethod(this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
            return;
        }
        const OverviewStore store(database.connection());
        QHash<QString, qint64> counts;
        const std::pair<QString, std::optional<qint64>> seen[] = {{u"residents"_s, store.seenResidents()},
                                                                  {u"service_records"_s, store.seenServiceRecords()},
                                                                  {u"visits"_s, store.seenVisits()}};
        for (const auto &[table, count] : seen) {
            if (count)
                counts.insert(table, *count);
        }
        QMetaObject::invokeMethod(this, [this, counts] { emit loaded(counts); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

} // namespace linli
