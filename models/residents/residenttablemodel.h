#pragma once

#include "pagedtablemodel.h"
#include "residentstore.h"

#include <QList>

namespace linli {

// The residents list: a read-only table over ResidentStore that holds only the rows fetched so
// far and fetches the next page as the view scrolls (canFetchMore()/fetchMore()); sorting is
// done by the database. Lives on the UI thread with the UI thread's connection; a page is one
// indexed query of a few milliseconds, even with a million residents.
class ResidentTableModel : public PagedTableModel<ResidentRow>
{
    Q_OBJECT

public:
    enum Column { Name, Gender, Age, IdNumber, Phone, Address, Status, Registered, ColumnCount };
    Q_ENUM(Column)
    enum Role { ResidentIdRole = Qt::UserRole + 1, BirthDateRole };

    explicit ResidentTableModel(const QSqlDatabase &database, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Name, age, address and registration date sort; the other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows only the residents matching what was typed in the search box (empty: everyone).
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setFilter(const ResidentFilter &filter);
    ResidentFilter filter() const { return m_filter; }
    // Shows a search whose first page was read elsewhere (a worker thread) in the current order;
    // the next pages are fetched here as the view scrolls.
    void showSearchResult(const QString &text, const ResidentFilter &filter, const QList<ResidentRow> &firstPage);
    // When another reader (a worker thread) provides first pages through showSearchResult(), sort()
    // during a search or with a filter only records the order and announces it with orderChanged();
    // the first page of the whole list in another order is read here at once.
    void setFirstPagesFromElsewhere(bool elsewhere) { m_firstPagesFromElsewhere = elsewhere; }
    // Reads one resident again after an edit and updates their row in place (no reset: the view
    // keeps its place and selection). False when they are not among the rows loaded.
    bool refreshResident(qint64 id);
    ResidentStore::Order storeOrder() const { return m_order; }
    Qt::SortOrder storeDirection() const { return m_direction; }

    static bool isSortable(int column) { return orderOf(column).has_value(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // "Today" for ages; tests fix it.
    void setReferenceDate(QDate date)
    {
        m_today = date;
        m_store.setReferenceDate(date);
    }
    QString lastError() const { return m_lastError; }
    // "一网格 Bldg 3 Unit 2 Rm 301", as every list of residents shows it.
    static QString addressText(const ResidentRow &row);

signals:
    void loadFailed(const QString &message);
    void orderChanged();

protected:
    std::optional<QList<ResidentRow>> readPage(const ResidentRow *after, int limit) override;
    void pageFailed() override;

private:
    static std::optional<ResidentStore::Order> orderOf(int column);

    void restart();

    ResidentStore m_store;
    QString m_searchText;
    ResidentSearch m_search;
    ResidentFilter m_filter;
    ResidentStore::Order m_order = ResidentStore::Order::ByName;
    Qt::SortOrder m_direction = Qt::AscendingOrder;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_firstPagesFromElsewhere = false;
    QDate m_today = QDate::currentDate();
    QString m_lastError;
};

} // namespace linli
