#include "idlelock.h"

#include "actor.h"
#include "signindialog.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

#include <memory>

namespace linli {

IdleLock::IdleLock(const Session &session, std::chrono::milliseconds idle, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idle);
    connect(&m_idle, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
    m_idle.start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked)
            m_idle.start();
        break;
    case QEvent::Resize:
        // A window resized (or maximised) while locked stays covered whole.
        for (const QPointer<QWidget> &cover : std::as_const(m_covers)) {
            if (cover && cover->parentWidget() == watched)
                cover->setGeometry(cover->parentWidget()->rect());
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::cover()
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->isVisible() || qobject_cast<SignInDialog *>(window))
            continue;
        // A plain panel over everything the window shows; the window and its contents stay as they are.
        auto *cover = new QWidget(window);
        cover->setAutoFillBackground(true);
        cover->setGeometry(window->rect());
        auto *layout = new QVBoxLayout(cover);
        auto *label = new QLabel(tr("Locked"), cover);
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
        cover->show();
        cover->raise();
        m_covers.append(cover);
    }
}

void IdleLock::uncover()
{
    for (const QPointer<QWidget> &cover : std::as_const(m_covers))
        delete cover.data();
    m_covers.clear();
}

bool IdleLock::lock()
{
    if (m_locked)
        return true;
    m_locked = true;
    m_idle.stop();
    cover();
    emit locked();
    const std::unique_ptr<SignInDialog> dialog(
            SignInDialog::forUnlocking(m_session.connection(), m_session.actor().login));
    const bool opened = dialog->exec() == QDialog::Accepted;
    m_locked = false;
    if (!opened) {
        // Leaving the lock leaves the program: nobody else may go on with what was open.
        QCoreApplication::quit();
        return false;
    }
    uncover();
    m_idle.start();
    emit unlocked();
    return true;
}

} // namespace linli
