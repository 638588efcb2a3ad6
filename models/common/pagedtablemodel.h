#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>

#include <optional>
#include <utility>

namespace linli {

// What every list over a big table shares: it holds only the rows fetched so far, a page at a time
// as the view scrolls (canFetchMore()/fetchMore()), and starts again from the first page when what it
// shows changes. A subclass reads a page after a given row (keyset paging in its store) and says
// what to do when reading fails. (A template: no signals of its own.)
template<typename Row> class PagedTableModel : public QAbstractTableModel
{
public:
    static constexpr int pageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex &parent = {}) const override
    {
        return !parent.isValid() && !m_atEnd && !m_held;
    }

    // While held, the model offers its view nothing to fetch: a list on a page nobody has opened yet
    // reads nothing. Released, it reads its first page at once.
    void hold() { m_held = true; }
    void release()
    {
        if (std::exchange(m_held, false) && canFetchMore())
            fetchMore();
    }

    void fetchMore(const QModelIndex &parent = {}) override
    {
        // Views and model testers may ask again while the rows of a page are being announced.
        if (parent.isValid() || m_atEnd || m_fetching)
            return;
        const QScopedValueRollback<bool> fetching(m_fetching, true);
        std::optional<QList<Row>> page = readPage(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), pageSize);
        if (!page) {
            m_atEnd = true;
            pageFailed();
            return;
        }
        m_atEnd = page->size() < pageSize;
        if (page->isEmpty())
            return;
        this->beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows.append(std::move(*page));
        this->endInsertRows();
    }

protected:
    // The rows after `after` (from the first when null); nullopt when the database fails.
    virtual std::optional<QList<Row>> readPage(const Row *after, int limit) = 0;
    virtual void pageFailed() = 0;

    const QList<Row> &rows() const { return m_rows; }
    // Ends the reset begun by the caller: no rows, the first page comes on the next fetch.
    void endReset() { endResetWith({}, false); }
    // Ends it with the first page read at once, so the view's next paint shows rows.
    void endResetReadingFirstPage()
    {
        const std::optional<QList<Row>> page = readPage(nullptr, pageSize);
        endResetWith(page.value_or(QList<Row>()), !page || page->size() < pageSize);
        if (!page)
            pageFailed();
    }
    // Ends it with rows read elsewhere; `complete` when nothing follows them (or nothing is to be
    // read until the next reset).
    void endResetWith(const QList<Row> &firstRows, bool complete)
    {
        m_rows = firstRows;
        m_atEnd = complete;
        // Listeners of modelReset may ask for rows at once; they get them after the reset is complete.
        const QScopedValueRollback<bool> resetting(m_fetching, true);
        this->endResetModel();
    }
    // Puts a row read again in its place; false when it is not among the rows loaded.
    template<typename Matches> bool replaceRow(Matches matches, const Row &fresh)
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (!matches(m_rows.at(i)))
                continue;
            m_rows[i] = fresh;
            emit this->dataChanged(this->index(int(i), 0), this->index(int(i), this->columnCount() - 1));
            return true;
        }
        return false;
    }

private:
    QList<Row> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_held = false;
};

} // namespace linli
