#include "daysheetprinter.h"

#include "actor.h"
#include "filechooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

DaySheetPrinter::DaySheetPrinter(const Session &session, qint64 staffId, const QString &who, QDate day, QWidget *parent)
    : QDialog(parent)
    , m_sheet(session.connection(), staffId, day)
    , m_day(day)
{
    setWindowTitle(tr("Day sheet"));
    auto *about = new QLabel(tr("%1, %2: %3 visits to print, by time of day.")
                                     .arg(who, QLocale().toString(day, QLocale::LongFormat))
                                     .arg(m_sheet.visitCount()),
                             this);
    about->setWordWrap(true);
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_fullContacts = new QCheckBox(tr("Whole phone numbers and rooms on every visit"), this);
    m_fullContacts->setToolTip(tr("Your own visits always carry them: you go to the door and call ahead"));
    m_message = new OutcomeLabel(this);
    m_message->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("A4 page:"), m_orientation);
    form->addRow(QString(), m_fullContacts);
    if (!session.actor().may(Permission::ReportWithIdentifiers)) {
        m_fullContacts->setEnabled(false);
        m_fullContacts->setToolTip(AccessPolicy::refusal(Permission::ReportWithIdentifiers) + u'\n'
                                   + tr("Your own visits always carry them: you go to the door and call ahead"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Preview and print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, &DaySheetPrinter::showPrintPreview);
    connect(pdf, &QPushButton::clicked, this, qOverload<>(&DaySheetPrinter::saveAsPdf));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

DaySheet::Options DaySheetPrinter::options() const
{
    DaySheet::Options options;
    options.fullContacts = m_fullContacts->isChecked();
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    return options;
}

void DaySheetPrinter::showPrintPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(options().orientation);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Day sheet"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *device) {
        DaySheet::Options chosen = options();
        chosen.orientation = device->pageLayout().orientation(); // as turned in the preview
        m_sheet.print(device, chosen);
    });
    dialog.resize(900, 700);
    // Accepted once sent to the printer; a preview only is no print.
    if (dialog.exec() == QDialog::Accepted)
        m_sheet.recordPrinted(options());
}

bool DaySheetPrinter::saveAsPdf()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(tr("day-sheet-%1.pdf").arg(m_day.toString(Qt::ISODate)));
    const QString path = FileChooser::saveFile(this, tr("Save the day sheet"), suggested, tr("PDF (*.pdf)"));
    return !path.isEmpty() && saveAsPdf(path);
}

bool DaySheetPrinter::saveAsPdf(const QString &path)
{
    QString error;
    const bool written = m_sheet.writePdf(path, options(), &error);
    m_message->say(written, tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), error);
    return written;
}

} // namespace linli
