#include "servicespage.h"

#include "casestatus.h"
#include "changefollower.h"
#include "gridstore.h"
#include "residentpicker.h"
#include "staffstore.h"
#include "recorddialog.h"
#include "recordlist.h"
#include "servicecatalogue.h"
#include "servicerecordtablemodel.h"
#include "serviceimport.h"
#include "sheetimportdialog.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

ServicesPage::ServicesPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_model(new ServiceRecordTableModel(session.connection(), this))
    , m_session(session)
    , m_types(ServiceCatalogue(session.connection()).types(true))
    , m_view(new QTableView(this))
{
    QLabel *heading = RecordList::createHeading(tr("Services"), this);
    m_view->setModel(m_model);
    RecordList::setUp(m_view, {16, 9, 24, 11, 7, 5, 12, 8, 10});
    RecordList::readWhenShown(m_view, m_model);
    QHeaderView *header = m_view->horizontalHeader();
    // Fits a 1200-pixel window; the last column takes what is left of a wider one.
    header->setStretchLastSection(true);
    connect(m_model, &ServiceRecordTableModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Services"), message); });
    // Enter or a double-click opens the record, to read, correct or void it.
    connect(m_view, &QTableView::activated, this, &ServicesPage::openRecord);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_view->indexAt(position);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("&Open, correct or void…"), this, [this, index] { openRecord(index); });
        menu.exec(m_view->viewport()->mapToGlobal(position));
    });

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(heading);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(createFilterBar(session.connection()));
    // The days of "between dates" beside the heading, where the filter row has no room left; the
    // resident search where the Residents page has its search box.
    top->insertWidget(1, m_from);
    top->insertWidget(2, m_to);
    top->addWidget(m_resident);
    m_import = new QPushButton(tr("I&mport…"), this);
    m_import->setToolTip(tr("Import a sheet of services delivered, saved from Excel or WPS"));
    connect(m_import, &QPushButton::clicked, this, &ServicesPage::importServices);
    // Imports need a manager: greyed out with the reason for others (the import refuses them too).
    if (!m_session.actor().may(Permission::ApproveImports)) {
        m_import->setEnabled(false);
        m_import->setToolTip(AccessPolicy::refusal(Permission::ApproveImports));
    }
    top->addWidget(m_import);
    layout->addWidget(m_view, 1);

    // Records logged, cases taken on, residents renamed elsewhere in the window; the catalogue changed.
    new ChangeFollower(this, session.changes(), DataKind::ServiceRecords | DataKind::Cases | DataKind::Residents,
                       [this] { reload(); });
    new ChangeFollower(this, session.changes(), DataKind::Catalogue, [this] { readCatalogue(); });
}

QWidget *ServicesPage::createFilterBar(const QSqlDatabase &database)
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_period = new QComboBox(bar);
    m_period->addItem(tr("All dates"), int(Period::All));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Last 7 days"), int(Period::LastSevenDays));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Between dates…"), int(Period::Between));
    m_from = new QDateEdit(m_today.addMonths(-1), bar);
    m_to = new QDateEdit(m_today, bar);
    for (QDateEdit *edge : {m_from, m_to}) {
        edge->setDisplayFormat(u"yyyy-MM-dd"_s);
        edge->setCalendarPopup(true);
        edge->hide();
        connect(edge, &QDateEdit::dateChanged, this, &ServicesPage::applyFilters);
    }
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool between = Period(m_period->currentData().toInt()) == Period::Between;
        m_from->setVisible(between);
        m_to->setVisible(between);
    });

    m_category = new QComboBox(bar);
    m_category->addItem(tr("All categories"), 0);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    qint64 lastCategory = 0;
    for (const ServiceType &type : std::as_const(m_types)) {
        if (type.categoryId == lastCategory)
            continue;
        lastCategory = type.categoryId;
        m_category->addItem(chinese ? type.categoryZh : type.categoryEn, type.categoryId);
    }
    m_type = new QComboBox(bar);
    m_type->setMaxVisibleItems(20);
    fillTypes();
    connect(m_category, &QComboBox::currentIndexChanged, this, &ServicesPage::fillTypes);

    m_handler = new QComboBox(bar);
    m_handler->setMaxVisibleItems(20);
    m_handler->addItem(tr("All handlers"), 0);
    for (const StaffMember &member : StaffStore(database).active())
        m_handler->addItem(member.name, member.id);

    m_grid = new QComboBox(bar);
    m_grid->setMaxVisibleItems(20);
    m_grid->addItem(tr("All grids"), 0);
    for (const Grid &grid : GridStore(database).all())
        m_grid->addItem(grid.name, grid.id);

    m_case = new QComboBox(bar);
    m_case->addItem(tr("All records"), QString());
    m_case->addItem(tr("Open cases"), u"open"_s);
    m_case->addItem(tr("Overdue cases"), u"overdue"_s);
    for (const QString &status : CaseStatus::all())
        m_case->addItem(CaseStatus::label(status), status);

    m_resident = new ResidentPicker(m_session.location(), bar);
    connect(m_resident, &ResidentPicker::residentChosen, this, [this](qint64 residentId) {
        m_residentId = residentId;
        applyFilters();
    });

    for (QComboBox *box : {m_period, m_category, m_type, m_handler, m_grid, m_case}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &ServicesPage::applyFilters);
    }
    // Long type and grid names would push the row off a 1200-pixel window; their lists open as
    // wide as the names.
    for (const auto &[box, letters] :
         {std::pair{m_category, 9}, std::pair{m_type, 12}, std::pair{m_grid, 7}, std::pair{m_handler, 6}}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(letters);
        box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + 24);
    }
    for (QWidget *widget : std::initializer_list<QWidget *>{m_period, m_category, m_type, m_handler, m_grid, m_case})
        layout->addWidget(widget);
    layout->addStretch(1);
    return bar;
}

ServiceFilter ServicesPage::currentFilter() const
{
    ServiceFilter filter;
    const QDate firstOfMonth(m_today.year(), m_today.month(), 1);
    switch (Period(m_period->currentData().toInt())) {
    case Period::All:
        break;
    case Period::Today:
        filter.from = filter.to = m_today;
        break;
    case Period::LastSevenDays:
        filter.from = m_today.addDays(-6);
        filter.to = m_today;
        break;
    case Period::ThisMonth:
        filter.from = firstOfMonth;
        filter.to = m_today;
        break;
    case Period::LastMonth:
        filter.from = firstOfMonth.addMonths(-1);
        filter.to = firstOfMonth.addDays(-1);
        break;
    case Period::Between:
        filter.from = qMin(m_from->date(), m_to->date());
        filter.to = qMax(m_from->date(), m_to->date());
        break;
    case Period::ThisYear:
        filter.from = QDate(m_today.year(), 1, 1);
        filter.to = m_today;
        break;
    }
    filter.categoryId = m_category->currentData().toLongLong();
    filter.typeId = m_type->currentData().toLongLong();
    filter.handlerId = m_handler->currentData().toLongLong();
    filter.gridId = m_grid->currentData().toLongLong();
    filter.residentId = m_residentId;
    filter.caseStatus = m_case->currentData().toString();
    filter.today = m_today;
    return filter;
}

// The types of the chosen category (all of them for all categories), retired ones included: the
// log keeps them.
void ServicesPage::fillTypes()
{
    const QSignalBlocker blocker(m_type);
    const qint64 category = m_category->currentData().toLongLong();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    m_type->clear();
    m_type->addItem(tr("All types"), 0);
    for (const ServiceType &type : std::as_const(m_types)) {
        if (category == 0 || type.categoryId == category)
            m_type->addItem(u"%1 %2"_s.arg(type.code, chinese ? type.nameZh : type.nameEn), type.id);
    }
}

void ServicesPage::readCatalogue()
{
    const qint64 chosen = m_type->currentData().toLongLong();
    m_types = ServiceCatalogue(m_session.connection()).types(true);
    fillTypes();
    m_type->setCurrentIndex(qMax(0, m_type->findData(chosen)));
}

void ServicesPage::showResident(qint64 residentId, const QString &name)
{
    m_residentId = residentId;
    m_resident->setResident(residentId, name);
    applyFilters();
}

void ServicesPage::openRecord(const QModelIndex &index)
{
    const qint64 id = index.data(ServiceRecordTableModel::RecordIdRole).toLongLong();
    if (id <= 0)
        return;
    // A correction or a void is announced when written; the list follows by itself.
    RecordDialog dialog(m_session, id, this);
    dialog.exec();
}

void ServicesPage::reload()
{
    applyFilters();
}

void ServicesPage::applyFilters()
{
    m_model->setFilter(currentFilter());
}

SheetImportDialog::Sheet ServicesPage::importedSheet()
{
    return {tr("Import services"), [](qint64 count) { return tr("Imported %L1 service records.").arg(count); },
            [](const QSqlDatabase &connection) { return std::make_unique<ServiceImport>(connection); }};
}

void ServicesPage::importServices()
{
    SheetImportDialog dialog(m_session.location(), m_session.actor(), importedSheet(), this);
    // The import announces what it wrote when it is done; the list follows.
    dialog.exec();
}

} // namespace linli
