#pragma once

#include "session.h"
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QWidget;

namespace linli {

// Locks the program after a while without a key or a click: every open window (forms included) is
// covered, what they hold is kept, and only the password of the one signed in opens them again.
// Leaving the lock instead quits the program.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    IdleLock(const Session &session, std::chrono::milliseconds idle, QObject *parent = nullptr);

    bool isLocked() const { return m_locked; }
    // How long until it locks, unless the window is used meanwhile.
    std::chrono::milliseconds remaining() const { return m_idle.remainingTimeAsDuration(); }
    // Covers the windows and asks for the password; returns once unlocked (true) or left (false).
    bool lock();

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void cover();
    void uncover();

    Session m_session;
    QTimer m_idle;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_covers;
};

} // namespace linli
