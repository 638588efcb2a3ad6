#include "monthlyreportdocument.h"

#include "auditlog.h"
#include "centerprofile.h"
#include "chartpanel.h"
#include "dashboardfigures.h"
#include "monthseriesmodel.h"
#include "pageddocument.h"
#include "pdffile.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString rate(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value * 100.0, 'f', 1) + u'%' : MonthlyReportDocument::tr("none");
}

// "+12.5%" from before to now; nothing when there was nothing before.
QString change(qint64 now, qint64 before)
{
    if (before <= 0)
        return u"—"_s;
    const double percent = (double(now) - double(before)) * 100.0 / double(before);
    return (percent > 0 ? u"+"_s : QString()) + QLocale().toString(percent, 'f', 1) + u'%';
}

const auto tableStyle = u"border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                        "style=\"border-collapse: collapse; border-color: black\""_s;

} // namespace

std::optional<MonthlyReportDocument::Content> MonthlyReportDocument::read(const QSqlDatabase &database, QDate month,
                                                                          QDate today, QString *error)
{
    std::optional<MonthlyReport> report = MonthlyReport::gather(database, month, today, error);
    if (!report)
        return std::nullopt;
    DashboardFigures::Scope scope;
    scope.month = report->month;
    scope.chineseNames = QLocale().language() == QLocale::Chinese;
    return Content{*std::move(report), CenterProfile(database).name(), DashboardFigures(database).read(scope)};
}

MonthlyReportDocument::MonthlyReportDocument(const QSqlDatabase &database, QDate month, QDate today)
    : m_database(database)
{
    if (std::optional<Content> content = read(database, month, today, &m_error)) {
        *this = MonthlyReportDocument(database, *std::move(content));
        while (hasChartsToDraw())
            drawNextChartStep();
    }
}

MonthlyReportDocument::MonthlyReportDocument(const QSqlDatabase &database, Content content)
    : m_database(database)
    , m_report(std::move(content.report))
    , m_center(std::move(content.center))
    , m_figures(std::move(content.charts))
{}

// A chart laid out at its print size, not yet drawn.
struct MonthlyReportDocument::LaidOutChart
{
    QString title;
    std::unique_ptr<MonthSeriesModel> model;
    std::unique_ptr<ChartPanel> panel;
    static constexpr QSizeF size{540, 340};
};

MonthlyReportDocument::~MonthlyReportDocument() = default;
MonthlyReportDocument::MonthlyReportDocument(MonthlyReportDocument &&) noexcept = default;
MonthlyReportDocument &MonthlyReportDocument::operator=(MonthlyReportDocument &&) noexcept = default;

void MonthlyReportDocument::drawNextChartStep()
{
    if (!hasChartsToDraw())
        return;
    if (m_laidOut)
        drawLaidOutChart();
    else
        layOutNextChart();
}

void MonthlyReportDocument::layOutNextChart()
{
    // The same charts as the Reports page.
    const DashboardFigures::Figures &figures = *m_figures;
    const QList<std::tuple<QString, ChartPanel::Kind, const DashboardFigures::Series *>> charts
            = {{tr("Services per month by category"), ChartPanel::Kind::StackedBars, &figures.services},
               {tr("The month's ten most given services"), ChartPanel::Kind::HorizontalBars, &figures.topTypes},
               {tr("Visits planned and done"), ChartPanel::Kind::Bars, &figures.visits},
               {tr("People served"), ChartPanel::Kind::Lines, &figures.people},
               {tr("Case rates"), ChartPanel::Kind::Lines, &figures.rates}};
    const auto &[title, kind, series] = charts.at(m_charts.size());
    auto laidOut = std::make_unique<LaidOutChart>();
    laidOut->title = title;
    laidOut->model = std::make_unique<MonthSeriesModel>();
    laidOut->model->setFigures(series->labels, series->names, series->values);
    laidOut->panel = std::make_unique<ChartPanel>(title, kind, laidOut->model.get());
    if (series == &figures.rates)
        laidOut->panel->setCeiling(100); // percent
    // Laid out at its print size without being shown.
    QChart *chart = laidOut->panel->chartView()->chart();
    chart->resize(LaidOutChart::size);
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    m_laidOut = std::move(laidOut);
}

void MonthlyReportDocument::drawLaidOutChart()
{
    // The chart's scene drawn at twice the size it prints at.
    const QSizeF size = LaidOutChart::size;
    QChart *chart = m_laidOut->panel->chartView()->chart();
    QImage image((size * 2).toSize(), QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    chart->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(chart->pos(), size));
    painter.end();
    m_charts.append(image);
    m_chartTitles.append(m_laidOut->title);
    m_laidOut.reset();
}

QString MonthlyReportDocument::html() const
{
    const MonthlyReport &report = *m_report;
    const QLocale locale;
    const bool chinese = locale.language() == QLocale::Chinese;
    const MonthlyReport::KeyFigures &figures = report.figures;
    const QString monthText = locale.toString(report.month, tr("MMMM yyyy"));
    QString html = u"<html><body style=\"color: black\">"_s;
    html += u"<h1 align=\"center\" style=\"margin-bottom: 0\">%1</h1>"_s.arg(
            escaped(m_center.isEmpty() ? tr("Monthly report") : tr("%1 · Monthly report").arg(m_center)));
    html += u"<h2 align=\"center\" style=\"margin-top: 4px\">%1</h2>"_s.arg(escaped(monthText));
    if (const std::optional<MonthlyReport::Revision> &revision = report.changedSincePrinted) {
        html += u"<p align=\"center\"><i>%1</i></p>"_s.arg(
                escaped(tr("This report replaces the one printed on %1: records of the month were corrected or voided "
                           "since (%2).")
                                .arg(locale.toString(revision->printedAt, u"yyyy-MM-dd HH:mm"_s),
                                     locale.toString(revision->mends))));
    }

    html += u"<h3>%1</h3><table %2>"_s.arg(escaped(tr("1. Key figures")), tableStyle);
    const QList<std::pair<QString, QString>> rows
            = {{tr("Services"), locale.toString(figures.services)},
               {tr("Residents served (of whom aged 60 and over)"),
                tr("%1 (%2)").arg(locale.toString(figures.peopleServed), locale.toString(figures.aged60Served))},
               {tr("Visits planned / done"),
                tr("%1 / %2").arg(locale.toString(figures.visitsPlanned), locale.toString(figures.visitsDone))},
               {tr("Cases received / closed / closed on time"),
                tr("%1 / %2 / %3")
                        .arg(locale.toString(figures.cases.received), locale.toString(figures.cases.closed),
                             locale.toString(figures.cases.closedOnTime))},
               {tr("Closure rate"), rate(figures.cases.closureRate())},
               {tr("On-time closure rate"), rate(figures.cases.onTimeRate())},
               {tr("Satisfaction rate"), rate(figures.cases.satisfactionRate())},
               {tr("Cases overdue at the month's end"), locale.toString(report.overdueCount)}};
    for (const auto &[label, value] : rows)
        html += u"<tr><td width=\"60%\">%1</td><td align=\"right\"><b>%2</b></td></tr>"_s.arg(escaped(label),
                                                                                              escaped(value));
    html += u"</table>"_s;

    html += u"<h3>%1</h3><table %2><thead><tr>"_s.arg(escaped(tr("2. Services by category")), tableStyle);
    const QStringList headers = {tr("Category"),
                                 monthText,
                                 locale.toString(report.month.addMonths(-1), tr("MMMM yyyy")),
                                 tr("Change"),
                                 locale.toString(report.month.addYears(-1), tr("MMMM yyyy")),
                                 tr("Change")};
    // The names get the room they need, the months and the changes theirs.
    const QList<int> widths = {28, 16, 16, 12, 16, 12};
    for (qsizetype i = 0; i < headers.size(); ++i)
        html += u"<th bgcolor=\"#dddddd\" width=\"%1%\">%2</th>"_s.arg(widths.at(i)).arg(escaped(headers.at(i)));
    html += u"</tr></thead>"_s;
    MonthlyReport::CategoryRow total;
    for (const MonthlyReport::CategoryRow &row : report.categories) {
        html += u"<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>"_s.arg(
                        escaped(chinese ? row.nameZh : row.nameEn), locale.toString(row.thisMonth),
                        locale.toString(row.previousMonth), change(row.thisMonth, row.previousMonth),
                        locale.toString(row.sameMonthLastYear), change(row.thisMonth, row.sameMonthLastYear));
        total.thisMonth += row.thisMonth;
        total.previousMonth += row.previousMonth;
        total.sameMonthLastYear += row.sameMonthLastYear;
    }
    html += u"<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td><td align=\"right\"><b>%3</b></td>"
            "<td align=\"right\">%4</td><td align=\"right\"><b>%5</b></td><td align=\"right\">%6</td></tr></table>"_s
                    .arg(escaped(tr("Total")), locale.toString(total.thisMonth), locale.toString(total.previousMonth),
                         change(total.thisMonth, total.previousMonth), locale.toString(total.sameMonthLastYear),
                         change(total.thisMonth, total.sameMonthLastYear));

    // The charts start a page of their own, two to a row.
    html += u"<div style=\"page-break-before: always\"></div><h3>%1</h3><table width=\"100%\" cellpadding=\"4\">"_s.arg(
            escaped(tr("3. The twelve months up to %1").arg(monthText)));
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        if (i % 2 == 0)
            html += u"<tr>"_s;
        html += u"<td width=\"50%\" align=\"center\"><b>%1</b><br><img src=\"chart:%2\" width=\"300\"></td>"_s
                        .arg(escaped(m_chartTitles.at(i)))
                        .arg(i);
        if (i % 2 == 1)
            html += u"</tr>"_s;
    }
    html += u"</table>"_s;

    html += u"<h3>%1</h3>"_s.arg(
            escaped(tr("4. Cases overdue at the month's end: %1").arg(locale.toString(report.overdueCount))));
    if (!report.overdueCases.isEmpty()) {
        html += u"<table %1><thead><tr>"_s.arg(tableStyle);
        for (const QString &header : {tr("Received"), tr("Resident"), tr("Service"), tr("Handler"), tr("Due")})
            html += u"<th bgcolor=\"#dddddd\">%1</th>"_s.arg(escaped(header));
        html += u"</tr></thead>"_s;
        for (const ServiceRecordRow &row : report.overdueCases) {
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
                    escaped(row.servedAt.left(10)), escaped(row.residentName),
                    escaped(chinese ? row.typeZh : row.typeEn), escaped(row.handlerName), escaped(row.dueDate));
        }
        html += u"</table>"_s;
        if (report.overdueCount > report.overdueCases.size()) {
            html += u"<p>%1</p>"_s.arg(escaped(tr("The %1 longest overdue are listed; the Cases page lists them all.")
                                                       .arg(report.overdueCases.size())));
        }
    }

    html += u"<p style=\"margin-top: 28px\"></p><table %1><tr><td height=\"90\" width=\"50%\" "
            u"valign=\"top\">%2<br><br>%3"
            "</td><td valign=\"top\">%4</td></tr></table>"_s.arg(
                    tableStyle, escaped(tr("Prepared by: ____________    Date: ____________")),
                    escaped(tr("Approved by: ____________    Date: ____________")), escaped(tr("Stamp")));
    html += u"</body></html>"_s;
    return html;
}

void MonthlyReportDocument::fill(QTextDocument &document) const
{
    for (qsizetype i = 0; i < m_charts.size(); ++i)
        document.addResource(QTextDocument::ImageResource, QUrl(u"chart:%1"_s.arg(i)), m_charts.at(i));
    document.setHtml(html());
    PagedDocument::usePrintFont(document, 10);
}

void MonthlyReportDocument::print(QPagedPaintDevice *device) const
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    // PagedDocument keeps 2 cm around the text and numbers the pages.
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QTextDocument document;
    fill(document);
    PagedDocument::print(document, device);
}

bool MonthlyReportDocument::writePdf(const QString &path, QString *error) const
{
    return PdfFile::write(
            path, tr("Monthly report"), [&](QPagedPaintDevice *device) { print(device); }, error);
}

void MonthlyReportDocument::recordPrinted() const
{
    if (m_report)
        AuditLog(m_database)
                .recordAlone({u"PRINT"_s, u"monthly_report"_s, 0, u"month="_s + m_report->month.toString(u"yyyy-MM"_s),
                              u"ok"_s});
}

} // namespace linli
