#pragma once

#include "visitstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

namespace linli {

// A month at a glance: six weeks of seven days from the Monday on or before the 1st, each day with
// how many visits it holds and how many were done, missed or are still planned. Counted by the
// database (an index holds day and state), never by reading the visits.
class VisitMonthModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { DayRole = Qt::UserRole + 1, TotalRole, PlannedRole, DoneRole, MissedRole, CancelledRole };
    static constexpr int weeksShown = 6;

    explicit VisitMonthModel(const QSqlDatabase &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The month holding `day`, of one staff member or everyone's (0).
    void showMonth(qint64 staffId, QDate day);
    void reload();

    QDate firstOfMonth() const { return m_first; }
    QDate dayAt(const QModelIndex &index) const;
    QModelIndex indexOfDay(QDate day) const;
    // The month's own days added up.
    VisitDayCount monthTotal() const;

signals:
    void loadFailed(const QString &message);

private:
    QDate firstShown() const;

    VisitStore m_store;
    QHash<QDate, VisitDayCount> m_counts;
    qint64 m_staffId = 0;
    QDate m_first;
};

} // namespace linli
