#pragma once

#include "residentpicker.h"
#include "servicecatalogue.h"
#include "session.h"
#include "servicefilter.h"
#include "sheetimportdialog.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QCompleter;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableView;

namespace linli {

class ServiceRecordTableModel;

// The Services page: the log of services delivered, newest first, paging through the database as
// it scrolls, narrowed by period, category and type, handler, grid, the state of follow-up cases,
// and one resident found with the registry's search (on a worker thread, as the clerk types).
class ServicesPage : public QWidget
{
    Q_OBJECT

public:
    enum class Period { All, Today, LastSevenDays, ThisMonth, LastMonth, ThisYear, Between };

    ServicesPage(const Session &session, QWidget *parent = nullptr);

    QComboBox *periodFilter() const { return m_period; }
    // The first and last day of Period::Between.
    QDateEdit *fromBox() const { return m_from; }
    QDateEdit *toBox() const { return m_to; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *handlerFilter() const { return m_handler; }
    QComboBox *gridFilter() const { return m_grid; }
    QComboBox *caseFilter() const { return m_case; }
    QLineEdit *residentBox() const { return m_resident; }
    QCompleter *residentCompleter() const { return m_resident->completer(); }
    // Shows this resident's services (0: everyone's), as if found in the resident box.
    void showResident(qint64 residentId, const QString &name);
    QTableView *view() const { return m_view; }
    ServiceRecordTableModel *model() const { return m_model; }
    // "Today" for the periods; tests fix it.
    void setReferenceDate(QDate date) { m_today = date; }

    ServiceFilter currentFilter() const;
    // The record at `index` in its dialog, to read, correct or void.
    void openRecord(const QModelIndex &index);
    // Reads the list again from the top; done by itself when records change.
    void reload();
    // Offers the types of the catalogue as it is now; done by itself when the catalogue changes.
    void readCatalogue();
    QPushButton *importButton() const { return m_import; }
    // Imports a sheet of services delivered (a manager's); the list follows what it wrote.
    void importServices();
    // The services sheet, as the import dialog shows it.
    static SheetImportDialog::Sheet importedSheet();

private:
    QWidget *createFilterBar(const QSqlDatabase &database);
    void fillTypes();
    void applyFilters();

    ServiceRecordTableModel *m_model = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_handler = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_case = nullptr;
    ResidentPicker *m_resident = nullptr;
    qint64 m_residentId = 0;
    Session m_session;
    QList<ServiceType> m_types;
    QTableView *m_view = nullptr;
    QPushButton *m_import = nullptr;
    QDate m_today = QDate::currentDate();
};

} // namespace linli
