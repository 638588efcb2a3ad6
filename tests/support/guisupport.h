#pragma once

// Helpers for the tests of real widgets.

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace linli::test {

// Runs `act` on the next modal dialog of type T once it shows. Polled: such dialogs are opened by
// the code under test, inside an event loop of its own.
template<typename T> void whenShown(std::function<void(T *)> act)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}

} // namespace linli::test
