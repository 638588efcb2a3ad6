#include "carealerttablemodel.h"

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto timestampFormat = u"yyyy-MM-dd HH:mm:ss"_s;

} // namespace

CareAlertTableModel::CareAlertTableModel(const QSqlDatabase &database, QObject *parent)
    : PagedTableModel(parent)
    , m_schedule(database)
{}

int CareAlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CareAlertTableModel::show(qint64 gridId, const QDateTime &now)
{
    beginResetModel();
    m_gridId = gridId;
    m_now = now;
    endReset();
}

std::optional<QList<CareSchedule::Alert>> CareAlertTableModel::readPage(const CareSchedule::Alert *after, int limit)
{
    const QList<CareSchedule::Alert> page = m_schedule.overdue(m_now, m_gridId, limit, after);
    if (page.isEmpty() && !m_schedule.lastError().isEmpty())
        return std::nullopt;
    return page;
}

void CareAlertTableModel::pageFailed()
{
    emit loadFailed(tr("The list of residents due for contact could not be read."));
}

QVariant CareAlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CareSchedule::Alert &alert = rows().at(index.row());
    if (role == ResidentIdRole)
        return alert.residentId;
    if (role == Qt::TextAlignmentRole && index.column() == DaysOverdue)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Resident:
        return alert.name;
    case Grid:
        return alert.gridName;
    case LastContact:
        return alert.lastContactAt.isEmpty() ? tr("never") : alert.lastContactAt.left(10);
    case Due:
        return alert.dueAt.left(10);
    case DaysOverdue:
        return QDateTime::fromString(alert.dueAt, timestampFormat).date().daysTo(m_now.date());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CareAlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Resident:
        return tr("Resident");
    case Grid:
        return tr("Grid");
    case LastContact:
        return tr("Last contact");
    case Due:
        return tr("Due since");
    case DaysOverdue:
        return tr("Days overdue");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace linli
