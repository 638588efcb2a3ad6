#pragma once

#include "datachanges.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace linli {

// Reads a page (or a label, a list of choices) anew when data it shows has changed: it hears the
// database's announcements (DataChanges) of the kinds it follows and, once a burst of them is
// over — a clerk logging one service after another, a merge touching four kinds —, calls `read`
// once. What the page reads then is its own business: all of it, or only while it is seen.
class ChangeFollower : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds settle{300};

    ChangeFollower(QObject *owner, DataChanges *changes, DataKinds followed, std::function<void()> read);

    // While one lives, changes heard are the owner's own doing (a dialog it opened wrote on the
    // window's connection, which announces at once) and already shown by it: the row it
    // refreshed, the selection it kept. Writes of workers arrive later and are heard.
    class Ignoring
    {
    public:
        explicit Ignoring(ChangeFollower *follower)
            : m_follower(follower)
        {
            ++m_follower->m_ignoring;
        }
        ~Ignoring() { --m_follower->m_ignoring; }
        Ignoring(const Ignoring &) = delete;
        Ignoring &operator=(const Ignoring &) = delete;

    private:
        ChangeFollower *m_follower;
    };

private:
    void hear(DataKinds kinds);

    DataKinds m_followed;
    std::function<void()> m_read;
    QTimer m_settle;
    int m_ignoring = 0;
};

} // namespace linli
