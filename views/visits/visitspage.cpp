#include "visitspage.h"

#include "carealerttablemodel.h"
#include "changefollower.h"
#include "shownreload.h"
#include "deskstaff.h"
#include "gridstore.h"
#include "recordcorrections.h"
#include "recordlist.h"
#include "schedulevisitdialog.h"
#include "servicecatalogue.h"
#include "servicerecordstore.h"
#include "visitagenda.h"
#include "visitstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto phoneCheckCode = u"EC02"_s; // 日常安全问候（电话/敲门）
const auto homeVisitCode = u"EC01"_s;  // 独居老人上门探访

} // namespace

VisitsPage::VisitsPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CareAlertTableModel(session.connection(), this))
    , m_view(new QTableView(this))
    , m_reads(new ShownReload(this, [this] { read(); }))
{
    QLabel *heading = RecordList::createHeading(tr("Visits"), this);
    m_summary = new QLabel(this);
    m_agenda = new VisitAgenda(session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createAlerts(), tr("Not contacted in time"));
    m_tabs->addTab(m_agenda, tr("Agenda"));
    // Visits planned, moved or done (here or in the agenda), services logged (a phone check
    // counts as contact), residents or their care tags changed, other contact intervals.
    new ChangeFollower(this, session.changes(),
                       DataKind::Visits | DataKind::ServiceRecords | DataKind::Residents | DataKind::Settings
                               | DataKind::Centers,
                       [this] {
                           reload();
                           m_agenda->reload();
                       });

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(heading);
    top->addWidget(m_summary);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    reload();
}

QWidget *VisitsPage::createAlerts()
{
    auto *alerts = new QWidget(this);
    m_intervals = new QLabel(alerts);
    m_intervals->setWordWrap(true);
    m_grid = new QComboBox(alerts);
    m_grid->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_grid->setMaxVisibleItems(20);
    m_phoneCheck = new QPushButton(tr("Log a &phone check"), alerts);
    m_phoneCheck->setToolTip(tr("The resident was called (or their door knocked) just now: reached and well, or not "
                                "reached with the next step"));
    m_visit = new QPushButton(tr("Log a &visit…"), alerts);
    m_schedule = new QPushButton(tr("&Schedule a visit…"), alerts);
    connect(m_schedule, &QPushButton::clicked, this, &VisitsPage::scheduleVisit);
    connect(m_phoneCheck, &QPushButton::clicked, this, &VisitsPage::logPhoneCheck);
    m_undo = new QPushButton(alerts);
    m_undo->setToolTip(tr("The phone check just logged was a slip: it is voided, and the resident is due again"));
    m_undo->setVisible(false);
    connect(m_undo, &QPushButton::clicked, this, &VisitsPage::undoPhoneCheck);
    connect(m_visit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentResidentId(); id > 0)
            emit visitToLog(id, homeVisitCode);
    });

    m_view->setParent(alerts);
    m_view->setModel(m_model);
    RecordList::setUp(m_view, {8, 24, 12, 10, 22, 18, 11, 9});
    RecordList::readWhenShown(m_view, m_model);
    // The last contact (when and what) takes what is left; the figures stay together on the right.
    m_view->horizontalHeader()->setSectionResizeMode(CareAlertTableModel::LastContact, QHeaderView::Stretch);
    connect(m_model, &CareAlertTableModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Visits"), message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &VisitsPage::showButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VisitsPage::showButtons);
    connect(m_grid, &QComboBox::currentIndexChanged, this,
            [this] { m_model->show(m_grid->currentData().toLongLong(), now()); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Grid:"), alerts));
    bar->addWidget(m_grid);
    bar->addStretch(1);
    bar->addWidget(m_undo);
    bar->addWidget(m_phoneCheck);
    bar->addWidget(m_visit);
    bar->addWidget(m_schedule);
    auto *layout = new QVBoxLayout(alerts);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_intervals);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    return alerts;
}

QDateTime VisitsPage::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTime();
}

void VisitsPage::setReferenceTime(const QDateTime &now)
{
    m_fixedNow = now;
    m_agenda->setReferenceTime(now);
    reload();
}

void VisitsPage::reload()
{
    m_reads->request();
}

void VisitsPage::read()
{
    const CareSchedule::Intervals intervals
            = CareSchedule(m_session.connection()).intervals().value_or(CareSchedule::Intervals());
    m_intervals->setText(tr("Not contacted in time: living alone every %1 days, disabled every %2, key care every %3 "
                            "(or as set for the resident)")
                                 .arg(intervals.livingAlone)
                                 .arg(intervals.disabled)
                                 .arg(intervals.keyCare));
    fillGrids();
    m_model->show(m_grid->currentData().toLongLong(), now());
}

// "All grids (n)" and each grid with residents overdue, with how many.
void VisitsPage::fillGrids()
{
    const qint64 chosen = m_grid->currentData().toLongLong();
    QHash<qint64, qint64> overdue;
    qint64 total = 0;
    for (const auto &[grid, count] : CareSchedule(m_session.connection()).overdueByGrid(now())) {
        overdue.insert(grid, count);
        total += count;
    }
    const QLocale locale;
    const QSignalBlocker blocker(m_grid);
    m_grid->clear();
    m_grid->addItem(tr("All grids (%1)").arg(locale.toString(total)), 0);
    for (const Grid &grid : GridStore(m_session.connection()).all()) {
        if (overdue.contains(grid.id))
            m_grid->addItem(u"%1 (%2)"_s.arg(grid.name, locale.toString(overdue.value(grid.id))), grid.id);
    }
    m_grid->setCurrentIndex(qMax(0, m_grid->findData(chosen)));
    m_summary->setText(total == 0 ? tr("Everyone in care has been contacted in time.")
                                  : tr("Due for contact: %1").arg(locale.toString(total)));
    m_tabs->setTabText(0, tr("Not contacted in time (%1)").arg(locale.toString(total)));
}

qint64 VisitsPage::currentResidentId() const
{
    return m_view->currentIndex().data(CareAlertTableModel::ResidentIdRole).toLongLong();
}

void VisitsPage::showButtons()
{
    const bool chosen = currentResidentId() > 0;
    m_phoneCheck->setEnabled(chosen);
    m_visit->setEnabled(chosen);
    m_schedule->setEnabled(chosen);
}

bool VisitsPage::scheduleVisit()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 resident = current.data(CareAlertTableModel::ResidentIdRole).toLongLong();
    if (resident <= 0)
        return false;
    ScheduleVisitDialog dialog(m_session, resident,
                               current.siblingAtColumn(CareAlertTableModel::Resident).data().toString(), this);
    return dialog.exec() == QDialog::Accepted;
}

bool VisitsPage::logPhoneCheck()
{
    const qint64 resident = currentResidentId();
    if (resident <= 0)
        return false;
    const QString name = m_view->currentIndex().siblingAtColumn(CareAlertTableModel::Resident).data().toString();
    QMessageBox question(QMessageBox::Question, tr("Phone check"), tr("Did you reach %1?").arg(name),
                         QMessageBox::NoButton, this);
    QPushButton *reached = question.addButton(tr("&Reached, all is well"), QMessageBox::AcceptRole);
    QPushButton *notReached = question.addButton(tr("&Not reached…"), QMessageBox::ActionRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(reached);
    question.exec();
    if (question.clickedButton() == reached)
        return logReached();
    if (question.clickedButton() != notReached)
        return false;
    const QStringList steps = {tr("Call again later today"), tr("Call the emergency contact"),
                               tr("Ask the grid worker or the neighbours"), tr("Visit at home")};
    bool chosen = false;
    const QString step
            = QInputDialog::getItem(this, tr("Not reached"), tr("Nobody answered %1. What is the next step?").arg(name),
                                    steps, 0, true, &chosen);
    if (!chosen || !logUnansweredCall(step))
        return false;
    if (step == steps.constLast())
        scheduleVisit();
    return true;
}

bool VisitsPage::logReached()
{
    const qint64 resident = currentResidentId();
    if (resident <= 0)
        return false;
    const QString name = m_view->currentIndex().siblingAtColumn(CareAlertTableModel::Resident).data().toString();
    ServiceRecordStore store(m_session.connection());
    const QDateTime checkedAt = now();
    store.setReferenceTime(checkedAt);
    const std::optional<ServiceType> type = ServiceCatalogue(m_session.connection()).offered(phoneCheckCode);
    if (!type) {
        QMessageBox::warning(this, tr("Visits"),
                             tr("The phone check (%1) is not offered in the catalogue.").arg(phoneCheckCode));
        return false;
    }
    ServiceEntry entry;
    entry.residentId = resident;
    entry.serviceTypeId = type->id;
    entry.servedAt = checkedAt;
    entry.handlerId = DeskStaff::id(m_session.actor());
    const Result<qint64> logged = store.log(entry);
    if (!logged.isDone()) {
        QMessageBox::warning(this, tr("Visits"), logged.message());
        return false;
    }
    // Undone from here if it was a slip: the resident comes back on the list.
    m_lastCheck = logged.value();
    m_undo->setText(tr("&Undo the phone check with %1").arg(name));
    m_undo->setVisible(true);
    return true;
}

bool VisitsPage::logUnansweredCall(const QString &nextStep)
{
    const qint64 resident = currentResidentId();
    if (resident <= 0)
        return false;
    const Result<qint64> written
            = VisitStore(m_session.connection())
                      .logUnansweredCall(resident, DeskStaff::id(m_session.actor()), now(), nextStep);
    if (!written.isDone()) {
        QMessageBox::warning(this, tr("Visits"), written.message());
        return false;
    }
    return true;
}

bool VisitsPage::undoPhoneCheck()
{
    if (m_lastCheck <= 0)
        return false;
    RecordCorrections corrections(m_session.connection());
    corrections.setReferenceTime(now());
    const Result<void> undone
            = corrections.voidRecord(m_lastCheck, 1,
                                     tr("Logged by mistake; undone at the list of those not contacted in time"));
    if (!undone.isDone()) {
        QMessageBox::warning(this, tr("Visits"), undone.message());
        return false;
    }
    m_lastCheck = 0;
    m_undo->setVisible(false);
    return true;
}

} // namespace linli
