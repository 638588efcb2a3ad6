#pragma once

#include "pagedtablemodel.h"
#include "servicerecordstore.h"

#include <QList>

namespace linli {

// The Services list and the case list: a read-only table over ServiceRecordStore that holds only
// the pages fetched so far, in the filter's order, and fetches the next page as the view scrolls.
// Overdue cases are marked (red, and OverdueRole) wherever the model is shown. Lives on the UI thread with
// its connection; each page is one indexed query of a few milliseconds over ten million records.
class ServiceRecordTableModel : public PagedTableModel<ServiceRecordRow>
{
    Q_OBJECT

public:
    enum Column { ServedAt, Resident, Service, Category, Handler, Minutes, Outcome, Notes, Case, Due, ColumnCount };
    // The notes column shows their beginning, this many characters; the tooltip holds them whole.
    static constexpr int notesShown = 24;
    Q_ENUM(Column)
    enum Role { RecordIdRole = Qt::UserRole + 1, ResidentIdRole, CaseStatusRole, OverdueRole };

    explicit ServiceRecordTableModel(const QSqlDatabase &database, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const ServiceFilter &filter);
    ServiceFilter filter() const { return m_filter; }
    // Service and category names in Chinese (the default under a Chinese locale) or English.
    void setChineseNames(bool chinese);
    // The day overdue cases are judged on (CaseStatus::isOverdue); tests fix it.
    void setReferenceDate(QDate today) { m_today = today; }
    // Reads one record again after a change (a case step) and updates its row in place.
    bool refreshRecord(qint64 recordId);
    // What the notes column shows of a record's notes.
    static QString beginningOf(const QString &notes);

signals:
    void loadFailed(const QString &message);

protected:
    std::optional<QList<ServiceRecordRow>> readPage(const ServiceRecordRow *after, int limit) override;
    void pageFailed() override;

private:
    ServiceRecordStore m_store;
    ServiceFilter m_filter;
    bool m_chineseNames;
    QDate m_today = QDate::currentDate();
};

} // namespace linli
