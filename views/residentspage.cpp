#include "residentspage.h"

#include "residentcounter.h"
#include "residenttablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace linli {

ResidentsPage::ResidentsPage(const QSqlDatabase &database, const DatabaseLocation &location, QWidget *parent)
    : QWidget(parent)
    , m_model(new ResidentTableModel(database, this))
    , m_counter(new ResidentCounter(location, this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_view(new QTableView(this))
    , m_countLabel(new QLabel(this))
{
    auto *heading = new QLabel(tr("Residents"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    m_countLabel->setTextFormat(Qt::PlainText);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights let the view place a million rows without measuring them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    const int unit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[ResidentTableModel::ColumnCount] = {12, 6, 5, 19, 14, 44, 8, 11};
    for (int column = 0; column < ResidentTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column] * unit + 16);
    header->setSectionResizeMode(ResidentTableModel::Address, QHeaderView::Stretch);
    // The indicator first: enabling sorting sorts by whatever it shows.
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ResidentsPage::keepSortIndicatorOnSortableColumns);
    connect(m_model, &ResidentTableModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Residents"), message); });

    m_search->setPlaceholderText(tr("Name, pinyin or initials, ID number or its last digits, phone"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_view->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 60);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ResidentsPage::runSearch);
    connect(m_searchDelay, &QTimer::timeout, this, &ResidentsPage::runSearch);
    connect(m_counter, &ResidentCounter::counted, this, &ResidentsPage::showMatches);
    setFocusProxy(m_search);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(heading);
    top->addSpacing(12);
    top->addWidget(m_search, 1);
    top->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
}

void ResidentsPage::setResidentCount(qint64 count)
{
    m_residentCount = count;
    if (m_model->searchText().trimmed().isEmpty())
        m_countLabel->setText(count == 1 ? tr("1 resident") : tr("%L1 residents").arg(count));
}

QString ResidentsPage::countText() const
{
    return m_countLabel->text();
}

void ResidentsPage::runSearch()
{
    m_searchDelay->stop();
    const QString text = m_search->text();
    if (text == m_model->searchText())
        return;
    m_model->setSearchText(text);
    if (text.trimmed().isEmpty()) {
        m_countLabel->clear();
        if (m_residentCount >= 0)
            setResidentCount(m_residentCount);
        return;
    }
    m_countLabel->setText(tr("Counting…"));
    m_counter->count(text);
}

void ResidentsPage::showMatches(const QString &searchText, qint64 count)
{
    if (searchText != m_model->searchText())
        return;
    m_countLabel->setText(count == 0   ? tr("Nobody found")
                                  : count == 1 ? tr("1 match")
                                               : tr("%L1 matches").arg(count));
}

void ResidentsPage::keepSortIndicatorOnSortableColumns(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (ResidentTableModel::isSortable(column))
        return;
    // Only some columns have an index to sort by; put the indicator back where the order is.
    const QSignalBlocker blocker(m_view->horizontalHeader());
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

} // namespace linli
