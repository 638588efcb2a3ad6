#pragma once

#include <QWidget>

class QChartView;
class QLabel;

namespace linli {

class MonthSeriesModel;

// One chart of the dashboard over a MonthSeriesModel: bars (side by side, stacked or horizontal)
// or lines, a label per row, values shown when hovered; it can be saved as PNG or SVG for slides.
// The series read the model through the chart mappers and are built again when the model changes
// shape.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Bars, StackedBars, HorizontalBars, Lines };

    ChartPanel(const QString &title, Kind kind, MonthSeriesModel *model, QWidget *parent = nullptr);

    QChartView *chartView() const { return m_view; }
    // The labels the axis under the chart shows now (blank where there is no room for one).
    QStringList shownLabels() const;
    // The top of the value axis when the values cannot exceed it (100 for percentages); 0: as they come.
    void setCeiling(double ceiling);
    // Writes the chart: SVG when the name ends in .svg, otherwise an image (PNG); false on failure.
    bool saveAs(const QString &path) const;

private:
    void rebuild();
    void askWhereToSave();
    // Every label where the plot has room for all; otherwise every second, third…
    void thinLabels();

    QString m_title;
    Kind m_kind;
    MonthSeriesModel *m_model;
    double m_ceiling = 0;
    QChartView *m_view = nullptr;
};

} // namespace linli
