#pragma once

#include "servicefilter.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QTableView;

namespace linli {

class ServiceRecordTableModel;

// The Services page: the log of services delivered, newest first, paging through the database as
// it scrolls, narrowed by period, category and the state of follow-up cases.
class ServicesPage : public QWidget
{
    Q_OBJECT

public:
    enum class Period { All, Today, LastSevenDays, ThisMonth, LastMonth, ThisYear };

    explicit ServicesPage(const QSqlDatabase &database, QWidget *parent = nullptr);

    QComboBox *periodFilter() const { return m_period; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *caseFilter() const { return m_case; }
    QTableView *view() const { return m_view; }
    ServiceRecordTableModel *model() const { return m_model; }
    // "Today" for the periods; tests fix it.
    void setReferenceDate(QDate date) { m_today = date; }

    ServiceFilter currentFilter() const;
    // Reads the list again from the top (after services were logged elsewhere).
    void reload();

private:
    QWidget *createFilterBar(const QSqlDatabase &database);
    void applyFilters();

    ServiceRecordTableModel *m_model = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_case = nullptr;
    QTableView *m_view = nullptr;
    QDate m_today = QDate::currentDate();
};

} // namespace linli
