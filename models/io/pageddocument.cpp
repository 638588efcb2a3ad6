#include "pageddocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// A table taking less than this share of a page is moved whole rather than cut.
constexpr qreal shortTableShare = 0.4;

qreal marginOn(const QPagedPaintDevice *device)
{
    return 2.0 / 2.54 * device->logicalDpiY();
}

bool isHeading(const QTextBlock &block)
{
    return block.isValid() && block.blockFormat().headingLevel() > 0;
}

QRectF frameRect(const QTextDocument &document, QTextFrame *frame)
{
    return document.documentLayout()->frameBoundingRect(frame);
}

QRectF blockRect(const QTextDocument &document, const QTextBlock &block)
{
    return document.documentLayout()->blockBoundingRect(block);
}

void breakBefore(const QTextBlock &block)
{
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).mergeBlockFormat(format);
}

void breakBefore(QTextTable *table)
{
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
}

// The first line a reader meets after a heading: for a table, its first row below the headers.
QTextBlock firstContentAfter(const QTextDocument &document, const QTextBlock &heading)
{
    QTextBlock next = heading.next();
    while (next.isValid() && next.text().trimmed().isEmpty()
           && document.frameAt(next.position()) == document.rootFrame())
        next = next.next();
    if (auto *table = qobject_cast<QTextTable *>(QTextCursor(next).currentFrame())) {
        const int row = std::min(table->format().headerRowCount(), table->rows() - 1);
        return table->cellAt(row, 0).firstCursorPosition().block();
    }
    return next;
}

} // namespace

void PagedDocument::usePrintFont(QTextDocument &document, qreal pointSize)
{
    QFont font = document.defaultFont();
    font.setPointSizeF(pointSize);
    document.setDefaultFont(font);
    QFont chinese = font;
    chinese.setFamilies({u"Noto Sans CJK SC"_s, u"WenQuanYi Micro Hei"_s});
    // In the units the layout scales to the device, like the font's own metrics.
    const qreal lineHeight = std::max(QFontMetricsF(chinese).height(), QFontMetricsF(font).height());
    QTextBlockFormat tall;
    tall.setLineHeight(lineHeight, QTextBlockFormat::MinimumHeight);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        QTextCursor(block).mergeBlockFormat(tall);
}

int PagedDocument::pageAt(const QTextDocument &document, qreal y)
{
    return int(y / document.pageSize().height());
}

int PagedDocument::layOut(QTextDocument &document, QPagedPaintDevice *device)
{
    // Page and margins in the device's pixels: the layout measures text for the device, not the screen.
    document.documentLayout()->setPaintDevice(device);
    document.setDocumentMargin(0);
    const qreal margin = marginOn(device);
    document.setPageSize(QSizeF(device->width() - 2 * margin, device->height() - 2 * margin));

    int moved = 0;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const QRectF rect = frameRect(document, table);
        const bool cut = pageAt(document, rect.top()) != pageAt(document, rect.bottom() - 1);
        if (!cut || rect.height() > shortTableShare * document.pageSize().height())
            continue;
        const QTextBlock before = document.findBlock(table->firstPosition() - 1);
        if (isHeading(before))
            breakBefore(before);
        else
            breakBefore(table);
        ++moved;
    }
    // Headings last: moving a table above may have moved them already.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!isHeading(block) || document.frameAt(block.position()) != document.rootFrame()
            || block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QTextBlock content = firstContentAfter(document, block);
        if (!content.isValid())
            continue;
        if (pageAt(document, blockRect(document, block).top())
            != pageAt(document, blockRect(document, content).bottom() - 1)) {
            breakBefore(block);
            ++moved;
        }
    }
    return moved;
}

void PagedDocument::print(QTextDocument &document, QPagedPaintDevice *device)
{
    layOut(document, device);
    QPainter painter(device);
    const QSizeF page = document.pageSize();
    const qreal margin = marginOn(device);
    const int pages = document.pageCount();
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(footerFont.pointSizeF() * 0.85);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device->newPage();
        painter.save();
        const QRectF view(0, index * page.height(), page.width(), page.height());
        painter.translate(margin, margin - view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        const QRectF foot(margin, margin + page.height() + margin / 4, page.width(), margin / 2);
        painter.drawText(foot, Qt::AlignCenter, tr("Page %1 of %2").arg(index + 1).arg(pages));
    }
}

} // namespace linli
