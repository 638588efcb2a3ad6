#pragma once

#include <QCoreApplication>

class QPagedPaintDevice;
class QTextDocument;

namespace linli {

// Prints a rich-text document (a report, a day sheet) on a printer's or a PDF's pages with the
// breaks a reader expects: a heading never ends a page without what it heads, a short table is
// never cut in two, table headers repeat on every page (Qt's <thead>), rows are never split (Qt
// moves a row that does not fit). Margins of 2 cm, "Page n of N" at the foot of every page.
class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)

public:
    // The document's font at `pointSize`, and every line at least as tall as a line of Chinese in
    // it: Qt moves a table row that does not fit to the next page only when all its cells' lines
    // cross the page's foot together, and a Chinese name is taller than the Latin text beside it.
    // Call once the content is in.
    static void usePrintFont(QTextDocument &document, qreal pointSize);
    // Lays `document` out on the device's pages and moves headings and short tables that would
    // be cut to the next page. Returns how many were moved.
    static int layOut(QTextDocument &document, QPagedPaintDevice *device);
    // Lays the document out (as above) and paints every page.
    static void print(QTextDocument &document, QPagedPaintDevice *device);
    // The page (from 0) on which a laid-out document's block or position starts.
    static int pageAt(const QTextDocument &document, qreal y);
};

} // namespace linli
