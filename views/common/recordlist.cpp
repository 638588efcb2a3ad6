#include "recordlist.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace linli::RecordList {

QLabel *createHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

void setUp(QTableView *view, const QList<int> &columnWidthsInDigits)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    const int digit = view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (int column = 0; column < columnWidthsInDigits.size(); ++column)
        header->resizeSection(column, columnWidthsInDigits.at(column) * digit + 16);
    // A list that starts again (another order, search or filter) shows its top. The view alone would
    // keep the scroll position, clamped to the new rows: their end, where it fetches the next page.
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, &QAbstractItemView::scrollToTop);
}

} // namespace linli::RecordList
