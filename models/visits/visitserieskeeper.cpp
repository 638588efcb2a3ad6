#include "visitserieskeeper.h"

#include "logging.h"
#include "visitstore.h"

namespace linli {

VisitSeriesKeeper::VisitSeriesKeeper(const QSqlDatabase &database, QObject *parent, std::chrono::milliseconds every)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setInterval(every);
    connect(&m_timer, &QTimer::timeout, this, &VisitSeriesKeeper::extendNow);
}

void VisitSeriesKeeper::start()
{
    extendNow();
    m_timer.start();
}

bool VisitSeriesKeeper::extendNow()
{
    VisitStore visits(m_database);
    if (visits.extendSeries(m_today()))
        return true;
    qCWarning(lcDatabase) << "extending the visit series failed:" << visits.lastError();
    return false;
}

} // namespace linli
