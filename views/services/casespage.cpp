#include "casespage.h"

#include "casedialog.h"
#include "changefollower.h"
#include "deskstaff.h"
#include "recordlist.h"
#include "servicerecordtablemodel.h"
#include "staffstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Handler choices that are not a staff member.
constexpr qint64 everyone = -1;
constexpr qint64 nobodyYet = 0;

} // namespace

CasesPage::CasesPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ServiceRecordTableModel(session.connection(), this))
    , m_view(new QTableView(this))
{
    QLabel *heading = RecordList::createHeading(tr("Cases"), this);
    m_summary = new QLabel(this);
    m_view->setModel(m_model);
    using Column = ServiceRecordTableModel::Column;
    RecordList::setUp(m_view, {16, 9, 24, 11, 7, 5, 12, 8, 10});
    RecordList::readWhenShown(m_view, m_model);
    QHeaderView *header = m_view->horizontalHeader();
    // A worklist: when it is due and where it stands first; how long it took and the outcome are
    // for the log.
    header->moveSection(header->visualIndex(Column::Due), 0);
    header->moveSection(header->visualIndex(Column::Case), 1);
    for (Column hidden : {Column::Category, Column::Minutes, Column::Outcome})
        m_view->setColumnHidden(hidden, true);
    header->setStretchLastSection(true);
    connect(m_model, &ServiceRecordTableModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Cases"), message); });
    connect(m_view, &QTableView::activated, this, &CasesPage::openCase);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(heading);
    top->addWidget(m_summary);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_view, 1);
    reload();
    // Cases opened at the quick log, records moved by a merge, residents renamed elsewhere.
    m_follower = new ChangeFollower(this, session.changes(),
                                    DataKind::Cases | DataKind::ServiceRecords | DataKind::Residents,
                                    [this] { reload(); });
}

QWidget *CasesPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_handler = new QComboBox(bar);
    m_handler->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_handler->setMaxVisibleItems(20);
    m_state = new QComboBox(bar);
    m_state->addItem(tr("All open cases"), u"open"_s);
    m_state->addItem(tr("Overdue only"), u"overdue"_s);
    for (QComboBox *box : {m_handler, m_state})
        connect(box, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilters);
    layout->addWidget(new QLabel(tr("Handler:"), bar));
    layout->addWidget(m_handler);
    layout->addWidget(m_state);
    layout->addStretch(1);
    return bar;
}

void CasesPage::setReferenceDate(QDate date)
{
    m_today = date;
    m_model->setReferenceDate(date);
    reload();
}

// The handlers with their load, the desk's own first: "Mine — 刘春颖 (12 open, 3 overdue)".
void CasesPage::fillHandlers()
{
    const qint64 chosen
            = m_handler->count() > 0 ? m_handler->currentData().toLongLong() : DeskStaff::id(m_session.actor());
    const QList<CaseLoad> loads = ServiceRecordStore(m_session.connection()).caseLoads(m_today);
    CaseLoad total;
    QHash<qint64, CaseLoad> loadOf;
    for (const CaseLoad &load : loads) {
        loadOf.insert(load.handlerId, load);
        total.open += load.open;
        total.overdue += load.overdue;
    }
    const QLocale locale;
    const auto withLoad = [&locale](const QString &name, const CaseLoad &load) {
        if (load.open == 0)
            return tr("%1 (none open)").arg(name);
        return tr("%1 (%2 open, %3 overdue)").arg(name, locale.toString(load.open), locale.toString(load.overdue));
    };
    const QSignalBlocker blocker(m_handler);
    m_handler->clear();
    m_handler->addItem(withLoad(tr("Everyone"), total), everyone);
    const qint64 desk = DeskStaff::id(m_session.actor());
    const QList<StaffMember> staff = StaffStore(m_session.connection()).active();
    for (const StaffMember &member : staff) {
        if (member.id == desk)
            m_handler->insertItem(1, withLoad(tr("Mine — %1").arg(member.name), loadOf.value(member.id)), member.id);
    }
    for (const StaffMember &member : staff) {
        if (member.id != desk)
            m_handler->addItem(withLoad(member.name, loadOf.value(member.id)), member.id);
    }
    if (loadOf.contains(nobodyYet))
        m_handler->addItem(withLoad(tr("Not assigned"), loadOf.value(nobodyYet)), nobodyYet);
    const int index = m_handler->findData(chosen);
    m_handler->setCurrentIndex(index >= 0 ? index : 0);
    m_summary->setText(tr("%1 open · %2 overdue").arg(locale.toString(total.open), locale.toString(total.overdue)));
}

ServiceFilter CasesPage::currentFilter() const
{
    ServiceFilter filter;
    filter.order = ServiceFilter::Order::DueFirst;
    filter.caseStatus = m_state->currentData().toString();
    filter.today = m_today;
    const qint64 handler = m_handler->currentData().toLongLong();
    if (handler > 0)
        filter.handlerId = handler;
    else if (handler == nobodyYet)
        filter.withoutHandler = true;
    return filter;
}

void CasesPage::reload()
{
    fillHandlers();
    applyFilters();
}

void CasesPage::applyFilters()
{
    m_model->setFilter(currentFilter());
}

void CasesPage::openCase(const QModelIndex &index)
{
    const qint64 id = index.data(ServiceRecordTableModel::RecordIdRole).toLongLong();
    if (id <= 0)
        return;
    CaseDialog dialog(m_session, id, this);
    dialog.setReferenceDate(m_today);
    {
        // The step's row is refreshed below, in its place: the list is not read again from the top.
        const ChangeFollower::Ignoring ownStep(m_follower);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    m_model->refreshRecord(id);
    fillHandlers();
}

} // namespace linli
