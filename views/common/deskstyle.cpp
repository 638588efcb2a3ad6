#include "deskstyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOption>

namespace linli {

void DeskStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                            const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // Buttons and check boxes: drawn over the bevel, once the label is on it.
    const bool focused = option->state.testFlag(State_HasFocus) && option->state.testFlag(State_KeyboardFocusChange);
    if (element == CE_PushButtonBevel && focused && option->state.testFlag(State_Enabled))
        drawFocusFrame(option, painter, 3);
}

void DeskStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                              const QWidget *widget) const
{
    // The focus rectangle around a check box's or a radio button's label.
    if (element == PE_FrameFocusRect && widget && widget->inherits("QAbstractButton")) {
        drawFocusFrame(option, painter, 2);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void DeskStyle::drawFocusFrame(const QStyleOption *option, QPainter *painter, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // A frame in the highlight colour, and a tint of it over the whole button: seen at a glance.
    QColor highlight = option->palette.color(QPalette::Highlight);
    painter->setPen(QPen(highlight, 2));
    highlight.setAlpha(48);
    painter->setBrush(highlight);
    painter->drawRoundedRect(QRectF(option->rect).adjusted(1.5, 1.5, -1.5, -1.5), radius, radius);
    painter->restore();
}

void DeskStyle::install()
{
    QApplication::setStyle(new DeskStyle);
}

} // namespace linli
