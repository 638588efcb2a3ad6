#pragma once

#include "careschedule.h"
#include "pagedtablemodel.h"

#include <QDateTime>

namespace linli {

// Those not seen in time, most overdue first, a page at a time: who, where, when last contacted,
// since when due and by how many days.
class CareAlertTableModel : public PagedTableModel<CareSchedule::Alert>
{
    Q_OBJECT

public:
    enum Column { Resident, Address, Phone, Tags, LastContact, LastTry, Due, DaysOverdue, ColumnCount };
    Q_ENUM(Column)
    enum Role { ResidentIdRole = Qt::UserRole + 1 };

    explicit CareAlertTableModel(const QSqlDatabase &database, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Starts again from the most overdue, in one grid or all (0), as of `now`.
    void show(qint64 gridId, const QDateTime &now);

signals:
    void loadFailed(const QString &message);

protected:
    std::optional<QList<CareSchedule::Alert>> readPage(const CareSchedule::Alert *after, int limit) override;
    void pageFailed() override;

private:
    CareSchedule m_schedule;
    qint64 m_gridId = 0;
    QDateTime m_now = QDateTime::currentDateTime();
};

} // namespace linli
