#include "casedialog.h"

#include "calendarstore.h"
#include "casestatus.h"
#include "deskstaff.h"
#include "revealquestion.h"
#include "masking.h"
#include "residentstore.h"
#include "residenttablemodel.h"
#include "staffstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

CaseDialog::CaseDialog(const Session &session, qint64 recordId, QWidget *parent)
    : FormDialog(parent)
    , m_session(session)
    , m_recordId(recordId)
    , m_record(ServiceRecordStore(session.connection()).record(recordId).value_or(ServiceRecordRow()))
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    setWindowTitle(tr("Case no. %1 · %2").arg(recordId).arg(chinese ? m_record.typeZh : m_record.typeEn));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *heading = new QLabel(windowTitle(), this);
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    layout->addWidget(createSummary());

    auto *historyGroup = new QGroupBox(tr("History"), this);
    auto *historyLayout = new QVBoxLayout(historyGroup);
    m_history = new QTreeWidget(historyGroup);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("Note")});
    m_history->setMinimumHeight(m_history->fontMetrics().height() * 8);
    historyLayout->addWidget(m_history);
    layout->addWidget(historyGroup, 1);
    fillHistory();

    layout->addWidget(createStepPart());
    m_message = new OutcomeLabel(this);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_take = buttons->addButton(tr("Take this step"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_take, &QPushButton::clicked, this, &CaseDialog::takeStep);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_take->setDefault(true);
    offerSteps();
    resize(720, sizeHint().height());
}

QWidget *CaseDialog::createSummary()
{
    auto *summary = new QWidget(this);
    auto *form = new QFormLayout(summary);
    form->setContentsMargins(0, 0, 0, 0);
    const auto value = [summary](const QString &text = {}) {
        auto *label = new QLabel(text, summary);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    form->addRow(tr("Resident:"), value(m_record.residentName.isEmpty() ? tr("(walk-in)") : m_record.residentName));
    // What the handler needs to call or find them; the phone masked, as in every list.
    const std::optional<ResidentRow> resident
            = m_record.residentId > 0 ? ResidentStore(m_session.connection()).row(m_record.residentId) : std::nullopt;
    m_phone = value(resident && !resident->phone.isEmpty() ? Masking::phone(resident->phone) : tr("not recorded"));
    m_address = value(resident ? ResidentTableModel::addressText(*resident) : QString());
    if (resident) {
        auto *phoneRow = new QHBoxLayout;
        phoneRow->addWidget(m_phone, 1);
        if (!resident->phone.isEmpty()) {
            // The whole number to call back, for a role that may see it, with a reason kept in the audit log.
            m_revealPhone = new QPushButton(tr("Show the whole number…"), summary);
            m_revealPhone->setAutoDefault(false);
            if (!m_session.actor().may(Permission::SeeFullIdentifiers)) {
                m_revealPhone->setEnabled(false);
                m_revealPhone->setToolTip(AccessPolicy::refusal(Permission::SeeFullIdentifiers));
            }
            connect(m_revealPhone, &QPushButton::clicked, this, &CaseDialog::revealPhone);
            phoneRow->addWidget(m_revealPhone);
        }
        form->addRow(tr("Phone:"), phoneRow);
        form->addRow(tr("Address:"), m_address);
    }
    m_request = value(m_record.notes.trimmed().isEmpty() ? tr("(nothing was written down)") : m_record.notes);
    form->addRow(tr("Request:"), m_request);
    if (!m_record.outcome.trimmed().isEmpty())
        form->addRow(tr("At the desk:"), value(m_record.outcome));
    form->addRow(tr("Received:"), value(m_record.servedAt.left(16)));
    m_handlerName = value();
    form->addRow(tr("Handler:"), m_handlerName);
    m_state = value();
    form->addRow(tr("State:"), m_state);
    m_due = value();
    form->addRow(tr("Due:"), m_due);
    showCase();
    return summary;
}

bool CaseDialog::revealPhone()
{
    const std::optional<IdentifierReveal::Identifiers> revealed
            = RevealQuestion::ask(this, m_session.connection(), m_record.residentId,
                                  {tr("Whole phone number"),
                                   tr("Why do you need %1's whole phone number? The reason is kept in the audit log.")
                                           .arg(m_record.residentName),
                                   tr("Calling back about case no. %1").arg(m_recordId)});
    if (!revealed)
        return false;
    m_phone->setText(revealed->phone);
    m_revealPhone->setEnabled(false);
    return true;
}

QWidget *CaseDialog::createStepPart()
{
    m_stepGroup = new QGroupBox(tr("Next step"), this);
    m_stepForm = new QFormLayout(m_stepGroup);
    m_action = new QComboBox(m_stepGroup);
    m_handler = new QComboBox(m_stepGroup);
    for (const StaffMember &member : StaffStore(m_session.connection()).active())
        m_handler->addItem(member.name, member.id);
    m_satisfaction = new QComboBox(m_stepGroup);
    m_satisfaction->addItem(tr("Choose…"), 0);
    for (int rating = 5; rating >= 1; --rating)
        m_satisfaction->addItem(CaseWorkflow::satisfactionLabel(rating), rating);
    m_referredTo = new QLineEdit(m_stepGroup);
    m_referredTo->setPlaceholderText(tr("e.g. district legal aid center, street office"));
    m_note = new QLineEdit(m_stepGroup);
    m_stepForm->addRow(tr("Step:"), m_action);
    m_stepForm->addRow(tr("Assign to:"), m_handler);
    m_stepForm->addRow(tr("Satisfaction:"), m_satisfaction);
    m_stepForm->addRow(tr("Referred to:"), m_referredTo);
    m_stepForm->addRow(tr("Note:"), m_note);
    connect(m_action, &QComboBox::currentIndexChanged, this, &CaseDialog::showStepFields);
    return m_stepGroup;
}

void CaseDialog::offerSteps()
{
    {
        const QSignalBlocker blocker(m_action);
        m_action->clear();
        for (CaseWorkflow::Action action : CaseWorkflow::actionsFrom(m_record.caseStatus))
            m_action->addItem(CaseWorkflow::label(action), int(action));
    }
    const int current
            = m_handler->findData(m_record.handlerId > 0 ? m_record.handlerId : DeskStaff::id(m_session.actor()));
    m_handler->setCurrentIndex(qMax(0, current));
    m_satisfaction->setCurrentIndex(0);
    m_referredTo->clear();
    m_note->clear();
    const bool any = m_action->count() > 0;
    m_stepGroup->setTitle(any ? tr("Next step")
                              : tr("This case is finished: %1.").arg(CaseStatus::label(m_record.caseStatus)));
    m_action->setEnabled(any);
    m_note->setEnabled(any);
    if (m_take)
        m_take->setEnabled(any);
    showStepFields();
    markUnchanged();
}

void CaseDialog::showStepFields()
{
    using Action = CaseWorkflow::Action;
    const Action action = Action(m_action->currentData().toInt());
    const bool any = m_action->count() > 0;
    m_stepForm->setRowVisible(m_handler, any && action == Action::Assign);
    m_stepForm->setRowVisible(m_satisfaction, any && action == Action::ReturnVisit);
    m_stepForm->setRowVisible(m_referredTo, any && action == Action::Refer);
    m_note->setPlaceholderText(any && action == Action::Reply ? tr("What the resident was told (required)")
                                                              : tr("Optional"));
}

void CaseDialog::setReferenceDate(QDate today)
{
    m_today = today;
    showDue();
}

void CaseDialog::showCase()
{
    m_handlerName->setText(m_record.handlerName.isEmpty() ? tr("not assigned") : m_record.handlerName);
    m_state->setText(CaseStatus::label(m_record.caseStatus));
    showDue();
}

void CaseDialog::showDue()
{
    const QDate due = QDate::fromString(m_record.dueDate, Qt::ISODate);
    if (!due.isValid()) {
        m_due->setText(tr("no deadline"));
        m_due->setStyleSheet(QString());
        return;
    }
    const bool overdue = CaseStatus::isOverdue(m_record.caseStatus, due, m_today);
    QString text = m_record.dueDate;
    if (overdue) {
        const qint64 late = due.daysTo(m_today);
        text = late == 1 ? tr("%1 — overdue by 1 day").arg(m_record.dueDate)
                         : tr("%1 — overdue by %2 days").arg(m_record.dueDate).arg(late);
    } else if (CaseStatus::isOpen(m_record.caseStatus)) {
        // Counted as the deadline was: in working days, holidays and worked weekends included.
        const std::optional<WorkingDayCalendar> calendar = CalendarStore(m_session.connection()).calendar();
        if (calendar) {
            const int left = calendar->workingDaysBetween(m_today, due);
            if (left == 0)
                text = tr("%1 — due today").arg(m_record.dueDate);
            else if (left == 1)
                text = tr("%1 — 1 working day left").arg(m_record.dueDate);
            else
                text = tr("%1 — %2 working days left").arg(m_record.dueDate).arg(left);
        }
    }
    m_due->setText(text);
    m_due->setStyleSheet(overdue ? u"QLabel { color: #b3261e; font-weight: bold; }"_s : QString());
}

void CaseDialog::fillHistory()
{
    m_history->clear();
    for (const CaseEvent &event : CaseWorkflow(m_session.connection()).history(m_recordId)) {
        const QString step = event.fromStatus.isEmpty()
                ? CaseStatus::label(event.toStatus)
                : tr("%1 → %2").arg(CaseStatus::label(event.fromStatus), CaseStatus::label(event.toStatus));
        QStringList note;
        if (event.satisfaction > 0)
            note.append(tr("Satisfaction: %1").arg(CaseWorkflow::satisfactionLabel(event.satisfaction)));
        if (!event.note.isEmpty())
            note.append(event.note);
        auto *item
                = new QTreeWidgetItem(m_history,
                                      {event.happenedAt.left(16), event.staffName.isEmpty() ? u"—"_s : event.staffName,
                                       step, note.join(tr(" · "))});
        item->setToolTip(3, note.join(u'\n'));
    }
    // Wide enough for a date, a name and a step even when the history is short.
    const QFontMetrics metrics = m_history->fontMetrics();
    const int widths[] = {metrics.horizontalAdvance(u"2025-11-24 16:00"_s), metrics.horizontalAdvance(u"欧阳一二三"_s),
                          metrics.horizontalAdvance(u"Return visit → Closed"_s)};
    for (int column = 0; column < 3; ++column) {
        m_history->resizeColumnToContents(column);
        m_history->setColumnWidth(column, qMax(m_history->columnWidth(column), widths[column] + 16));
    }
    m_history->scrollToBottom();
}

bool CaseDialog::takeStep()
{
    if (m_action->count() == 0)
        return false;
    CaseStep step;
    step.action = CaseWorkflow::Action(m_action->currentData().toInt());
    step.handlerId = m_handler->currentData().toLongLong();
    step.satisfaction = m_satisfaction->currentData().toInt();
    step.referredTo = m_referredTo->text();
    step.note = m_note->text();
    step.actorStaffId = DeskStaff::id(m_session.actor());
    // Held back until the outcome is known: a second press never takes the step twice. Disabling
    // it would pass its focus on to Close; the focus is given back below.
    QWidget *focused = focusWidget();
    m_take->setEnabled(false);
    const Result<void> taken = CaseWorkflow(m_session.connection()).take(m_recordId, m_record.caseStatus, step);
    if (!taken.isDone()) {
        m_take->setEnabled(true);
        if (focused)
            focused->setFocus();
        m_message->say(false, {}, taken.message());
        return false;
    }
    ++m_stepsTaken;
    if (const std::optional<ServiceRecordRow> now = ServiceRecordStore(m_session.connection()).record(m_recordId))
        m_record = *now;
    showCase();
    fillHistory();
    offerSteps();
    // Ready for the next step: Enter takes it (the default button), not Close.
    (m_action->isEnabled() ? static_cast<QWidget *>(m_action) : m_take)->setFocus();
    m_message->say(true,
                   tr("Recorded: %1. The case is now “%2”.")
                           .arg(CaseWorkflow::label(step.action), CaseStatus::label(m_record.caseStatus)),
                   {});
    return true;
}

void CaseDialog::saveForm()
{
    if (takeStep())
        accept();
}

void CaseDialog::reject()
{
    if (!mayClose())
        return;
    // The caller shows the case again when a step was taken, however the dialog was closed.
    if (m_stepsTaken > 0)
        accept();
    else
        QDialog::reject();
}

} // namespace linli
