#pragma once

#include "session.h"
#include "databaselocation.h"
#include "residentfilter.h"
#include "sheetimportdialog.h"
#include "residentsearchrunner.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTableView;
class QTimer;

namespace linli {

class ChangeFollower;
class ResidentTableModel;

// The Residents page: one search box, filters (tags, grid, age, status) and the registry as a list that pages through
// the database as it scrolls, sorted by the database when a sortable column header is clicked. The search runs a moment
// after the clerk stops typing, on a worker thread: first the first page, then the exact count.
class ResidentsPage : public QWidget
{
    Q_OBJECT

public:
    ResidentsPage(const Session &session, QWidget *parent = nullptr);

    // How long the search waits after the last keystroke.
    static constexpr int searchDelayMs = 250;

    QLineEdit *searchBox() const { return m_search; }
    QList<QToolButton *> tagButtons() const { return m_tagButtons; }
    QComboBox *ageFilter() const { return m_ageFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *gridFilter() const { return m_gridFilter; }
    QTableView *view() const { return m_view; }
    QPushButton *newResidentButton() const { return m_newResident; }
    QPushButton *importButton() const { return m_importResidents; }
    // Opens the registration form; the list then shows whom it saved.
    void registerResident();
    void importResidents();
    // The residents sheet, as the import dialog shows it.
    static SheetImportDialog::Sheet importedSheet();
    // Merges the two chosen rows (one person registered twice), after asking which stays.
    void mergeChosenResidents();
    QList<qint64> chosenResidents() const;
    // Opens the form on a resident of the list; their row follows the saved change.
    void editResident(const QModelIndex &index);
    QString countText() const;
    // The resident of the list's current row; 0 when none.
    qint64 currentResidentId() const;
    ResidentTableModel *model() const { return m_model; }
    // The registry's size, as counted off the UI thread.
    void setResidentCount(qint64 count);

private:
    void keepSortIndicatorOnSortableColumns(int column, Qt::SortOrder order);
    void showContextMenu(const QPoint &position);
    QWidget *createFilterBar();
    ResidentFilter currentFilter() const;
    void runSearch();
    void applyFilters();
    void showMatches(const QString &searchText, qint64 count);
    void showFirstPage(const ResidentSearchRunner::Request &request, const QList<ResidentRow> &rows);
    void showResident(const QString &searchText);

    ResidentTableModel *m_model = nullptr;
    ResidentSearchRunner *m_runner = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QList<QToolButton *> m_tagButtons;
    QComboBox *m_ageFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_gridFilter = nullptr;
    qint64 m_residentCount = -1;
    QTableView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_newResident = nullptr;
    bool m_selectFirstRow = false; // once the search for a resident just saved arrives
    QPushButton *m_importResidents = nullptr;
    Session m_session;
    ChangeFollower *m_follower = nullptr;
};

} // namespace linli
