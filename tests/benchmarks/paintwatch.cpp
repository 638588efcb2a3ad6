#include "paintwatch.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace linli::bench {

PaintWatch::PaintWatch(QWidget *widget)
    : m_widget(widget)
{
    widget->installEventFilter(this);
}

void PaintWatch::waitForNextPaint()
{
    const int before = m_paints;
    m_widget->update();
    while (m_paints == before)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

bool PaintWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint)
        ++m_paints;
    return false;
}

} // namespace linli::bench
