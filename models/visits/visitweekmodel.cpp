#include "visitweekmodel.h"

#include "visitwording.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr int daysInWeek = 7;

} // namespace

VisitWeekModel::VisitWeekModel(const QSqlDatabase &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
    , m_days(daysInWeek)
{}

int VisitWeekModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    qsizetype longest = 0;
    for (const QList<AgendaEntry> &day : m_days)
        longest = qMax(longest, day.size());
    return int(longest) + 1;
}

int VisitWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : daysInWeek;
}

const AgendaEntry *VisitWeekModel::at(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    const QList<AgendaEntry> &day = m_days.at(index.column());
    return index.row() < day.size() ? &day.at(index.row()) : nullptr;
}

QVariant VisitWeekModel::data(const QModelIndex &index, int role) const
{
    if (role == DayRole && checkIndex(index, CheckIndexOption::IndexIsValid))
        return dayOf(index.column());
    const AgendaEntry *entry = at(index);
    if (!entry)
        return {};
    const VisitRow &visit = entry->visit;
    switch (role) {
    case Qt::DisplayRole: {
        QString second = VisitWording::kindLabel(visit.kind);
        if (m_staffId == 0)
            second += u" · "_s + (entry->staffName.isEmpty() ? tr("(not assigned)") : entry->staffName);
        if (visit.status != u"planned"_s)
            second += u" · "_s + VisitWording::statusLabel(visit.status);
        return u"%1 %2\n%3"_s.arg(visit.startsAt.toString(u"HH:mm"_s), entry->residentName, second);
    }
    case Qt::ToolTipRole: {
        QStringList lines
                = {u"%1–%2 %3"_s.arg(visit.startsAt.toString(u"HH:mm"_s),
                                     visit.startsAt.addSecs(60LL * visit.durationMinutes).toString(u"HH:mm"_s),
                                     entry->residentName),
                   VisitWording::kindLabel(visit.kind) + u" · "_s + VisitWording::statusLabel(visit.status),
                   visit.place.isEmpty() ? entry->address : visit.place};
        if (!entry->staffName.isEmpty())
            lines.append(entry->staffName);
        const QString note = visit.status == u"cancelled"_s ? visit.cancelReason : visit.outcome;
        if (!note.isEmpty())
            lines.append(note);
        return lines.join(u'\n');
    }
    case Qt::BackgroundRole:
        return VisitWording::statusColor(visit.status);
    case Qt::FontRole:
        if (visit.status == u"cancelled"_s) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case VisitIdRole:
        return visit.id;
    case StatusRole:
        return visit.status;
    default:
        return {};
    }
}

QVariant VisitWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= daysInWeek)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QDate day = dayOf(section);
    if (role == Qt::FontRole && day == m_today) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QLocale locale;
    return tr("%1 %2\nVisits: %3")
            .arg(locale.dayName(day.dayOfWeek(), QLocale::ShortFormat), day.toString(u"MM-dd"_s))
            .arg(m_days.at(section).size());
}

Qt::ItemFlags VisitWeekModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsDropEnabled | Qt::ItemIsEnabled;
    if (const AgendaEntry *entry = at(index)) {
        flags |= Qt::ItemIsSelectable;
        if (entry->visit.status == u"planned"_s)
            flags |= Qt::ItemIsDragEnabled;
    }
    return flags;
}

QStringList VisitWeekModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *VisitWeekModel::mimeData(const QModelIndexList &indexes) const
{
    const AgendaEntry *entry = indexes.size() == 1 ? at(indexes.first()) : nullptr;
    if (!entry)
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << entry->visit.id << qint32(entry->visit.version);
    auto *data = new QMimeData;
    data->setData(mimeType, bytes);
    return data;
}

std::optional<std::pair<qint64, int>> VisitWeekModel::carried(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType))
        return std::nullopt;
    QDataStream stream(data->data(mimeType));
    qint64 id = 0;
    qint32 version = 0;
    stream >> id >> version;
    if (stream.status() != QDataStream::Ok || id <= 0)
        return std::nullopt;
    return std::pair{id, int(version)};
}

Qt::DropActions VisitWeekModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool VisitWeekModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int column,
                                     const QModelIndex &parent) const
{
    const int day = parent.isValid() ? parent.column() : column;
    return action == Qt::MoveAction && day >= 0 && day < daysInWeek && carried(data).has_value();
}

bool VisitWeekModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto [id, version] = *carried(data);
    const QModelIndex from = indexOfVisit(id);
    const std::optional<AgendaEntry> moved = entry(from);
    if (!moved)
        return false;
    const QDate day = dayOf(parent.isValid() ? parent.column() : column);
    if (day != moved->visit.startsAt.date())
        emit moveRequested(id, version, QDateTime(day, moved->visit.startsAt.time()));
    // The view must not remove the dragged row itself: the week is read again once the move is done.
    return false;
}

void VisitWeekModel::showWeek(qint64 staffId, QDate day)
{
    m_staffId = staffId;
    m_monday = day.addDays(1 - day.dayOfWeek());
    reload();
}

void VisitWeekModel::reload()
{
    beginResetModel();
    for (QList<AgendaEntry> &day : m_days)
        day.clear();
    if (m_monday.isValid()) {
        for (AgendaEntry &entry : m_store.agenda(m_staffId, m_monday, m_monday.addDays(daysInWeek - 1))) {
            const qint64 column = m_monday.daysTo(entry.visit.startsAt.date());
            if (column >= 0 && column < daysInWeek)
                m_days[column].append(std::move(entry));
        }
    }
    endResetModel();
    if (!m_store.lastError().isEmpty())
        emit loadFailed(tr("The visits could not be read: %1").arg(m_store.lastError()));
}

std::optional<AgendaEntry> VisitWeekModel::entry(const QModelIndex &index) const
{
    const AgendaEntry *found = at(index);
    return found ? std::optional<AgendaEntry>(*found) : std::nullopt;
}

QModelIndex VisitWeekModel::indexOfVisit(qint64 visitId) const
{
    for (int column = 0; column < daysInWeek; ++column) {
        const QList<AgendaEntry> &day = m_days.at(column);
        for (int row = 0; row < day.size(); ++row) {
            if (day.at(row).visit.id == visitId)
                return index(row, column);
        }
    }
    return {};
}

int VisitWeekModel::visitCount() const
{
    int count = 0;
    for (const QList<AgendaEntry> &day : m_days)
        count += int(day.size());
    return count;
}

} // namespace linli
