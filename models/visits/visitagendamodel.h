#pragma once

#include "visitstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace linli {

// One row per visit: a day's agenda (of one staff member or the whole center) or one resident's
// visits, those coming first. Both are bounded (a day; a resident's most recent), so the rows are read
// whole.
class VisitAgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Resident, Kind, Staff, Address, Status, Note, ColumnCount };
    Q_ENUM(Column)
    enum Role { VisitIdRole = Qt::UserRole + 1, StatusRole, ResidentIdRole };
    static constexpr int residentVisitsShown = 200;

    explicit VisitAgendaModel(const QSqlDatabase &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void showDay(qint64 staffId, QDate day);
    // Their coming visits, soonest first, then the past ones, latest first.
    void showResident(qint64 residentId, QDate today = QDate::currentDate());
    // Reads the same day or resident again (after a change).
    void reload();

    std::optional<AgendaEntry> entry(int row) const;
    int rowOfVisit(qint64 visitId) const;
    QDate day() const { return m_day; }

signals:
    void loadFailed(const QString &message);

private:
    VisitStore m_store;
    QList<AgendaEntry> m_entries;
    qint64 m_staffId = 0;
    qint64 m_residentId = 0; // > 0: a resident's visits rather than a day's
    QDate m_day;             // the day shown, or for a resident, today
};

} // namespace linli
