#pragma once

#include <QRect>

class QWidget;

namespace linli {

// Keeps a window whole on a screen: a size and place remembered from a larger screen, or from a
// screen no longer attached, are brought back onto the one the desk has now.
namespace ScreenFit {

// `window` no larger than `available`, moved the least that puts it wholly inside.
QRect inside(const QRect &window, const QRect &available);
// Fits the top-level `widget`, its frame included, on the screen that holds its centre, or on the
// primary screen. Done before it is shown and again once it is (when the frame is known).
void apply(QWidget *widget);

} // namespace ScreenFit

} // namespace linli
