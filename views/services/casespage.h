#pragma once

#include "session.h"
#include "servicefilter.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace linli {

class ChangeFollower;
class ServiceRecordTableModel;

// The follow-up cases still to be dealt with: the desk's own ("mine") or everyone's, by handler,
// due first so that the overdue ones lead; the handler list says how many each has open and
// overdue. Enter or a double-click opens a case to take its next step.
class CasesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CasesPage(const Session &session, QWidget *parent = nullptr);

    QComboBox *handlerFilter() const { return m_handler; }
    QComboBox *stateFilter() const { return m_state; }
    QTableView *view() const { return m_view; }
    ServiceRecordTableModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    // "Today" for overdue; tests fix it.
    void setReferenceDate(QDate date);

    ServiceFilter currentFilter() const;
    // Counts the cases again and reads the list from the top; done by itself when cases change.
    void reload();
    // Opens the case on this row to take a step; its row shows the result.
    void openCase(const QModelIndex &index);

private:
    QWidget *createFilterBar();
    void fillHandlers();
    void applyFilters();

    Session m_session;
    ServiceRecordTableModel *m_model = nullptr;
    QComboBox *m_handler = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QDate m_today = QDate::currentDate();
    ChangeFollower *m_follower = nullptr;
};

} // namespace linli
