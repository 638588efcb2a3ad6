#include "sheetimportdialog.h"

#include "filechooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr int problemsShown = 1000;

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

SheetImportDialog::SheetImportDialog(const DatabaseLocation &location, const Actor &actor, const Sheet &sheet,
                                     QWidget *parent)
    : QDialog(parent)
    , m_sheet(sheet)
    , m_job(new SheetImportJob(location, actor, sheet.factory, this))
    , m_path(new QLineEdit(this))
    , m_fileInfo(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(this))
    , m_skipInvalid(new QCheckBox(tr("Import the valid rows and leave out the invalid ones"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(m_sheet.title);
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("A CSV file saved from Excel or WPS (UTF-8 or GBK)"));
    auto *browse = new QPushButton(tr("&Choose file…"), this);
    connect(browse, &QPushButton::clicked, this, &SheetImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_fileInfo->setTextFormat(Qt::PlainText);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 10);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setMinimumHeight(220);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_problems->setColumnCount(4);
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setColumnWidth(0, 60);
    m_problems->setColumnWidth(1, 110);
    m_problems->setColumnWidth(2, 180);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->hide();
    connect(m_skipInvalid, &QCheckBox::toggled, this, &SheetImportDialog::updateImportButton);
    m_skipInvalid->hide();

    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(this);
    m_saveReport = buttons->addButton(tr("Save &error report…"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_saveReport->setEnabled(false);
    m_import->setEnabled(false);
    connect(m_saveReport, &QPushButton::clicked, this, &SheetImportDialog::saveReport);
    connect(m_import, &QPushButton::clicked, this, &SheetImportDialog::startImport);
    // While the job works, the same button cancels it.
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_busy)
            m_job->cancel();
        else
            m_imported > 0 ? accept() : reject();
    });

    connect(m_job, &SheetImportJob::loaded, this, &SheetImportDialog::showPreview);
    connect(m_job, &SheetImportJob::checked, this, &SheetImportDialog::showSummary);
    connect(m_job, &SheetImportJob::written, this, &SheetImportDialog::finishImport);
    connect(m_job, &SheetImportJob::failed, this, &SheetImportDialog::showFailure);
    connect(m_job, &SheetImportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_skipInvalid);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(buttons);
    resize(980, 680);
}

void SheetImportDialog::chooseFile()
{
    const QString path = FileChooser::openFile(this, m_sheet.title,
                                               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void SheetImportDialog::openFile(const QString &path)
{
    m_path->setText(path);
    m_checked = false;
    m_imported = 0;
    m_preview->clear();
    m_problems->hide();
    m_skipInvalid->hide();
    m_summary->clear();
    setBusy(true, tr("Reading the file…"));
    m_job->load(path);
}

void SheetImportDialog::showPreview(const SheetImportJob::Preview &preview)
{
    m_fileInfo->setText(tr("%L1 rows · encoding: %2 · the first row names the columns; choose what each holds.")
                                .arg(preview.rowCount)
                                .arg(preview.encoding));
    m_preview->setColumnCount(int(preview.header.size()));
    m_preview->setRowCount(int(preview.rows.size()) + 1);
    m_preview->setHorizontalHeaderLabels(preview.header);
    QStringList rowLabels{tr("Import as")};
    for (int row = 0; row < preview.rows.size(); ++row)
        rowLabels.append(QString::number(row + 2));
    m_preview->setVerticalHeaderLabels(rowLabels);
    for (int column = 0; column < preview.header.size(); ++column) {
        auto *choice = new QComboBox(m_preview);
        choice->addItem(tr("(not imported)"), -1);
        for (int field = 0; field < preview.columnLabels.size(); ++field)
            choice->addItem(preview.columnLabels.at(field), field);
        choice->setCurrentIndex(qMax(0, choice->findData(preview.columnChoices.value(column, -1))));
        connect(choice, &QComboBox::currentIndexChanged, this, &SheetImportDialog::mappingChanged);
        m_preview->setCellWidget(0, column, choice);
        for (int row = 0; row < preview.rows.size(); ++row)
            m_preview->setItem(row + 1, column, readOnlyItem(preview.rows.at(row).value(column)));
    }
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_preview->setColumnWidth(column, qBound(120, m_preview->columnWidth(column) + 12, 320));
    if (QWidget *first = m_preview->cellWidget(0, 0))
        m_preview->setRowHeight(0, first->sizeHint().height() + 4);
    startCheck();
}

QList<int> SheetImportDialog::currentChoices() const
{
    QList<int> choices;
    for (int column = 0; column < m_preview->columnCount(); ++column) {
        const auto *choice = qobject_cast<QComboBox *>(m_preview->cellWidget(0, column));
        choices.append(choice ? choice->currentData().toInt() : -1);
    }
    return choices;
}

void SheetImportDialog::mappingChanged()
{
    if (!m_busy)
        startCheck();
}

void SheetImportDialog::startCheck()
{
    m_checked = false;
    setBusy(true, tr("Checking every row…"));
    m_job->check(currentChoices());
}

void SheetImportDialog::showSummary(const SheetImportJob::Summary &summary)
{
    m_lastSummary = summary;
    m_checked = true;
    const qint64 invalid = summary.rowCount - summary.validRowCount;
    QString text = invalid == 0 ? tr("All %L1 rows can be imported.").arg(summary.rowCount)
                                : tr("%L1 of %L2 rows cannot be imported as they are (%L3 problems, listed below). "
                                     "Correct them in the sheet and choose the file again, or import only the "
                                     "valid rows.")
                                          .arg(invalid)
                                          .arg(summary.rowCount)
                                          .arg(summary.problems.size());
    for (const QString &note : summary.notes)
        text += u' ' + note;
    m_summary->setText(text);
    m_problems->setVisible(!summary.problems.isEmpty());
    m_skipInvalid->setVisible(invalid > 0 && summary.validRowCount > 0);
    m_problems->setRowCount(int(qMin<qsizetype>(summary.problems.size(), problemsShown)));
    for (int row = 0; row < m_problems->rowCount(); ++row) {
        const ImportProblem &problem = summary.problems.at(row);
        m_problems->setItem(row, 0, readOnlyItem(problem.row > 0 ? QString::number(problem.row) : QString()));
        m_problems->setItem(row, 1, readOnlyItem(problem.column));
        m_problems->setItem(row, 2, readOnlyItem(problem.value));
        m_problems->setItem(row, 3, readOnlyItem(problem.reason));
        m_problems->item(row, 3)->setToolTip(problem.reason);
    }
    m_saveReport->setEnabled(!summary.problems.isEmpty());
    setBusy(false, tr("Checked."));
    emit stepFinished();
}

void SheetImportDialog::startImport()
{
    setBusy(true, tr("Importing…"));
    m_job->write(m_skipInvalid->isVisible() && m_skipInvalid->isChecked());
}

void SheetImportDialog::finishImport(qint64 count)
{
    m_imported = count;
    m_checked = false;
    setBusy(false, m_sheet.imported(count));
    m_summary->setText(m_sheet.imported(count));
    emit stepFinished();
}

void SheetImportDialog::showFailure(const QString &message)
{
    setBusy(false, message);
    m_summary->setText(message);
    emit stepFinished();
}

void SheetImportDialog::saveReport()
{
    const QString path
            = FileChooser::saveFile(this, tr("Save error report"),
                                    m_path->text().section(u'.', 0, -2) + tr("-problems.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !ImportProblem::writeReport(m_lastSummary.problems, &file)
        || !file.commit())
        QMessageBox::warning(this, windowTitle(), tr("The report could not be saved: %1").arg(file.errorString()));
}

void SheetImportDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_status->setText(status);
    if (busy) {
        m_progress->setRange(0, 0); // until the first figures arrive
    } else if (m_progress->maximum() == 0) {
        m_progress->setRange(0, 1);
        m_progress->setValue(m_checked || m_imported > 0 ? 1 : 0);
    }
    m_close->setText(busy ? tr("Cancel") : tr("Close"));
    m_preview->setEnabled(!busy);
    updateImportButton();
}

void SheetImportDialog::updateImportButton()
{
    const qint64 invalid = m_lastSummary.rowCount - m_lastSummary.validRowCount;
    const bool allowed = invalid == 0 || m_skipInvalid->isChecked();
    m_import->setEnabled(!m_busy && m_checked && m_lastSummary.validRowCount > 0 && allowed);
}

} // namespace linli
