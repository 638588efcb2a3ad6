#pragma once

#include "shownreload.h"

#include <QList>
#include <QString>

class QLabel;
class QTableView;
class QWidget;

namespace linli {

// What the pages listing records (residents, services) share: a heading, and a table view set up
// for a model that pages through a big table.
namespace RecordList {

QLabel *createHeading(const QString &text, QWidget *parent);
// Whole rows selected one at a time, alternating colours, and fixed row heights, which let the view
// place millions of rows without measuring them; columns as wide as the given numbers of digits;
// back at the top whenever the model starts again. (The view's model is set already.)
void setUp(QTableView *view, const QList<int> &columnWidthsInDigits);

// The view's paged model reads its first page once the view is shown (its page of the window
// opened): the window's start does not wait for lists nobody looks at yet.
template<typename PagedModel> void readWhenShown(QWidget *view, PagedModel *model)
{
    model->hold();
    (new ShownReload(view, [model] { model->release(); }))->request();
}

} // namespace RecordList

} // namespace linli
