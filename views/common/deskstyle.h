#pragma once

#include <QProxyStyle>

namespace linli {

// The window's look: the platform's style, with the keyboard focus on a button or a check box drawn
// as a tinted frame, to see at a glance. A clerk going through a form with Tab must know what
// Space or Enter will press; the style's own hairline of focus is easy to miss.
class DeskStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // Puts the style on the application, once its palette is known.
    static void install();

private:
    static void drawFocusFrame(const QStyleOption *option, QPainter *painter, qreal radius);
};

} // namespace linli
