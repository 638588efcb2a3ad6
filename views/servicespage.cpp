#include "servicespage.h"

#include "casestatus.h"
#include "recordlist.h"
#include "servicecatalogue.h"
#include "servicerecordtablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

ServicesPage::ServicesPage(const QSqlDatabase &database, QWidget *parent)
    : QWidget(parent)
    , m_model(new ServiceRecordTableModel(database, this))
    , m_view(new QTableView(this))
{
    QLabel *heading = RecordList::createHeading(tr("Services"), this);
    m_view->setModel(m_model);
    RecordList::setUp(m_view, {16, 9, 24, 11, 7, 5, 12, 8, 10});
    QHeaderView *header = m_view->horizontalHeader();
    // Fits a 1200-pixel window; the last column takes what is left of a wider one.
    header->setStretchLastSection(true);
    connect(m_model, &ServiceRecordTableModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Services"), message); });

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(heading);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(createFilterBar(database));
    layout->addWidget(m_view, 1);
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

    m_category = new QComboBox(bar);
    m_category->addItem(tr("All categories"), 0);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    qint64 lastCategory = 0;
    for (const ServiceType &type : ServiceCatalogue(database).types(true)) {
        if (type.categoryId == lastCategory)
            continue;
        lastCategory = type.categoryId;
        m_category->addItem(chinese ? type.categoryZh : type.categoryEn, type.categoryId);
    }

    m_case = new QComboBox(bar);
    m_case->addItem(tr("All records"), QString());
    m_case->addItem(tr("Open cases"), u"open"_s);
    m_case->addItem(tr("Overdue cases"), u"overdue"_s);
    for (const QString &status : CaseStatus::all())
        m_case->addItem(CaseStatus::label(status), status);

    for (QComboBox *box : {m_period, m_category, m_case}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &ServicesPage::applyFilters);
    }
    layout->addWidget(new QLabel(tr("Show:"), bar));
    layout->addWidget(m_period);
    layout->addWidget(m_category);
    layout->addWidget(m_case);
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
    case Period::ThisYear:
        filter.from = QDate(m_today.year(), 1, 1);
        filter.to = m_today;
        break;
    }
    filter.categoryId = m_category->currentData().toLongLong();
    filter.caseStatus = m_case->currentData().toString();
    filter.today = m_today;
    return filter;
}

void ServicesPage::reload()
{
    applyFilters();
}

void ServicesPage::applyFilters()
{
    m_model->setFilter(currentFilter());
}

} // namespace linli
