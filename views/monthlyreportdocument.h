#pragma once

#include "monthlyreport.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSqlDatabase>

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
    // Gathers the month; check isValid() (errorString() says why not).
    MonthlyReportDocument(const QSqlDatabase &database, QDate month, QDate today = QDate::currentDate());

    bool isValid() const { return m_report.has_value(); }
    QString errorString() const { return m_error; }
    const MonthlyReport &report() const { return *m_report; }

    QString html() const;
    void print(QPagedPaintDevice *device) const;
    // Audited as a print, like recordPrinted().
    bool writePdf(const QString &path, QString *error = nullptr) const;
    // The audit row of a report sent to a printer or a PDF (PRINT, the month).
    void recordPrinted() const;

private:
    void drawCharts(const QSqlDatabase &database);
    void fill(QTextDocument &document) const;

    QSqlDatabase m_database;
    std::optional<MonthlyReport> m_report;
    QString m_center;
    QString m_error;
    QList<QImage> m_charts;
    QStringList m_chartTitles;
};

} // namespace linli
