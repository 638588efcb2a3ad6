#include "deskstyle.h"

#include <QApplication>
#include <QImage>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace linli;

// The keyboard focus on a button is drawn so that it can be seen at a glance.
class TstDeskStyle : public QObject
{
    Q_OBJECT

private slots:
    void aFocusedButtonIsFramedInTheHighlight();

private:
    // Pixels of the highlight colour on a button, focused from the keyboard or not.
    static int highlightPixels(QStyle *style, bool focused);
};

int TstDeskStyle::highlightPixels(QStyle *style, bool focused)
{
    QWidget window;
    window.setStyle(style);
    auto *layout = new QVBoxLayout(&window);
    auto *other = new QPushButton(u"Cancel"_s, &window);
    auto *button = new QPushButton(u"Save"_s, &window);
    for (QPushButton *each : {other, button}) {
        each->setStyle(style);
        layout->addWidget(each);
    }
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return -1;
    other->setFocus();
    if (focused)
        QTest::keyClick(other, Qt::Key_Tab); // as a clerk goes through a form
    const QImage image = button->grab().toImage();
    const QColor highlight = button->palette().color(QPalette::Highlight);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - highlight.red()) + qAbs(pixel.green() - highlight.green())
                        + qAbs(pixel.blue() - highlight.blue())
                < 40)
                ++count;
        }
    }
    return count;
}

void TstDeskStyle::aFocusedButtonIsFramedInTheHighlight()
{
    DeskStyle desk(QStyleFactory::create(u"Fusion"_s));
    const int unfocused = highlightPixels(&desk, false);
    const int focused = highlightPixels(&desk, true);
    // At least a two-pixel frame around the whole button.
    QPushButton sample(u"Save"_s);
    const QSize size = sample.sizeHint();
    QVERIFY2(focused - unfocused >= 2 * (size.width() + size.height()),
             qPrintable(u"%1 highlight pixels focused, %2 not"_s.arg(focused).arg(unfocused)));
}

QTEST_MAIN(TstDeskStyle)
#include "tst_deskstyle.moc"
