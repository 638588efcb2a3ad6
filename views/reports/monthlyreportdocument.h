#pragma once

#include "dashboardfigures.h"
#include "monthlyreport.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSqlDatabase>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace linli {

// The monthly report as the center hands it in: an A4 document (not a screen grab) with the center's
// name and the month, the key figures, services per category beside the month before and a year
// before, the dashboard's charts, the cases overdue, and room to sign and stamp. Printed, previewed
// or saved as PDF; the same figures as the Reports page and the CSV, from MonthlyReport.
class MonthlyReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportDocument)

public:
    // What the report says, read from the database on any thread (a worker's connection).
    struct Content
    {
        MonthlyReport report;
        QString center;
        std::optional<DashboardFigures::Figures> charts; // none when they cannot be read
    };
    static std::optional<Content> read(const QSqlDatabase &database, QDate month, QDate today, QString *error);

    // Reads the month and draws the charts; check isValid() (errorString() says why not).
    MonthlyReportDocument(const QSqlDatabase &database, QDate month, QDate today = QDate::currentDate());
    // From content read elsewhere; the charts are still to be drawn (drawNextChart()). `database`
    // records the print.
    MonthlyReportDocument(const QSqlDatabase &database, Content content);
    ~MonthlyReportDocument();
    MonthlyReportDocument(MonthlyReportDocument &&) noexcept;
    MonthlyReportDocument &operator=(MonthlyReportDocument &&) noexcept;

    bool isValid() const { return m_report.has_value(); }
    QString errorString() const { return m_error; }
    const MonthlyReport &report() const { return *m_report; }

    // The charts are drawn by Qt Charts' widgets, on the window's thread, a few tens of
    // milliseconds each: a step at a time (a chart laid out, then drawn) lets the window breathe
    // in between.
    bool hasChartsToDraw() const { return m_charts.size() < chartCount(); }
    void drawNextChartStep();

    // Once the charts are drawn, what follows only paints: it may run on a worker thread.
    QString html() const;
    void print(QPagedPaintDevice *device) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;
    // The audit row of a report sent to a printer or a PDF (PRINT, the month).
    void recordPrinted() const;

private:
    struct LaidOutChart;

    int chartCount() const { return m_figures ? 5 : 0; }
    void layOutNextChart();
    void drawLaidOutChart();
    void fill(QTextDocument &document) const;

    QSqlDatabase m_database;
    std::optional<MonthlyReport> m_report;
    QString m_center;
    QString m_error;
    std::optional<DashboardFigures::Figures> m_figures;
    QList<QImage> m_charts;
    QStringList m_chartTitles;
    std::unique_ptr<LaidOutChart> m_laidOut;
};

} // namespace linli
