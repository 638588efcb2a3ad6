#include "shownreload.h"

#include <QEvent>
#include <QWidget>

namespace linli {

ShownReload::ShownReload(QWidget *page, std::function<void()> read)
    : QObject(page)
    , m_page(page)
    , m_read(std::move(read))
{
    page->installEventFilter(this);
}

bool ShownReload::request()
{
    if (!m_page->isVisible()) {
        m_stale = true;
        return false;
    }
    m_stale = false;
    m_read();
    return true;
}

bool ShownReload::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_read();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace linli
