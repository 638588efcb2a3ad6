#include "residentspage.h"

#include "actor.h"
#include "changefollower.h"
#include "gridstore.h"
#include "idnumbervalidator.h"
#include "recordlist.h"
#include "residentdialog.h"
#include "residentimport.h"
#include "sheetimportdialog.h"
#include "residentmerger.h"
#include "residentstatus.h"
#include "residenttablemodel.h"
#include "residenttag.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

ResidentsPage::ResidentsPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_model(new ResidentTableModel(session.connection(), this))
    , m_runner(new ResidentSearchRunner(session.location(), this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_view(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_newResident(new QPushButton(tr("&New resident…"), this))
    , m_importResidents(new QPushButton(tr("I&mport…"), this))
    , m_session(session)
{
    QLabel *heading = RecordList::createHeading(tr("Residents"), this);
    m_countLabel->setTextFormat(Qt::PlainText);

    m_view->setModel(m_model);
    RecordList::setUp(m_view, {12, 6, 5, 19, 14, 44, 8, 11});
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ResidentTableModel::Address, QHeaderView::Stretch);
    // The indicator first: enabling sorting sorts by whatever it shows.
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    // From here on, the first page of each search or filter, which may have to be looked for among a
    // million names, is read on a worker thread; later pages, and the whole list in the order of an
    // index, are quick keyset reads done here.
    m_model->setFirstPagesFromElsewhere(true);
    connect(m_model, &ResidentTableModel::orderChanged, this, &ResidentsPage::applyFilters);
    // An import finished, a grid moved to another center: the list is read again. What the page's
    // own dialogs change, it shows itself (ChangeFollower::Ignoring).
    m_follower = new ChangeFollower(this, session.changes(), DataKind::Residents | DataKind::Centers,
                                    [this] { applyFilters(); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ResidentsPage::keepSortIndicatorOnSortableColumns);
    connect(m_view, &QTableView::activated, this, &ResidentsPage::editResident);
    // Two rows chosen (Ctrl+click) can be merged when they are one person registered twice.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ResidentsPage::showContextMenu);
    connect(m_model, &ResidentTableModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Residents"), message); });

    m_search->setPlaceholderText(
            tr("Name, pinyin or initials, ID number or its last digits, phone, address (3-2-301)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_view->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 60);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ResidentsPage::runSearch);
    connect(m_searchDelay, &QTimer::timeout, this, &ResidentsPage::runSearch);
    connect(m_runner, &ResidentSearchRunner::firstPage, this, &ResidentsPage::showFirstPage);
    connect(m_runner, &ResidentSearchRunner::counted, this, &ResidentsPage::showMatches);
    connect(m_runner, &ResidentSearchRunner::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Residents"), message); });
    setFocusProxy(m_search);
    m_newResident->setShortcut(QKeySequence::New);
    m_newResident->setToolTip(
            tr("Register a resident (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_newResident, &QPushButton::clicked, this, &ResidentsPage::registerResident);
    m_importResidents->setToolTip(tr("Import residents from a CSV sheet saved from Excel or WPS"));
    connect(m_importResidents, &QPushButton::clicked, this, &ResidentsPage::importResidents);
    // Imports need a manager: greyed out with the reason for others (the import refuses them too).
    if (!m_session.actor().may(Permission::ApproveImports)) {
        m_importResidents->setEnabled(false);
        m_importResidents->setToolTip(AccessPolicy::refusal(Permission::ApproveImports));
    }

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(heading);
    top->addSpacing(12);
    top->addWidget(m_search, 1);
    top->addWidget(m_countLabel);
    top->addSpacing(12);
    top->addWidget(m_newResident);
    top->addWidget(m_importResidents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_view, 1);
}

void ResidentsPage::setResidentCount(qint64 count)
{
    m_residentCount = count;
    if (m_model->searchText().trimmed().isEmpty() && m_model->filter().isEmpty())
        m_countLabel->setText(count == 1 ? tr("1 resident") : tr("%L1 residents").arg(count));
}

void ResidentsPage::registerResident()
{
    ResidentDialog dialog(m_session, this);
    const ChangeFollower::Ignoring shownBelow(m_follower);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString idNumber = dialog.editor(ResidentDraft::Field::IdNumber)->text();
    showResident(idNumber.trimmed().isEmpty() ? dialog.editor(ResidentDraft::Field::Name)->text().trimmed()
                                              : IdNumberValidator::normalize(idNumber));
}

void ResidentsPage::editResident(const QModelIndex &index)
{
    const qint64 id = index.data(ResidentTableModel::ResidentIdRole).toLongLong();
    ResidentDialog dialog(m_session, this);
    if (!dialog.loadResident(id)) {
        QMessageBox::warning(this, tr("Residents"), tr("This resident can no longer be read."));
        return;
    }
    const ChangeFollower::Ignoring shownBelow(m_follower);
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        m_model->refreshResident(id);
    else if (result == ResidentDialog::Erased)
        applyFilters();
}

QList<qint64> ResidentsPage::chosenResidents() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids.append(row.data(ResidentTableModel::ResidentIdRole).toLongLong());
    return ids;
}

void ResidentsPage::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    const QModelIndex clicked = m_view->indexAt(position);
    QAction *edit = menu.addAction(tr("&Open…"), this, [this, clicked] { editResident(clicked); });
    edit->setEnabled(clicked.isValid());
    QAction *merge = menu.addAction(tr("&Merge the two chosen records of one person…"), this,
                                    &ResidentsPage::mergeChosenResidents);
    if (!m_session.actor().may(Permission::MergeResidents)) {
        merge->setEnabled(false);
        merge->setToolTip(AccessPolicy::refusal(Permission::MergeResidents));
    } else if (chosenResidents().size() != 2) {
        merge->setEnabled(false);
        merge->setToolTip(tr("Choose the two records first (Ctrl+click the second)."));
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ResidentsPage::mergeChosenResidents()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(ResidentTableModel::Name);
    if (rows.size() != 2)
        return;
    auto describe = [](const QModelIndex &name) {
        const QModelIndex row = name.siblingAtColumn(ResidentTableModel::Registered);
        return tr("%1, ID %2, registered %3")
                .arg(name.data().toString(), name.siblingAtColumn(ResidentTableModel::IdNumber).data().toString(),
                     row.data().toString());
    };
    QMessageBox question(QMessageBox::Question, tr("Merge residents"),
                         tr("Are these two records one person?\n\n1. %1\n2. %2\n\nThe services, visits and tags of "
                            "the record that goes move to the one that stays, which also takes the ID number, phones "
                            "and household it lacks. This cannot be undone.")
                                 .arg(describe(rows.at(0)), describe(rows.at(1))),
                         QMessageBox::Cancel, this);
    QPushButton *keepFirst = question.addButton(tr("Keep record &1"), QMessageBox::AcceptRole);
    QPushButton *keepSecond = question.addButton(tr("Keep record &2"), QMessageBox::AcceptRole);
    question.setDefaultButton(QMessageBox::Cancel); // Enter alone merges nothing
    question.exec();
    if (question.clickedButton() != keepFirst && question.clickedButton() != keepSecond)
        return;
    const qint64 first = rows.at(0).data(ResidentTableModel::ResidentIdRole).toLongLong();
    const qint64 second = rows.at(1).data(ResidentTableModel::ResidentIdRole).toLongLong();
    const bool firstStays = question.clickedButton() == keepFirst;
    const ChangeFollower::Ignoring shownBelow(m_follower);
    const Result<void> merged
            = ResidentMerger(m_session.connection()).merge(firstStays ? first : second, firstStays ? second : first);
    if (!merged.isDone()) {
        QMessageBox::warning(this, tr("Merge residents"), merged.message());
        return;
    }
    applyFilters();
}

SheetImportDialog::Sheet ResidentsPage::importedSheet()
{
    return {tr("Import residents"), [](qint64 count) { return tr("Imported %L1 residents.").arg(count); },
            [](const QSqlDatabase &connection) { return std::make_unique<ResidentImport>(connection); }};
}

void ResidentsPage::importResidents()
{
    SheetImportDialog dialog(m_session.location(), m_session.actor(), importedSheet(), this);
    // The import announces what it wrote when it is done; the list follows.
    dialog.exec();
}

void ResidentsPage::showResident(const QString &searchText)
{
    m_search->setText(searchText);
    // Even when the text is the same: the list must read the database again.
    m_selectFirstRow = true;
    applyFilters();
    m_view->setFocus();
}

qint64 ResidentsPage::currentResidentId() const
{
    return m_view->currentIndex().data(ResidentTableModel::ResidentIdRole).toLongLong();
}

QString ResidentsPage::countText() const
{
    return m_countLabel->text();
}

QWidget *ResidentsPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(new QLabel(tr("Only:"), bar));
    for (const QString &tag : ResidentTag::all()) {
        auto *button = new QToolButton(bar);
        button->setText(ResidentTag::label(tag));
        button->setCheckable(true);
        button->setProperty("tag", tag);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::toggled, this, &ResidentsPage::applyFilters);
        layout->addWidget(button);
        m_tagButtons.append(button);
    }
    layout->addStretch();

    m_ageFilter = new QComboBox(bar);
    m_ageFilter->addItem(tr("All ages"), 0);
    m_ageFilter->addItem(tr("60 and over"), 60);
    m_ageFilter->addItem(tr("80 and over"), 80);
    m_ageFilter->addItem(tr("90 and over"), 90);
    m_gridFilter = new QComboBox(bar);
    m_gridFilter->addItem(tr("All grids"), 0);
    for (const Grid &grid : GridStore(m_session.connection()).all())
        m_gridFilter->addItem(grid.name, grid.id);
    m_gridFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_gridFilter->setMaxVisibleItems(20);
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->addItem(tr("Any status"), QString());
    for (const QString &status : ResidentStatus::all())
        m_statusFilter->addItem(ResidentStatus::label(status), status);
    connect(m_ageFilter, &QComboBox::currentIndexChanged, this, &ResidentsPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ResidentsPage::applyFilters);
    connect(m_gridFilter, &QComboBox::currentIndexChanged, this, &ResidentsPage::applyFilters);
    layout->addWidget(m_gridFilter);
    layout->addWidget(m_ageFilter);
    layout->addWidget(m_statusFilter);
    return bar;
}

ResidentFilter ResidentsPage::currentFilter() const
{
    ResidentFilter filter;
    for (const QToolButton *button : m_tagButtons) {
        if (button->isChecked())
            filter.tags.append(button->property("tag").toString());
    }
    filter.minimumAge = m_ageFilter->currentData().toInt();
    filter.status = m_statusFilter->currentData().toString();
    filter.gridId = m_gridFilter->currentData().toLongLong();
    return filter;
}

void ResidentsPage::runSearch()
{
    m_searchDelay->stop();
    if (m_search->text() == m_model->searchText())
        return;
    applyFilters();
}

// Shows the residents matching both the search text and the filters, and counts them; both are
// read on a worker thread.
void ResidentsPage::applyFilters()
{
    m_searchDelay->stop();
    ResidentSearchRunner::Request request;
    request.searchText = m_search->text();
    request.filter = currentFilter();
    request.order = m_model->storeOrder();
    request.direction = m_model->storeDirection();
    request.pageSize = ResidentTableModel::pageSize;
    request.wantsCount = !request.searchText.trimmed().isEmpty() || !request.filter.isEmpty();
    if (request.wantsCount)
        m_countLabel->setText(tr("Searching…"));
    m_runner->run(request);
}

void ResidentsPage::showFirstPage(const ResidentSearchRunner::Request &request, const QList<ResidentRow> &rows)
{
    // The clerk sorted by another column meanwhile: that order is the one to show.
    if (request.order != m_model->storeOrder() || request.direction != m_model->storeDirection()) {
        applyFilters();
        return;
    }
    m_model->showSearchResult(request.searchText, request.filter, rows);
    // The best match of a search is the one the clerk most likely wants (Ctrl+L logs for them).
    if (std::exchange(m_selectFirstRow, false) || !request.searchText.trimmed().isEmpty())
        m_view->selectRow(0);
    if (!request.wantsCount) {
        m_countLabel->clear();
        if (m_residentCount >= 0)
            setResidentCount(m_residentCount);
    } else {
        m_countLabel->setText(tr("Counting…"));
    }
}

void ResidentsPage::showMatches(const QString &searchText, qint64 count)
{
    // The runner delivers only the answer to the latest request.
    Q_UNUSED(searchText)
    m_countLabel->setText(count == 0 ? tr("Nobody found") : count == 1 ? tr("1 match") : tr("%L1 matches").arg(count));
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
