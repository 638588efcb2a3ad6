#include "reportspage.h"

#include "actor.h"
#include "centerscope.h"
#include "centerstore.h"
#include "changefollower.h"
#include "chartpanel.h"
#include "dashboardfigures.h"
#include "filechooser.h"
#include "gridstore.h"
#include "monthlyreport.h"
#include "monthlyreportdocument.h"
#include "monthseriesmodel.h"
#include "recordlist.h"
#include "servicecatalogue.h"
#include "shownreload.h"

#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTimer>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

QString rate(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value * 100.0, 'f', 1) + u'%' : ReportsPage::tr("none");
}

} // namespace

ReportsPage::ReportsPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_services(new MonthSeriesModel(this))
    , m_topTypes(new MonthSeriesModel(this))
    , m_visits(new MonthSeriesModel(this))
    , m_people(new MonthSeriesModel(this))
    , m_rates(new MonthSeriesModel(this))
    // Before the filters below are built: building them already asks for reads.
    , m_reader(new Worker(session.location(), Worker::Rule::LatestOnly, this))
    , m_reads(new ShownReload(this, [this] { read(); }))
    , m_pdfWriter(new Worker(session.location(), Worker::Rule::LatestOnly, this))
{
    m_keyFigures = new QLabel(this);
    m_keyFigures->setWordWrap(true);
    m_keyFigures->setTextFormat(Qt::RichText);
    m_keyFigures->setStyleSheet(u"QLabel { background: #f4f7fb; border: 1px solid #d5deea; padding: 8px; }"_s);
    m_charts = {new ChartPanel(tr("Services per month by category"), ChartPanel::Kind::StackedBars, m_services, this),
                new ChartPanel(tr("The month's ten most given services"), ChartPanel::Kind::HorizontalBars, m_topTypes,
                               this),
                new ChartPanel(tr("Visits planned and done"), ChartPanel::Kind::Bars, m_visits, this),
                new ChartPanel(tr("People served"), ChartPanel::Kind::Lines, m_people, this),
                new ChartPanel(tr("Case rates"), ChartPanel::Kind::Lines, m_rates, this)};
    // Services across two columns, the month's top ten beside; the three trends below.
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    grid->addWidget(m_charts.at(0), 0, 0, 1, 2);
    grid->addWidget(m_charts.at(1), 0, 2);
    for (int i = 2; i < m_charts.size(); ++i)
        grid->addWidget(m_charts.at(i), 1, i - 2);
    for (ChartPanel *chart : std::as_const(m_charts))
        chart->setMinimumSize(280, 220);
    m_charts.last()->setCeiling(100); // rates in percent
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(createFilters());
    // The month's printed report beside its key figures: the filter bar has no room left for it.
    auto *print = new QPushButton(tr("&Print the report…"), this);
    print->setToolTip(tr("The month's report on A4: key figures, categories, charts, overdue cases, signatures"));
    m_pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    connect(print, &QPushButton::clicked, this, &ReportsPage::printReport);
    connect(m_pdfButton, &QPushButton::clicked, this, qOverload<>(&ReportsPage::saveReportAsPdf));
    auto *reportButtons = new QVBoxLayout;
    reportButtons->addWidget(print);
    reportButtons->addWidget(m_pdfButton);
    reportButtons->addStretch(1);
    auto *figuresRow = new QHBoxLayout;
    figuresRow->addWidget(m_keyFigures, 1);
    figuresRow->addLayout(reportButtons);
    layout->addLayout(figuresRow);
    layout->addLayout(grid, 1);
    showMonth(QDate::currentDate());
    // Every figure counts residents, records, cases or visits, by category, grid and center.
    new ChangeFollower(this, session.changes(),
                       DataKind::Residents | DataKind::ServiceRecords | DataKind::Cases | DataKind::Visits
                               | DataKind::Catalogue | DataKind::Centers,
                       [this] { reload(); });
}

QWidget *ReportsPage::createFilters()
{
    auto *bar = new QWidget(this);
    m_month = new QDateEdit(bar);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    m_month->setCalendarPopup(true);
    m_period = new QComboBox(bar);
    for (const int months : {6, 12, 24, 36, 60})
        m_period->addItem(tr("%1 months up to it").arg(months), months);
    m_period->setCurrentIndex(m_period->findData(DashboardFigures::defaultMonths));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setToolTip(tr("How many months the charts show, ending with the month chosen"));
    // A district's account reads the whole district or one center, as that center's accounts do.
    m_center = new QComboBox(bar);
    m_center->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_center->addItem(tr("All centers"), 0);
    const QList<Center> centers = CenterStore(m_session.connection()).all();
    for (const Center &center : centers)
        m_center->addItem(center.name, center.id);
    m_centerLabel = new QLabel(tr("Center:"), bar);
    const bool choosesCenter = centers.size() > 1 && m_session.actor().centerId == 0;
    m_center->setVisible(choosesCenter);
    m_centerLabel->setVisible(choosesCenter);
    m_grid = new QComboBox(bar);
    m_grid->setMaxVisibleItems(20);
    m_grid->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillGrids();
    m_category = new QComboBox(bar);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->addItem(tr("All categories"), 0);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    qint64 lastCategory = 0;
    for (const ServiceType &type : ServiceCatalogue(m_session.connection()).types(true)) {
        if (type.categoryId != lastCategory)
            m_category->addItem(chinese ? type.categoryZh : type.categoryEn, type.categoryId);
        lastCategory = type.categoryId;
    }
    connect(m_month, &QDateEdit::dateChanged, this, &ReportsPage::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsPage::reload);
    connect(m_grid, &QComboBox::currentIndexChanged, this, &ReportsPage::reload);
    connect(m_center, &QComboBox::currentIndexChanged, this, [this] {
        fillGrids();
        reload();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, &ReportsPage::reload);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(RecordList::createHeading(tr("Reports"), bar));
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Month:"), bar));
    layout->addWidget(m_month);
    layout->addWidget(m_period);
    layout->addWidget(m_centerLabel);
    layout->addWidget(m_center);
    layout->addWidget(new QLabel(tr("Grid:"), bar));
    layout->addWidget(m_grid);
    layout->addWidget(new QLabel(tr("Category:"), bar));
    layout->addWidget(m_category);
    layout->addStretch(1);
    return bar;
}

void ReportsPage::fillGrids()
{
    const QSignalBlocker blocker(m_grid);
    const qint64 center = chosenCenter();
    m_grid->clear();
    m_grid->addItem(tr("All grids"), 0);
    for (const Grid &each : GridStore(m_session.connection()).all()) {
        if (center == 0 || each.centerId == center)
            m_grid->addItem(each.name, each.id);
    }
}

qint64 ReportsPage::chosenCenter() const
{
    return m_center->isVisibleTo(this) ? m_center->currentData().toLongLong() : 0;
}

void ReportsPage::showMonth(QDate month)
{
    const QSignalBlocker blocker(m_month);
    m_month->setDate(QDate(month.year(), month.month(), 1));
    reload();
}

void ReportsPage::reload()
{
    m_reads->request();
}

void ReportsPage::read()
{
    DashboardFigures::Scope scope;
    scope.month = m_month->date();
    scope.months = m_period->currentData().toInt();
    scope.gridId = m_grid->currentData().toLongLong();
    scope.categoryId = m_category->currentData().toLongLong();
    scope.chineseNames = QLocale().language() == QLocale::Chinese;
    m_reader->run(
            [this, scope, center = chosenCenter()](const Worker::Job &job) {
                const CenterView view(job.connection(), center);
                DashboardFigures figures(job.connection());
                const std::optional<DashboardFigures::Figures> read = figures.read(scope);
                if (!read) {
                    job.deliver([this, error = figures.lastError()] { showReadError(error); });
                    return;
                }
                QString error;
                const std::optional<MonthlyReport> report
                        = MonthlyReport::gather(job.connection(), scope.month, QDate::currentDate(), &error);
                job.deliver([this, figures = std::make_shared<const DashboardFigures::Figures>(*read),
                             month = scope.month, report, error] {
                    showKeyFigures(month, report, error);
                    showCharts(figures, 0, ++m_chartsReading);
                });
            },
            [this](const QString &message) { showReadError(message); });
}

void ReportsPage::showCharts(const std::shared_ptr<const DashboardFigures::Figures> &figures, int chart, int reading)
{
    if (reading != m_chartsReading)
        return;
    DashboardFigures::show(*figures, {m_services, m_topTypes, m_visits, m_people, m_rates}, chart);
    if (chart + 1 == DashboardFigures::chartCount) {
        emit figuresShown();
        return;
    }
    // A timer, not a posted event: the chart just given its figures is painted first.
    QTimer::singleShot(std::chrono::milliseconds(1), this,
                       [this, figures, chart, reading] { showCharts(figures, chart + 1, reading); });
}

void ReportsPage::showReadError(const QString &error)
{
    m_keyFigures->setText(tr("The figures could not be read: %1").arg(error.toHtmlEscaped()));
    emit figuresShown();
}

void ReportsPage::showKeyFigures(QDate month, const std::optional<MonthlyReport> &report, const QString &error)
{
    if (!report) {
        showReadError(error);
        return;
    }
    const QLocale locale;
    const MonthlyReport::KeyFigures &figures = report->figures;
    const QStringList parts
            = {tr("<b>%1</b> services").arg(locale.toString(figures.services)),
               tr("<b>%1</b> residents served (%2 aged 60 and over)")
                       .arg(locale.toString(figures.peopleServed), locale.toString(figures.aged60Served)),
               tr("<b>%1</b> of %2 visits done")
                       .arg(locale.toString(figures.visitsDone), locale.toString(figures.visitsPlanned)),
               tr("<b>%1</b> cases received, %2 closed")
                       .arg(locale.toString(figures.cases.received), locale.toString(figures.cases.closed)),
               tr("closure rate <b>%1</b>, on time <b>%2</b>, satisfaction <b>%3</b>")
                       .arg(rate(figures.cases.closureRate()), rate(figures.cases.onTimeRate()),
                            rate(figures.cases.satisfactionRate())),
               tr("<b>%1</b> cases overdue").arg(locale.toString(report->overdueCount))};
    QString text = u"<b>%1</b> · %2"_s.arg(locale.toString(month, tr("MMMM yyyy")), parts.join(u" · "_s));
    if (const std::optional<MonthlyReport::Revision> &revision = report->changedSincePrinted) {
        const QString printed = locale.toString(revision->printedAt, u"yyyy-MM-dd HH:mm"_s);
        const QString mends = revision->mends == 1
                ? tr("1 record of the month was corrected or voided since")
                : tr("%1 records of the month were corrected or voided since").arg(locale.toString(revision->mends));
        text += u"<br><span style=\"color: #b01c1c\">%1</span>"_s.arg(
                tr("Figures changed after the report of %1 was printed on %2: %3. Print it again to hand up the "
                   "figures as they are now.")
                        .arg(month.toString(u"yyyy-MM"_s), printed, mends)
                        .toHtmlEscaped());
    }
    m_keyFigures->setText(text);
}

void ReportsPage::printReport()
{
    const CenterView view(m_session.connection(), chosenCenter());
    const MonthlyReportDocument document(m_session.connection(), m_month->date());
    if (!document.isValid()) {
        QMessageBox::warning(this, tr("Reports"), tr("The figures could not be read: %1").arg(document.errorString()));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Monthly report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter *device) { document.print(device); });
    preview.resize(900, 760);
    // Accepted once sent to the printer; a preview only is no print.
    if (preview.exec() == QDialog::Accepted)
        document.recordPrinted();
}

void ReportsPage::saveReportAsPdf()
{
    const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .filePath(tr("monthly-report-%1.pdf").arg(m_month->date().toString(u"yyyy-MM"_s)));
    const QString path = FileChooser::saveFile(this, tr("Save the monthly report"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveReportAsPdf(path);
}

void ReportsPage::saveReportAsPdf(const QString &path)
{
    m_pdfButton->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    const QDate month = m_month->date();
    m_pdfWriter->run(
            [this, month, path, center = chosenCenter()](const Worker::Job &job) {
                const CenterView view(job.connection(), center);
                QString error;
                std::optional<MonthlyReportDocument::Content> content
                        = MonthlyReportDocument::read(job.connection(), month, QDate::currentDate(), &error);
                job.deliver([this, path, content = std::move(content), error] {
                    if (!content) {
                        finishPdf(path, false, tr("The figures could not be read: %1").arg(error));
                        return;
                    }
                    drawChartsThenWrite(std::make_shared<MonthlyReportDocument>(m_session.connection(), *content),
                                        path);
                });
            },
            [this, path](const QString &message) { finishPdf(path, false, message); });
}

void ReportsPage::drawChartsThenWrite(const std::shared_ptr<MonthlyReportDocument> &document, const QString &path)
{
    if (document->hasChartsToDraw()) {
        document->drawNextChartStep();
        // A timer, not a posted event: the window's own timers and input get their turn between
        // two steps (a chain of posted events would run them back to back).
        QTimer::singleShot(std::chrono::milliseconds(1), this,
                           [this, document, path] { drawChartsThenWrite(document, path); });
        return;
    }
    m_pdfWriter->run(
            [this, document, path](const Worker::Job &job) {
                QString error;
                const bool written = document->writePdf(path, &error);
                job.deliver([this, document, path, written, error] {
                    if (written)
                        document->recordPrinted();
                    finishPdf(path, written, error);
                });
            },
            [this, path](const QString &message) { finishPdf(path, false, message); });
}

void ReportsPage::finishPdf(const QString &path, bool saved, const QString &error)
{
    QGuiApplication::restoreOverrideCursor();
    m_pdfButton->setEnabled(true);
    if (!saved)
        QMessageBox::warning(this, tr("Reports"), error);
    emit pdfSaved(path, saved);
}

} // namespace linli
