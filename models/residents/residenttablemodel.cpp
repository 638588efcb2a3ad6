#include "residenttablemodel.h"

#include "age.h"
#include "centerscope.h"
#include "masking.h"
#include "residentstatus.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace linli {

ResidentTableModel::ResidentTableModel(const QSqlDatabase &database, QObject *parent)
    : PagedTableModel(parent)
    , m_store(database)
{}

int ResidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<QList<ResidentRow>> ResidentTableModel::readPage(const ResidentRow *after, int limit)
{
    const ResidentStore::PageKey key = after ? ResidentStore::keyOf(*after, m_order) : ResidentStore::PageKey{};
    const QList<ResidentRow> page = m_store.page(m_order, m_direction, key, limit, m_search, m_filter);
    if (page.isEmpty() && !m_store.lastError().isEmpty())
        return std::nullopt;
    return page;
}

void ResidentTableModel::pageFailed()
{
    m_lastError = tr("The list of residents could not be read.");
    emit loadFailed(m_lastError);
}

std::optional<ResidentStore::Order> ResidentTableModel::orderOf(int column)
{
    switch (column) {
    case Name:
        return ResidentStore::Order::ByName;
    case Age:
        return ResidentStore::Order::ByAge;
    case Address:
        return ResidentStore::Order::ByAddress;
    case Registered:
        return ResidentStore::Order::ByRegistration;
    default:
        return std::nullopt;
    }
}

void ResidentTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<ResidentStore::Order> storeOrder = orderOf(column);
    if (!storeOrder)
        return;
    // Older first means earlier birth dates first: ascending age is descending birth date.
    const Qt::SortOrder direction
            = column == Age ? (order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder) : order;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_order = *storeOrder;
    m_direction = direction;
    m_lastError.clear();
    // The first page of an order alone comes from an index as quickly as the next pages, which are
    // read here as the view scrolls: reading it at once spares the list a blank moment. A search, a
    // filter or one center's residents (found by walking the order past other centers') may take
    // longer and are read by whoever provides first pages.
    const bool narrowed = !m_searchText.trimmed().isEmpty() || !m_filter.isEmpty()
            || !CenterScope::of(m_store.database()).isWholeDistrict();
    const bool readsElsewhere = m_firstPagesFromElsewhere && narrowed;
    if (readsElsewhere) {
        endResetWith({}, true); // nothing to read here until the first page in the new order arrives
        emit orderChanged();
    } else {
        endResetReadingFirstPage();
    }
}

void ResidentTableModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    beginResetModel();
    m_searchText = text;
    m_search = ResidentSearch::parse(text);
    restart();
}

void ResidentTableModel::setFilter(const ResidentFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    restart();
}

void ResidentTableModel::showSearchResult(const QString &text, const ResidentFilter &filter,
                                          const QList<ResidentRow> &firstPage)
{
    beginResetModel();
    m_searchText = text;
    m_search = ResidentSearch::parse(text);
    m_filter = filter;
    m_lastError.clear();
    endResetWith(firstPage, firstPage.size() < pageSize);
}

bool ResidentTableModel::refreshResident(qint64 id)
{
    const auto isTheirs = [id](const ResidentRow &row) { return row.id == id; };
    if (std::none_of(rows().cbegin(), rows().cend(), isTheirs))
        return false;
    const std::optional<ResidentRow> fresh = m_store.row(id);
    return fresh && replaceRow(isTheirs, *fresh);
}

// Ends the reset begun by the caller: the rows go, the first page comes on the next fetch.
void ResidentTableModel::restart()
{
    m_lastError.clear();
    endReset();
}

QString ResidentTableModel::addressText(const ResidentRow &row)
{
    QString text = row.gridName;
    if (!row.building.isEmpty())
        text += u' ' + tr("Bldg %1").arg(row.building);
    if (!row.unit.isEmpty())
        text += u' ' + tr("Unit %1").arg(row.unit);
    if (!row.room.isEmpty())
        text += u' ' + tr("Rm %1").arg(row.room);
    return text.trimmed();
}

QVariant ResidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResidentRow &row = rows().at(index.row());
    if (role == ResidentIdRole)
        return row.id;
    if (role == BirthDateRole)
        return row.birthDate;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return row.name;
    case Gender:
        return row.gender == u"M"_s ? tr("Male") : tr("Female");
    case Age: {
        if (!row.birthDate.isValid())
            return {};
        return ageOn(row.birthDate, m_today);
    }
    case IdNumber:
        return Masking::idNumber(row.idNumber);
    case Phone:
        return Masking::phone(row.phone);
    case Address:
        return addressText(row);
    case Status:
        return ResidentStatus::label(row.status);
    case Registered:
        return row.registeredAt.left(10);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ResidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case Age:
        return tr("Age");
    case IdNumber:
        return tr("ID number");
    case Phone:
        return tr("Phone");
    case Address:
        return tr("Address");
    case Status:
        return tr("Status");
    case Registered:
        return tr("Registered");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace linli
