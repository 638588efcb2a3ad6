#include "residentimportdialog.h"

#include "filechooser.h"
#include "residentsheet.h"

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

QString ResidentImportDialog::convertedIdsNote(const QList<int> &rows)
{
    QStringList numbers;
    for (qsizetype i = 0; i < qMin<qsizetype>(rows.size(), 10); ++i)
        numbers.append(QString::number(rows.at(i)));
    if (rows.size() > 10)
        numbers.append(u"…"_s);
    return tr("Old 15-digit ID numbers will be converted to 18 digits; check them against the ID cards (rows %1).")
            .arg(numbers.join(tr(", ")));
}

ResidentImportDialog::ResidentImportDialog(const DatabaseLocation &location, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_job(new ResidentImportJob(location, actor, this))
    , m_path(new QLineEdit(this))
    , m_fileInfo(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(this))
    , m_skipInvalid(new QCheckBox(tr("Import the valid rows and leave out the invalid ones"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Import residents"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("A CSV file saved from Excel or WPS (UTF-8 or GBK)"));
    auto *browse = new QPushButton(tr("&Choose file…"), this);
    connect(browse, &QPushButton::clicked, this, &ResidentImportDialog::chooseFile);
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
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ResidentImportDialog::updateImportButton);
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
    connect(m_saveReport, &QPushButton::clicked, this, &ResidentImportDialog::saveReport);
    connect(m_import, &QPushButton::clicked, this, &ResidentImportDialog::startImport);
    // While the job works, the same button cancels it.
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_busy)
            m_job->cancel();
        else
            m_imported > 0 ? accept() : reject();
    });

    connect(m_job, &ResidentImportJob::loaded, this, &ResidentImportDialog::showPreview);
    connect(m_job, &ResidentImportJob::checked, this, &ResidentImportDialog::showSummary);
    connect(m_job, &ResidentImportJob::written, this, &ResidentImportDialog::finishImport);
    connect(m_job, &ResidentImportJob::failed, this, &ResidentImportDialog::showFailure);
    connect(m_job, &ResidentImportJob::progress, this, [this](qint64 done, qint64 total) {
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

void ResidentImportDialog::chooseFile()
{
    const QString path = FileChooser::openFile(this, tr("Import residents"),
                                               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ResidentImportDialog::openFile(const QString &path)
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

void ResidentImportDialog::showPreview(const ResidentImportJob::Preview &preview)
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
        for (const ResidentSheet::Column field : ResidentSheet::columns())
            choice->addItem(ResidentSheet::label(field), int(field));
        const std::optional<ResidentSheet::Column> mapped = preview.mapping.value(column);
        choice->setCurrentIndex(mapped ? choice->findData(int(*mapped)) : 0);
        connect(choice, &QComboBox::currentIndexChanged, this, &ResidentImportDialog::mappingChanged);
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

ResidentImport::Mapping ResidentImportDialog::currentMapping() const
{
    ResidentImport::Mapping mapping;
    for (int column = 0; column < m_preview->columnCount(); ++column) {
        const auto *choice = qobject_cast<QComboBox *>(m_preview->cellWidget(0, column));
        const int field = choice ? choice->currentData().toInt() : -1;
        mapping.append(field < 0 ? std::nullopt : std::optional(ResidentSheet::Column(field)));
    }
    return mapping;
}

void ResidentImportDialog::mappingChanged()
{
    if (!m_busy)
        startCheck();
}

void ResidentImportDialog::startCheck()
{
    m_checked = false;
    setBusy(true, tr("Checking every row…"));
    m_job->check(currentMapping());
}

void ResidentImportDialog::showSummary(const ResidentImportJob::Summary &summary)
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
    if (!summary.newGrids.isEmpty())
        text += u' ' + tr("New grids will be created: %1.").arg(summary.newGrids.join(tr(", ")));
    if (!summary.convertedIdRows.isEmpty())
        text += u' ' + convertedIdsNote(summary.convertedIdRows);
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

void ResidentImportDialog::startImport()
{
    setBusy(true, tr("Importing…"));
    m_job->write(m_skipInvalid->isVisible() && m_skipInvalid->isChecked());
}

void ResidentImportDialog::finishImport(qint64 count)
{
    m_imported = count;
    m_checked = false;
    setBusy(false, tr("Imported %L1 residents.").arg(count));
    m_summary->setText(tr("Imported %L1 residents.").arg(count));
    emit stepFinished();
}

void ResidentImportDialog::showFailure(const QString &message)
{
    setBusy(false, message);
    m_summary->setText(message);
    emit stepFinished();
}

void ResidentImportDialog::saveReport()
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

void ResidentImportDialog::setBusy(bool busy, const QString &status)
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

void ResidentImportDialog::updateImportButton()
{
    const qint64 invalid = m_lastSummary.rowCount - m_lastSummary.validRowCount;
    const bool allowed = invalid == 0 || m_skipInvalid->isChecked();
    m_import->setEnabled(!m_busy && m_checked && m_lastSummary.validRowCount > 0 && allowed);
}

} // namespace linli
