#include "visitmonthmodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr int daysInWeek = 7;

} // namespace

VisitMonthModel::VisitMonthModel(const QSqlDatabase &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{}

int VisitMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_first.isValid() ? 0 : weeksShown;
}

int VisitMonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : daysInWeek;
}

QDate VisitMonthModel::firstShown() const
{
    return m_first.addDays(1 - m_first.dayOfWeek());
}

QDate VisitMonthModel::dayAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return firstShown().addDays(index.row() * daysInWeek + index.column());
}

QModelIndex VisitMonthModel::indexOfDay(QDate day) const
{
    const qint64 offset = firstShown().daysTo(day);
    if (!m_first.isValid() || offset < 0 || offset >= weeksShown * daysInWeek)
        return {};
    return index(int(offset / daysInWeek), int(offset % daysInWeek));
}

QVariant VisitMonthModel::data(const QModelIndex &index, int role) const
{
    const QDate day = dayAt(index);
    if (!day.isValid())
        return {};
    const VisitDayCount count = m_counts.value(day, VisitDayCount{day});
    const bool inMonth = day.month() == m_first.month();
    switch (role) {
    case Qt::DisplayRole: {
        // At most three lines, which a cell of a month at 1366 × 768 holds whole: the day and its
        // visits, then the states two by two. Only what there is: a day ahead has nothing done yet,
        // a day past nothing planned.
        QStringList lines = {QString::number(day.day())};
        if (count.total() > 0)
            lines.first() += u"  "_s + tr("Visits: %1").arg(count.total());
        QStringList states;
        for (const auto &[n, label] :
             {std::pair{count.done, tr("done %1")}, std::pair{count.missed, tr("missed %1")},
              std::pair{count.planned, tr("planned %1")}, std::pair{count.cancelled, tr("cancelled %1")}}) {
            if (n > 0)
                states.append(label.arg(n));
        }
        for (qsizetype i = 0; i < states.size(); i += 2)
            lines.append(states.mid(i, 2).join(u" · "_s));
        return lines.join(u'\n');
    }
    case Qt::ToolTipRole:
        if (count.total() == 0)
            return tr("No visits");
        return tr("%1\nVisits: %2 (planned %3, done %4, missed %5, cancelled %6)")
                .arg(QLocale().toString(day, QLocale::LongFormat))
                .arg(count.total())
                .arg(count.planned)
                .arg(count.done)
                .arg(count.missed)
                .arg(count.cancelled);
    case Qt::ForegroundRole:
        return inMonth ? QVariant() : QVariant(QColor(Qt::gray));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    case DayRole:
        return day;
    case TotalRole:
        return count.total();
    case PlannedRole:
        return count.planned;
    case DoneRole:
        return count.done;
    case MissedRole:
        return count.missed;
    case CancelledRole:
        return count.cancelled;
    default:
        return {};
    }
}

QVariant VisitMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= daysInWeek)
        return QAbstractTableModel::headerData(section, orientation, role);
    return QLocale().dayName(section + 1, QLocale::ShortFormat);
}

void VisitMonthModel::showMonth(qint64 staffId, QDate day)
{
    m_staffId = staffId;
    m_first = QDate(day.year(), day.month(), 1);
    reload();
}

void VisitMonthModel::reload()
{
    beginResetModel();
    m_counts.clear();
    if (m_first.isValid()) {
        const QDate from = firstShown();
        for (const VisitDayCount &count : m_store.dayCounts(m_staffId, from, from.addDays(weeksShown * daysInWeek - 1)))
            m_counts.insert(count.day, count);
    }
    endResetModel();
    if (!m_store.lastError().isEmpty())
        emit loadFailed(tr("The visits could not be counted: %1").arg(m_store.lastError()));
}

VisitDayCount VisitMonthModel::monthTotal() const
{
    VisitDayCount total{m_first};
    for (const VisitDayCount &count : m_counts) {
        if (count.day.month() != m_first.month() || count.day.year() != m_first.year())
            continue;
        total.planned += count.planned;
        total.done += count.done;
        total.missed += count.missed;
        total.cancelled += count.cancelled;
    }
    return total;
}

} // namespace linli
