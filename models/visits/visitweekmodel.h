#pragma once

#include "visitstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace linli {

// A week of visits, of one staff member or the whole center: a column per day from Monday, and in
// each column that day's visits in order, one per cell, so that a cell is always one visit to select,
// drag to another day or move with the keyboard. One empty row at the bottom takes drops on any day.
// The model does not write: a drop asks for the move (moveRequested) and whoever shows the week decides.
class VisitWeekModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { VisitIdRole = Qt::UserRole + 1, StatusRole, DayRole };
    static inline const QString mimeType = QStringLiteral("application/x-linli-visit");

    explicit VisitWeekModel(const QSqlDatabase &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The week holding `day`, of one staff member or everyone's (0).
    void showWeek(qint64 staffId, QDate day);
    void reload();
    // The day whose heading stands out.
    void setToday(QDate today) { m_today = today; }

    QDate monday() const { return m_monday; }
    QDate dayOf(int column) const { return m_monday.addDays(column); }
    std::optional<AgendaEntry> entry(const QModelIndex &index) const;
    QModelIndex indexOfVisit(qint64 visitId) const;
    int visitCount() const;

signals:
    // A visit was dropped on another day: the same time that day.
    void moveRequested(qint64 visitId, int version, const QDateTime &startsAt);
    void loadFailed(const QString &message);

private:
    const AgendaEntry *at(const QModelIndex &index) const;
    // The visit a drag carries: id and version.
    static std::optional<std::pair<qint64, int>> carried(const QMimeData *data);

    VisitStore m_store;
    QList<QList<AgendaEntry>> m_days; // seven lists, Monday first
    qint64 m_staffId = 0;
    QDate m_monday;
    QDate m_today = QDate::currentDate();
};

} // namespace linli
