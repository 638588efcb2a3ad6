#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace linli {

class Database;

// Keeps a server connection usable: looks every few seconds whether it broke (Database::isLost(),
// no round trip) and connects it again, waiting longer between attempts while the server stays
// away. Tells when the connection is lost and when it is back, for the window to show. Lives on
// the thread of the Database it watches, which must outlive it; does nothing for a file.
class ConnectionKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultCheckEvery{2000};
    static constexpr std::chrono::milliseconds longestWait{30000};

    explicit ConnectionKeeper(Database &database, QObject *parent = nullptr,
                              std::chrono::milliseconds checkEvery = defaultCheckEvery);

    bool isConnected() const { return !m_lost; }
    // Looks now rather than at the next tick.
    void check();

signals:
    void connectionLost();
    void connectionRestored();

private:
    Database &m_database;
    QTimer m_timer;
    std::chrono::milliseconds m_checkEvery;
    bool m_lost = false;
};

} // namespace linli
