#pragma once

#include "session.h"
#include "worker.h"
#include "dashboardfigures.h"
#include "databaselocation.h"
#include "monthlyreport.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace linli {

class ChartPanel;
class MonthlyReportDocument;
class ShownReload;
class MonthSeriesModel;

// The Reports page: a month's key figures and five charts of the months up to it (twelve unless
// another period is chosen: services by category, the month's most given services, visits planned
// and done, people served, the case rates), for one grid or all and one category or all. Everything is read from the
// monthly counts the database keeps, so a district's dashboard appears at once.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(const Session &session, QWidget *parent = nullptr);

    // Reads the figures again (done by itself when the data counted changes); while the page is
    // hidden, when it is next shown.
    void reload();
    void showMonth(QDate month);

    QDateEdit *monthBox() const { return m_month; }
    QComboBox *periodBox() const { return m_period; }
    // The centers, for an account of the whole district where the database holds several; hidden
    // otherwise.
    QComboBox *centerBox() const { return m_center; }
    QComboBox *gridBox() const { return m_grid; }
    QComboBox *categoryBox() const { return m_category; }
    QLabel *keyFiguresLabel() const { return m_keyFigures; }
    MonthSeriesModel *servicesModel() const { return m_services; }
    MonthSeriesModel *topTypesModel() const { return m_topTypes; }
    MonthSeriesModel *visitsModel() const { return m_visits; }
    MonthSeriesModel *peopleModel() const { return m_people; }
    MonthSeriesModel *ratesModel() const { return m_rates; }
    QList<ChartPanel *> charts() const { return m_charts; }
    // The month's printed report: previewed and printed, or saved as PDF (asking where). The PDF is
    // read and written off the window's thread; pdfSaved() tells when it is done.
    void printReport();
    void saveReportAsPdf();
    void saveReportAsPdf(const QString &path);
    QPushButton *pdfButton() const { return m_pdfButton; }

signals:
    // The charts and key figures show what was last asked for (or why it could not be read).
    void figuresShown();
    // The report is in the file, or was not written (the user was told why).
    void pdfSaved(const QString &path, bool saved);

private:
    QWidget *createFilters();
    // The grids of the center chosen (all of them for none).
    void fillGrids();
    qint64 chosenCenter() const;
    void read();
    void showKeyFigures(QDate month, const std::optional<MonthlyReport> &report, const QString &error);
    void showReadError(const QString &error);
    // From `chart` on, one chart a turn of the event loop: the five redrawn at once held the
    // window's thread for up to 70 ms. A newer reading stops an older one's turns.
    void showCharts(const std::shared_ptr<const DashboardFigures::Figures> &figures, int chart, int reading);
    void drawChartsThenWrite(const std::shared_ptr<MonthlyReportDocument> &document, const QString &path);
    void finishPdf(const QString &path, bool saved, const QString &error);

    Session m_session;
    QDateEdit *m_month = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_center = nullptr;
    QLabel *m_centerLabel = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_keyFigures = nullptr;
    MonthSeriesModel *m_services = nullptr;
    MonthSeriesModel *m_topTypes = nullptr;
    MonthSeriesModel *m_visits = nullptr;
    MonthSeriesModel *m_people = nullptr;
    MonthSeriesModel *m_rates = nullptr;
    QList<ChartPanel *> m_charts;
    int m_chartsReading = 0; // the latest figures being shown
    // The figures are read off the UI thread: at a district, with the charts redrawn, they would
    // hold the window for a tenth of a second.
    Worker *m_reader = nullptr;
    ShownReload *m_reads = nullptr;
    // The report's PDF has a reader of its own, so that a change of the page's filters meanwhile
    // does not overtake it.
    Worker *m_pdfWriter = nullptr;
    QPushButton *m_pdfButton = nullptr;
};

} // namespace linli
