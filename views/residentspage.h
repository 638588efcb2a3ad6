#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTableView;

namespace linli {

class ResidentTableModel;

// The Residents page: the registry as a list that pages through the database as it scrolls,
// sorted by the database when a sortable column header is clicked.
class ResidentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResidentsPage(const QSqlDatabase &database, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ResidentTableModel *model() const { return m_model; }
    // The registry's size, as counted off the UI thread.
    void setResidentCount(qint64 count);

private:
    void keepSortIndicatorOnSortableColumns(int column, Qt::SortOrder order);

    ResidentTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace linli
