#include "pageddocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;
using namespace linli;

// Page breaks a reader expects on paper: headings stay with what they head, short tables and
// table rows are not cut. Each case is laid out with a growing lead-in so that the page's foot
// falls at every place in turn.
class TstPagedDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aHeadingNeverEndsAPage();
    void aRowOfChineseAndLatinIsNeverCut();
    void aShortTableMovesWhole();
    void pagesAreNumbered();

private:
    static QString leadIn(int paragraphs);
    static QString table(int rows);
    static QTextTable *tableAfter(QTextDocument &document, int index);
    static int pageOf(QTextDocument &document, const QTextBlock &block);
    static int bottomPageOf(QTextDocument &document, const QTextBlock &block);

    QTemporaryDir *m_dir = nullptr;
    QPdfWriter *m_writer = nullptr;
};

void TstPagedDocument::init()
{
    m_dir = new QTemporaryDir;
    m_writer = new QPdfWriter(m_dir->filePath(u"out.pdf"_s));
    m_writer->setResolution(300);
    m_writer->setPageSize(QPageSize(QPageSize::A4));
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

void TstPagedDocument::cleanup()
{
    delete m_writer;
    delete m_dir;
}

QString TstPagedDocument::leadIn(int paragraphs)
{
    QString html;
    for (int i = 0; i < paragraphs; ++i)
        html += u"<p>Paragraph %1 of the lead-in.</p>"_s.arg(i);
    return html;
}

// Names in Chinese beside Latin text (the Chinese line is the taller one), in collapsed borders as
// the printed tables have.
QString TstPagedDocument::table(int rows)
{
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\" "
                   "style=\"border-collapse: collapse\"><thead><tr>"
                   "<th>Received</th><th>Resident</th><th>Service</th><th>Handler</th><th>Due</th></tr></thead>"_s;
    for (int i = 0; i < rows; ++i)
        html += u"<tr><td>2026-10-%1</td><td>王家祥</td><td>Hazard / incident report</td><td>张红琳</td>"
                "<td>2026-11-%1</td></tr>"_s.arg(i % 28 + 1);
    return html + u"</table>"_s;
}

QTextTable *TstPagedDocument::tableAfter(QTextDocument &document, int index)
{
    return qobject_cast<QTextTable *>(document.rootFrame()->childFrames().value(index));
}

int TstPagedDocument::pageOf(QTextDocument &document, const QTextBlock &block)
{
    return PagedDocument::pageAt(document, document.documentLayout()->blockBoundingRect(block).top());
}

int TstPagedDocument::bottomPageOf(QTextDocument &document, const QTextBlock &block)
{
    return PagedDocument::pageAt(document, document.documentLayout()->blockBoundingRect(block).bottom() - 1);
}

void TstPagedDocument::aHeadingNeverEndsAPage()
{
    int moved = 0;
    for (int lead = 20; lead < 60; ++lead) {
        QTextDocument document;
        document.setHtml(leadIn(lead) + u"<h3>Cases overdue</h3>"_s + table(3));
        PagedDocument::usePrintFont(document, 10);
        moved += PagedDocument::layOut(document, m_writer);

        QTextBlock heading = document.begin();
        while (heading.blockFormat().headingLevel() == 0)
            heading = heading.next();
        const QTextBlock firstRow = tableAfter(document, 0)->cellAt(1, 0).firstCursorPosition().block();
        QVERIFY2(pageOf(document, heading) == pageOf(document, firstRow), qPrintable(u"lead-in %1"_s.arg(lead)));
    }
    QVERIFY2(moved > 0, "the foot of a page never fell after the heading: the cases test nothing");
}

void TstPagedDocument::aRowOfChineseAndLatinIsNeverCut()
{
    // A lead-in one pixel taller each time: the page's foot falls at every height within a row.
    for (int lead = 0; lead < 40; ++lead) {
        QTextDocument document;
        document.setHtml(u"<p style=\"margin-bottom: %1px\">Lead-in</p>"_s.arg(lead) + table(90));
        PagedDocument::usePrintFont(document, 10);
        PagedDocument::layOut(document, m_writer);
        QTextTable *rows = tableAfter(document, 0);
        QVERIFY(document.pageCount() >= 2);
        for (int row = 1; row < rows->rows(); ++row) {
            const int page = pageOf(document, rows->cellAt(row, 0).firstCursorPosition().block());
            for (int column = 0; column < rows->columns(); ++column) {
                const QTextBlock cell = rows->cellAt(row, column).firstCursorPosition().block();
                QVERIFY2(pageOf(document, cell) == page && bottomPageOf(document, cell) == page,
                         qPrintable(u"lead-in %1, row %2, column %3"_s.arg(lead).arg(row).arg(column)));
            }
        }
    }
}

void TstPagedDocument::aShortTableMovesWhole()
{
    int moved = 0;
    for (int lead = 20; lead < 60; ++lead) {
        QTextDocument document;
        document.setHtml(leadIn(lead) + u"<p>Prepared by:</p>"_s + table(4));
        PagedDocument::usePrintFont(document, 10);
        moved += PagedDocument::layOut(document, m_writer);
        const QRectF rect = document.documentLayout()->frameBoundingRect(tableAfter(document, 0));
        QCOMPARE(PagedDocument::pageAt(document, rect.top()), PagedDocument::pageAt(document, rect.bottom() - 1));
    }
    QVERIFY(moved > 0);
}

void TstPagedDocument::pagesAreNumbered()
{
    QTextDocument document;
    document.setHtml(leadIn(150));
    PagedDocument::usePrintFont(document, 10);
    PagedDocument::print(document, m_writer);
    const int pages = document.pageCount();
    QVERIFY(pages >= 3);
    delete m_writer;
    m_writer = nullptr;

    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, m_dir->filePath(u"out.pdf"_s), u"-"_s});
    QVERIFY(text.waitForFinished());
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(all.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(u"page %1"_s.arg(page)));
    QVERIFY(all.contains(u"Paragraph 149 of the lead-in."_s));
}

QTEST_MAIN(TstPagedDocument)
#include "tst_pageddocument.moc"
