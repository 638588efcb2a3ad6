#pragma once

// Helpers for the tests of real widgets.

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QTest>
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

// The widgets Tab stops at in `form`, from `first` once round (real key clicks). A widget that
// keeps the focus for a while (a date's day, month and year) is one stop.
inline QList<QWidget *> tabStops(QWidget *form, QWidget *first)
{
    QApplication::setActiveWindow(form);
    first->setFocus();
    QList<QWidget *> stops{first};
    for (int step = 0; step < 80; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        if (!focused || focused == first)
            break;
        if (!stops.contains(focused))
            stops.append(focused);
    }
    return stops;
}

// Where Tab goes against the form as drawn, from its first field `first`: a field above the one
// before it in the same column, or a field after the buttons that close the form (`buttons`, by
// default those of its QDialogButtonBox), which come last. Empty when nowhere.
inline QString tabOrderProblem(QWidget *form, QWidget *first, QList<QWidget *> buttons = {})
{
    if (buttons.isEmpty()) {
        for (QDialogButtonBox *box : form->findChildren<QDialogButtonBox *>()) {
            for (QAbstractButton *button : box->buttons())
                buttons.append(button);
        }
    }
    const QList<QWidget *> stops = tabStops(form, first);
    const auto where = [form](QWidget *widget) { return QRect(widget->mapTo(form, QPoint(0, 0)), widget->size()); };
    const auto name = [](QWidget *widget) {
        const QString text = widget->property("text").toString();
        return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), text);
    };
    QStringList names;
    for (QWidget *stop : stops)
        names.append(name(stop));
    const QString chain = names.join(QStringLiteral(", "));
    bool buttonsReached = false;
    for (qsizetype i = 0; i < stops.size(); ++i) {
        if (buttons.contains(stops.at(i))) {
            buttonsReached = true;
            continue;
        }
        if (buttonsReached)
            return QStringLiteral("%1 after the buttons: %2").arg(name(stops.at(i)), chain);
        if (i == 0)
            continue;
        const QRect before = where(stops.at(i - 1));
        const QRect now = where(stops.at(i));
        const bool sameColumn = now.left() < before.right() && before.left() < now.right();
        if (sameColumn && now.top() < before.top() - 2)
            return QStringLiteral("%1 above %2, after it: %3").arg(name(stops.at(i)), name(stops.at(i - 1)), chain);
    }
    if (!buttonsReached)
        return QStringLiteral("Tab never reaches the buttons: %1").arg(chain);
    return {};
}

} // namespace linli::test
