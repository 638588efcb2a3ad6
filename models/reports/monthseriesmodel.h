#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace linli {

// Figures for a chart, as the chart mappers read them: a row per label (a month, a service type),
// column 0 the row's position (the x of a line), then a column per series (a bar set, a line).
// The charts read these models, never the database.
class MonthSeriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit MonthSeriesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // values[row][series]; rows as many as labels, series as many as names.
    void setFigures(const QStringList &labels, const QStringList &seriesNames, const QList<QList<double>> &values);
    QStringList labels() const { return m_labels; }
    QStringList seriesNames() const { return m_seriesNames; }
    double value(int row, int series) const { return m_values.at(row).at(series); }

private:
    QStringList m_labels;
    QStringList m_seriesNames;
    QList<QList<double>> m_values;
};

} // namespace linli
