#include "connectionkeeper.h"

#include "database.h"
#include "logging.h"

#include <algorithm>

namespace linli {

ConnectionKeeper::ConnectionKeeper(Database &database, QObject *parent, std::chrono::milliseconds checkEvery)
    : QObject(parent)
    , m_database(database)
    , m_checkEvery(checkEvery)
{
    if (!database.location().isServer())
        return;
    m_timer.setInterval(m_checkEvery);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionKeeper::check);
    m_timer.start();
}

void ConnectionKeeper::check()
{
    if (!m_database.isLost()) {
        if (m_lost) {
            m_lost = false;
            emit connectionRestored();
        }
        return;
    }
    if (!m_lost) {
        m_lost = true;
        qCWarning(lcDatabase) << "the connection to the server was lost";
        emit connectionLost();
    }
    if (m_database.reconnectIfLost()) {
        m_lost = false;
        m_timer.setInterval(m_checkEvery);
        emit connectionRestored();
        return;
    }
    // Each attempt may wait for the server's answer: fewer of them while it stays away.
    m_timer.setInterval(std::min(longestWait, 2 * std::chrono::milliseconds(m_timer.intervalAsDuration())));
}

} // namespace linli
