#pragma once

#include <QObject>

class QWidget;

namespace linli::bench {

// Counts the paints of one widget, so that a scenario can wait for the first paint after a change
// as the screen shows it (the window system asks for it; nothing forces it).
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget);

    int paints() const { return m_paints; }
    // Lets the event loop run until the widget has painted again.
    void waitForNextPaint();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    int m_paints = 0;
};

} // namespace linli::bench
