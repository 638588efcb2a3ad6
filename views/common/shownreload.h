#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace linli {

// Reads a page's figures only while someone can see it: asked while the page is hidden (the window
// starting, another tab or page in front), it remembers and reads when the page is next shown. Keeps
// the agenda's and the dashboard's queries out of the window's start and of refreshes nobody sees.
class ShownReload : public QObject
{
    Q_OBJECT

public:
    ShownReload(QWidget *page, std::function<void()> read);

    // Reads now if the page is visible, else when it is shown; true when it read now.
    bool request();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    std::function<void()> m_read;
    bool m_stale = false;
};

} // namespace linli
