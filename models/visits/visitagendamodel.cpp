#include "visitagendamodel.h"

#include "visitwording.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace linli {

VisitAgendaModel::VisitAgendaModel(const QSqlDatabase &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{}

int VisitAgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int VisitAgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitAgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaEntry &entry = m_entries.at(index.row());
    const VisitRow &visit = entry.visit;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time: {
            const QString span
                    = u"%1–%2"_s.arg(visit.startsAt.toString(u"HH:mm"_s),
                                     visit.startsAt.addSecs(60LL * visit.durationMinutes).toString(u"HH:mm"_s));
            return m_residentId > 0 ? u"%1 %2"_s.arg(visit.startsAt.toString(u"yyyy-MM-dd"_s), span) : span;
        }
        case Resident:
            return entry.residentName;
        case Kind:
            return VisitWording::kindLabel(visit.kind);
        case Staff:
            return entry.staffName.isEmpty() ? tr("(not assigned)") : entry.staffName;
        case Address:
            return visit.place.isEmpty() ? entry.address : visit.place;
        case Status:
            return VisitWording::statusLabel(visit.status);
        case Note:
            return visit.status == u"cancelled"_s ? visit.cancelReason : visit.outcome;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Note || index.column() == Address)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::BackgroundRole:
        return index.column() == Status ? QVariant(VisitWording::statusColor(visit.status)) : QVariant();
    case Qt::FontRole:
        if (visit.status == u"cancelled"_s) {
            QFont font;
            font.setStrikeOut(index.column() != Status && index.column() != Note);
            return font;
        }
        return {};
    case VisitIdRole:
        return visit.id;
    case StatusRole:
        return visit.status;
    case ResidentIdRole:
        return visit.residentId;
    default:
        return {};
    }
}

QVariant VisitAgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return m_residentId > 0 ? tr("When") : tr("Time");
    case Resident:
        return tr("Resident");
    case Kind:
        return tr("Kind");
    case Staff:
        return tr("Staff");
    case Address:
        return tr("Where");
    case Status:
        return tr("State");
    case Note:
        return tr("Outcome or reason");
    case ColumnCount:
        break;
    }
    return {};
}

void VisitAgendaModel::showDay(qint64 staffId, QDate day)
{
    m_residentId = 0;
    m_staffId = staffId;
    m_day = day;
    reload();
}

void VisitAgendaModel::showResident(qint64 residentId, QDate today)
{
    m_residentId = residentId;
    m_day = today;
    reload();
}

void VisitAgendaModel::reload()
{
    beginResetModel();
    m_entries = m_residentId > 0 ? m_store.visitsOfResident(m_residentId, m_day, residentVisitsShown)
                                 : m_store.agenda(m_staffId, m_day, m_day);
    endResetModel();
    if (!m_store.lastError().isEmpty())
        emit loadFailed(tr("The visits could not be read: %1").arg(m_store.lastError()));
}

std::optional<AgendaEntry> VisitAgendaModel::entry(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

int VisitAgendaModel::rowOfVisit(qint64 visitId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).visit.id == visitId)
            return row;
    }
    return -1;
}

} // namespace linli
