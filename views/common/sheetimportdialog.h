#pragma once

#include "actor.h"
#include "databaselocation.h"
#include "sheetimportjob.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace linli {

// Imports a sheet from the window, residents or services: the clerk picks a file, sees its first
// rows, the encoding found and which column goes where (and can change it), then the check's
// findings row by row, and imports all rows (or the valid ones) with a progress bar and a cancel
// button. The work runs on a worker thread; the window stays responsive.
class SheetImportDialog : public QDialog
{
    Q_OBJECT

public:
    // What is imported, in the words of the page that offers it.
    struct Sheet
    {
        QString title;                           // "Import residents"
        std::function<QString(qint64)> imported; // "Imported 1,204 residents."
        SheetImportJob::Factory factory;
    };

    SheetImportDialog(const DatabaseLocation &location, const Actor &actor, const Sheet &sheet,
                      QWidget *parent = nullptr);

    void openFile(const QString &path);
    qint64 importedCount() const { return m_imported; }

    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *problemTable() const { return m_problems; }
    QLabel *summaryLabel() const { return m_summary; }
    QCheckBox *skipInvalidBox() const { return m_skipInvalid; }
    QPushButton *importButton() const { return m_import; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    // A step of the job ended (loaded, checked, written or failed): for tests and the list.
    void stepFinished();

private:
    void chooseFile();
    void showPreview(const SheetImportJob::Preview &preview);
    void mappingChanged();
    void startCheck();
    void showSummary(const SheetImportJob::Summary &summary);
    void startImport();
    void finishImport(qint64 count);
    void showFailure(const QString &message);
    void saveReport();
    void setBusy(bool busy, const QString &status = {});
    void updateImportButton();
    // Per column of the file: its place among the sheet's columns, -1 for none.
    QList<int> currentChoices() const;

    Sheet m_sheet;
    SheetImportJob *m_job = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_fileInfo = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveReport = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
    SheetImportJob::Summary m_lastSummary;
    bool m_checked = false;
    bool m_busy = false;
    qint64 m_imported = 0;
};

} // namespace linli
