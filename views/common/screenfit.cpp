#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace linli::ScreenFit {

QRect inside(const QRect &window, const QRect &available)
{
    if (!available.isValid())
        return window;
    QRect fitted(window.topLeft(), window.size().boundedTo(available.size()));
    if (fitted.right() > available.right())
        fitted.moveRight(available.right());
    if (fitted.bottom() > available.bottom())
        fitted.moveBottom(available.bottom());
    if (fitted.left() < available.left())
        fitted.moveLeft(available.left());
    if (fitted.top() < available.top())
        fitted.moveTop(available.top());
    return fitted;
}

void apply(QWidget *widget)
{
    QScreen *screen = QGuiApplication::screenAt(widget->frameGeometry().center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // The frame (title bar and borders, once the window is shown) must fit as well.
    const QRect inner = widget->geometry();
    const QRect outer = widget->frameGeometry();
    const QMargins frame(inner.left() - outer.left(), inner.top() - outer.top(), outer.right() - inner.right(),
                         outer.bottom() - inner.bottom());
    const QRect fitted = inside(outer, screen->availableGeometry()).marginsRemoved(frame);
    if (fitted != inner)
        widget->setGeometry(fitted);
}

} // namespace linli::ScreenFit
