#include "chartpanel.h"

#include "filechooser.h"
#include "monthseriesmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QHBarModelMapper>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QtMath>
#include <QFontMetricsF>
#include <QPainter>
#include <QScopeGuard>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace linli {

ChartPanel::ChartPanel(const QString &title, Kind kind, MonthSeriesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_kind(kind)
    , m_model(model)
    , m_view(new QChartView(new QChart, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    auto *heading = new QLabel(title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *save = new QToolButton(this);
    save->setText(tr("Save…"));
    save->setAutoRaise(true);
    save->setToolTip(tr("Save the chart as PNG or SVG"));
    connect(save, &QToolButton::clicked, this, &ChartPanel::askWhereToSave);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 0, 0, 0);
    top->addWidget(heading, 1);
    top->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChartPanel::rebuild);
    connect(m_view->chart(), &QChart::plotAreaChanged, this, &ChartPanel::thinLabels);
    rebuild();
}

namespace {

QBarCategoryAxis *labelAxis(const QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
}

} // namespace

void ChartPanel::thinLabels()
{
    QBarCategoryAxis *axis = labelAxis(m_view->chart());
    const QStringList labels = m_model->labels();
    const qsizetype count = labels.size();
    const qreal width = m_view->chart()->plotArea().width();
    if (!axis || count == 0 || width <= 0)
        return;
    const QFontMetricsF metrics(axis->labelsFont());
    qreal widest = 0;
    for (const QString &label : labels)
        widest = qMax(widest, metrics.horizontalAdvance(label));
    const qsizetype step = qMax<qsizetype>(1, qCeil(count * (widest + metrics.averageCharWidth() * 2) / width));
    QStringList shown;
    for (qsizetype i = 0; i < count; ++i) {
        // The axis wants its categories unique: the blanks differ in their count of zero-width spaces.
        // Counted back from the last, kept off both ends, where the axis would hide a wide label.
        const bool labelled = (count - 1 - i) % step == step / 2;
        shown.append(labelled ? labels.at(i) : QString(i + 1, QChar(0x200B)));
    }
    if (shown != axis->categories())
        axis->setCategories(shown);
}

QStringList ChartPanel::shownLabels() const
{
    QBarCategoryAxis *axis = labelAxis(m_view->chart());
    QStringList labels = axis ? axis->categories() : QStringList();
    for (QString &label : labels) {
        if (label.startsWith(QChar(0x200B)))
            label.clear();
    }
    return labels;
}

void ChartPanel::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const int series = int(m_model->seriesNames().size());
    if (series == 0 || m_model->rowCount() == 0)
        return;
    const QLocale locale;
    auto *labels = new QBarCategoryAxis(chart);
    labels->append(m_model->labels());
    // Whole labels in a slightly smaller font: twelve months, or a service's name, fit.
    labels->setTruncateLabels(false);
    QFont small = labels->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    labels->setLabelsFont(small);
    auto *values = new QValueAxis(chart);
    values->setLabelFormat(u"%d"_s);
    const bool horizontal = m_kind == Kind::HorizontalBars;
    chart->addAxis(labels, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);

    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(QFont().pointSizeF() * 0.85);
    chart->legend()->setFont(legendFont);
    if (m_kind == Kind::Lines) {
        // Many lines: their names in a column beside the chart, where they have room.
        chart->legend()->setAlignment(series > 4 ? Qt::AlignRight : Qt::AlignBottom);
        double highest = 0;
        for (int column = 1; column <= series; ++column) {
            auto *line = new QLineSeries(chart);
            line->setName(m_model->seriesNames().at(column - 1));
            line->setPointsVisible(true);
            auto *mapper = new QVXYModelMapper(line);
            mapper->setXColumn(0);
            mapper->setYColumn(column);
            mapper->setSeries(line);
            mapper->setModel(m_model);
            chart->addSeries(line);
            line->attachAxis(labels);
            line->attachAxis(values);
            connect(line, &QLineSeries::hovered, this, [this, line, locale](const QPointF &point, bool state) {
                const int row = qRound(point.x());
                if (state && row >= 0 && row < m_model->rowCount())
                    QToolTip::showText(QCursor::pos(),
                                       u"%1 · %2: %3"_s.arg(m_model->labels().at(row), line->name(),
                                                            locale.toString(qRound64(point.y()))));
            });
            for (int row = 0; row < m_model->rowCount(); ++row)
                highest = qMax(highest, m_model->value(row, column - 1));
        }
        if (m_ceiling > 0) {
            values->setRange(0, m_ceiling);
        } else {
            values->setRange(0, highest * 1.1 + 1);
            values->applyNiceNumbers();
        }
        thinLabels();
        return;
    }

    QAbstractBarSeries *bars = m_kind == Kind::StackedBars
            ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries(chart))
            : m_kind == Kind::HorizontalBars ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries(chart))
                                             : static_cast<QAbstractBarSeries *>(new QBarSeries(chart));
    auto *mapper = new QVBarModelMapper(bars);
    mapper->setFirstBarSetColumn(1);
    mapper->setLastBarSetColumn(series);
    mapper->setSeries(bars);
    mapper->setModel(m_model);
    chart->addSeries(bars);
    // Thin bars are drawn without their white outline, or they all but vanish.
    if (m_model->rowCount() * (m_kind == Kind::Bars ? series : 1) > 24) {
        for (QBarSet *set : bars->barSets())
            set->setPen(Qt::NoPen);
    }
    bars->attachAxis(labels);
    bars->attachAxis(values);
    connect(bars, &QAbstractBarSeries::hovered, this, [this, locale](bool state, int row, QBarSet *set) {
        if (state && row >= 0 && row < m_model->rowCount())
            QToolTip::showText(QCursor::pos(),
                               u"%1 · %2: %3"_s.arg(m_model->labels().at(row), set->label(),
                                                    locale.toString(qRound64(set->at(row)))));
    });
    chart->legend()->setVisible(series > 1);
    // Many series (stacked, or four side by side): their names in a column beside the bars rather
    // than cut short in a row below.
    chart->legend()->setAlignment(m_kind == Kind::StackedBars || series > 3 ? Qt::AlignRight : Qt::AlignBottom);
    double highest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        double sum = 0;
        for (int column = 0; column < series; ++column) {
            sum = m_kind == Kind::StackedBars ? sum + m_model->value(row, column)
                                              : qMax(sum, m_model->value(row, column));
        }
        highest = qMax(highest, sum);
    }
    values->setRange(0, highest * 1.1 + 1);
    values->applyNiceNumbers();
    thinLabels();
}

void ChartPanel::setCeiling(double ceiling)
{
    m_ceiling = ceiling;
    rebuild();
}

bool ChartPanel::saveAs(const QString &path) const
{
    // On a slide the chart needs its title, which the page shows beside it instead.
    QChart *chart = m_view->chart();
    chart->setTitle(m_title);
    const auto untitle = qScopeGuard([chart] { chart->setTitle(QString()); });
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(m_view->size());
        svg.setViewBox(m_view->rect());
        svg.setTitle(m_title);
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        m_view->render(&painter);
        return painter.end();
    }
    return m_view->grab().save(path);
}

void ChartPanel::askWhereToSave()
{
    const QString path = FileChooser::saveFile(this, tr("Save the chart"), m_title + u".png"_s,
                                               tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (!path.isEmpty() && !saveAs(path))
        QToolTip::showText(QCursor::pos(), tr("The chart could not be saved to %1.").arg(path), this);
}

} // namespace linli
