#include "servicerecordtablemodel.h"

#include "casestatus.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace linli {

ServiceRecordTableModel::ServiceRecordTableModel(const QSqlDatabase &database, QObject *parent)
    : PagedTableModel(parent)
    , m_store(database)
    , m_chineseNames(QLocale().language() == QLocale::Chinese)
{}

int ServiceRecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<QList<ServiceRecordRow>> ServiceRecordTableModel::readPage(const ServiceRecordRow *after, int limit)
{
    const QList<ServiceRecordRow> page = m_store.page(m_filter, after, limit);
    if (page.isEmpty() && !m_store.lastError().isEmpty())
        return std::nullopt;
    return page;
}

void ServiceRecordTableModel::pageFailed()
{
    emit loadFailed(tr("The service records could not be read."));
}

void ServiceRecordTableModel::setFilter(const ServiceFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    endReset();
}

void ServiceRecordTableModel::setChineseNames(bool chinese)
{
    if (chinese == m_chineseNames)
        return;
    m_chineseNames = chinese;
    if (rowCount() > 0)
        emit dataChanged(index(0, Service), index(rowCount() - 1, Category));
}

QVariant ServiceRecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceRecordRow &row = rows().at(index.row());
    if (role == RecordIdRole)
        return row.id;
    if (role == ResidentIdRole)
        return row.residentId;
    if (role == CaseStatusRole)
        return row.caseStatus;
    const bool overdue = CaseStatus::isOverdue(row.caseStatus, row.dueDate, m_today);
    if (role == OverdueRole)
        return overdue;
    if (role == Qt::ForegroundRole)
        return overdue ? QVariant(QColor(0xb3, 0x26, 0x1e)) : QVariant();
    if (role == Qt::ToolTipRole && overdue && (index.column() == Case || index.column() == Due))
        return tr("Overdue: due %1").arg(row.dueDate);
    if (role == Qt::ToolTipRole && index.column() == Notes)
        return row.notes;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case ServedAt:
        return row.servedAt.left(16);
    case Resident:
        return row.residentName.isEmpty() ? tr("(walk-in)") : row.residentName;
    case Service:
        return m_chineseNames ? row.typeZh : row.typeEn;
    case Category:
        return m_chineseNames ? row.categoryZh : row.categoryEn;
    case Handler:
        return row.handlerName;
    case Minutes:
        return row.durationMinutes;
    case Outcome:
        return row.outcome;
    case Notes:
        return beginningOf(row.notes);
    case Case:
        return row.caseStatus.isEmpty() ? QString() : CaseStatus::label(row.caseStatus);
    case Due:
        return row.dueDate;
    case ColumnCount:
        break;
    }
    return {};
}

QString ServiceRecordTableModel::beginningOf(const QString &notes)
{
    // One line of the list: the first line of the notes, cut short with an ellipsis.
    const QString first = notes.section(u'\n', 0, 0).simplified();
    if (first.size() <= notesShown && first.size() == notes.simplified().size())
        return first;
    return first.left(notesShown).trimmed() + u'…';
}

bool ServiceRecordTableModel::refreshRecord(qint64 recordId)
{
    const auto isIt = [recordId](const ServiceRecordRow &row) { return row.id == recordId; };
    if (std::none_of(rows().cbegin(), rows().cend(), isIt))
        return false;
    const std::optional<ServiceRecordRow> row = m_store.record(recordId);
    return row && replaceRow(isIt, *row);
}

QVariant ServiceRecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ServedAt:
        return tr("Date");
    case Resident:
        return tr("Resident");
    case Service:
        return tr("Service");
    case Category:
        return tr("Category");
    case Handler:
        return tr("Handler");
    case Minutes:
        return tr("Min.", "minutes, in a narrow column header");
    case Outcome:
        return tr("Outcome");
    case Notes:
        return tr("Notes");
    case Case:
        return tr("Case");
    case Due:
        return tr("Due");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace linli
