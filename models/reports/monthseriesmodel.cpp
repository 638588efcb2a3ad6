#include "monthseriesmodel.h"

namespace linli {

MonthSeriesModel::MonthSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int MonthSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

int MonthSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_seriesNames.size()) + 1;
}

QVariant MonthSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    if (index.column() == 0)
        return double(index.row());
    return m_values.at(index.row()).at(index.column() - 1);
}

QVariant MonthSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_labels.size() ? QVariant(m_labels.at(section)) : QVariant();
    if (section == 0)
        return QString();
    return section - 1 < m_seriesNames.size() ? QVariant(m_seriesNames.at(section - 1)) : QVariant();
}

void MonthSeriesModel::setFigures(const QStringList &labels, const QStringList &seriesNames,
                                  const QList<QList<double>> &values)
{
    beginResetModel();
    m_labels = labels;
    m_seriesNames = seriesNames;
    m_values = values;
    // Every row as long as the series: a missing figure is 0.
    m_values.resize(m_labels.size());
    for (QList<double> &row : m_values)
        row.resize(m_seriesNames.size(), 0.0);
    endResetModel();
}

} // namespace linli
