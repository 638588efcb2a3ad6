#include "carealerttablemodel.h"

#include "masking.h"
#include "residenttablemodel.h"
#include "residenttag.h"

#include <QLocale>

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
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Resident:
        return alert.name;
    case Address: {
        ResidentRow address;
        address.gridName = alert.gridName;
        address.building = alert.building;
        address.unit = alert.unit;
        address.room = alert.room;
        return ResidentTableModel::addressText(address);
    }
    case Phone:
        // Masked as in every list: the whole number is shown with a reason, in the resident's form.
        return Masking::phone(alert.phone);
    case Tags: {
        QStringList labels;
        for (const QString &tag : alert.tags)
            labels.append(ResidentTag::label(tag));
        return labels.join(tr(", "));
    }
    case LastContact: {
        if (alert.lastContactAt.isEmpty())
            return tr("never");
        const QString what = QLocale().language() == QLocale::Chinese ? alert.lastContactZh : alert.lastContactEn;
        return what.isEmpty() ? alert.lastContactAt.left(10) : tr("%1 · %2").arg(alert.lastContactAt.left(10), what);
    }
    case LastTry:
        // "12-07 10:05 → visit at home": when nobody answered, and what is to be done next.
        if (alert.lastMissedAt.isEmpty())
            return QString();
        return tr("%1 → %2").arg(alert.lastMissedAt.mid(5, 11), alert.nextStep);
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
    case Address:
        return tr("Address");
    case Phone:
        return tr("Phone");
    case Tags:
        return tr("In care as");
    case LastContact:
        return tr("Last contact");
    case LastTry:
        return tr("Not reached since");
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
