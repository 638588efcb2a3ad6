#include "casedialog.h"

#include "casestatus.h"
#include "deskstaff.h"
#include "staffstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

CaseDialog::CaseDialog(const Session &session, qint64 recordId, QWidget *parent)
    : QDialog(parent)
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
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_take = buttons->addButton(tr("Take this step"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseDialog::takeStep);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_take->setEnabled(m_action->count() > 0);
    m_take->setDefault(true);
    resize(720, sizeHint().height());
}

QWidget *CaseDialog::createSummary()
{
    auto *summary = new QWidget(this);
    auto *form = new QFormLayout(summary);
    form->setContentsMargins(0, 0, 0, 0);
    const auto value = [summary](const QString &text) {
        auto *label = new QLabel(text, summary);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    form->addRow(tr("Resident:"), value(m_record.residentName.isEmpty() ? tr("(walk-in)") : m_record.residentName));
    form->addRow(tr("Received:"), value(m_record.servedAt.left(16)));
    form->addRow(tr("Handler:"), value(m_record.handlerName.isEmpty() ? tr("not assigned") : m_record.handlerName));
    form->addRow(tr("State:"), value(CaseStatus::label(m_record.caseStatus)));
    m_due = value(QString());
    form->addRow(tr("Due:"), m_due);
    showDue();
    return summary;
}

QWidget *CaseDialog::createStepPart()
{
    auto *group = new QGroupBox(tr("Next step"), this);
    m_stepForm = new QFormLayout(group);
    m_action = new QComboBox(group);
    for (CaseWorkflow::Action action : CaseWorkflow::actionsFrom(m_record.caseStatus))
        m_action->addItem(CaseWorkflow::label(action), int(action));
    m_handler = new QComboBox(group);
    for (const StaffMember &member : StaffStore(m_session.connection()).active())
        m_handler->addItem(member.name, member.id);
    const int current = m_handler->findData(m_record.handlerId > 0 ? m_record.handlerId : DeskStaff::id());
    m_handler->setCurrentIndex(qMax(0, current));
    m_satisfaction = new QComboBox(group);
    m_satisfaction->addItem(tr("Choose…"), 0);
    for (int rating = 5; rating >= 1; --rating)
        m_satisfaction->addItem(CaseWorkflow::satisfactionLabel(rating), rating);
    m_referredTo = new QLineEdit(group);
    m_referredTo->setPlaceholderText(tr("e.g. district legal aid center, street office"));
    m_note = new QLineEdit(group);
    m_stepForm->addRow(tr("Step:"), m_action);
    m_stepForm->addRow(tr("Assign to:"), m_handler);
    m_stepForm->addRow(tr("Satisfaction:"), m_satisfaction);
    m_stepForm->addRow(tr("Referred to:"), m_referredTo);
    m_stepForm->addRow(tr("Note:"), m_note);
    connect(m_action, &QComboBox::currentIndexChanged, this, &CaseDialog::showStepFields);
    if (m_action->count() == 0) {
        group->setTitle(tr("This case is finished: %1.").arg(CaseStatus::label(m_record.caseStatus)));
        for (QWidget *field : {static_cast<QWidget *>(m_action), static_cast<QWidget *>(m_note)})
            field->setEnabled(false);
    }
    showStepFields();
    return group;
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

void CaseDialog::showDue()
{
    if (m_record.dueDate.isEmpty()) {
        m_due->setText(tr("no deadline"));
        return;
    }
    const bool overdue = CaseStatus::isOverdue(m_record.caseStatus, m_record.dueDate, m_today);
    m_due->setText(overdue ? tr("%1 — overdue").arg(m_record.dueDate) : m_record.dueDate);
    m_due->setStyleSheet(overdue ? u"QLabel { color: #b3261e; font-weight: bold; }"_s : QString());
}

void CaseDialog::fillHistory()
{
    m_history->clear();
    for (const CaseEvent &event : CaseWorkflow(m_session.connection()).history(m_recordId)) {
        const QString step = event.fromStatus.isEmpty()
                ? CaseStatus::label(event.toStatus)
                : tr("%1 → %2").arg(CaseStatus::label(event.fromStatus), CaseStatus::label(event.toStatus));
        new QTreeWidgetItem(m_history,
                            {event.happenedAt.left(16), event.staffName.isEmpty() ? u"—"_s : event.staffName, step,
                             event.note});
    }
    // Wide enough for a date, a name and a step even when the history is short.
    const QFontMetrics metrics = m_history->fontMetrics();
    const int widths[] = {metrics.horizontalAdvance(u"2025-11-24 16:00"_s), metrics.horizontalAdvance(u"欧阳一二三"_s),
                          metrics.horizontalAdvance(u"Return visit → Closed"_s)};
    for (int column = 0; column < 3; ++column) {
        m_history->resizeColumnToContents(column);
        m_history->setColumnWidth(column, qMax(m_history->columnWidth(column), widths[column] + 16));
    }
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
    step.actorStaffId = DeskStaff::id();
    const Result<void> taken = CaseWorkflow(m_session.connection()).take(m_recordId, m_record.caseStatus, step);
    if (!taken.isDone()) {
        m_message->setText(taken.message());
        m_message->show();
        return false;
    }
    accept();
    return true;
}

} // namespace linli
