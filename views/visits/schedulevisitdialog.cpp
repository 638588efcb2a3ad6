#include "schedulevisitdialog.h"

#include "calendarstore.h"

#include "deskstaff.h"
#include "staffstore.h"
#include "visitwording.h"

#include <QComboBox>
#include <QHash>
#include <QMessageBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr int conflictsLookedAt = 30; // occurrences checked for double bookings

} // namespace

ScheduleVisitDialog::ScheduleVisitDialog(const Session &session, qint64 residentId, const QString &residentName,
                                         QWidget *parent)
    : FormDialog(parent)
    , m_session(session)
    , m_residentId(residentId)
    , m_residentName(residentName)
{
    setWindowTitle(tr("Schedule a visit · %1").arg(residentName));
    m_kind = new QComboBox(this);
    for (const QString &kind : VisitWording::kinds())
        m_kind->addItem(VisitWording::kindLabel(kind), kind);
    m_staff = new QComboBox(this);
    m_staff->addItem(tr("(not assigned yet)"), 0);
    for (const StaffMember &member : StaffStore(session.connection()).active())
        m_staff->addItem(member.name, member.id);
    m_staff->setCurrentIndex(qMax(0, m_staff->findData(DeskStaff::id(m_session.actor()))));
    m_day = new QDateEdit(QDate::currentDate().addDays(1), this);
    m_day->setDisplayFormat(u"yyyy-MM-dd dddd"_s);
    m_day->setCalendarPopup(true);
    m_time = new QTimeEdit(QTime(9, 0), this);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_duration = new QSpinBox(this);
    m_duration->setRange(5, 600);
    m_duration->setSingleStep(15);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" min"));
    m_place = new QLineEdit(this);
    m_place->setPlaceholderText(tr("The resident's home unless written here"));
    m_repeat = new QComboBox(this);
    m_repeat->addItem(tr("Once"), int(Repeat::Once));
    m_repeat->addItem(tr("Every week on this weekday"), int(Repeat::Weekly));
    m_repeat->addItem(tr("Every few days"), int(Repeat::EveryNDays));
    m_repeat->addItem(tr("Every month on this day"), int(Repeat::Monthly));
    m_interval = new QSpinBox(this);
    m_interval->setRange(1, 365);
    m_sessions = new QSpinBox(this);
    m_sessions->setRange(0, 1000);
    m_sessions->setSpecialValueText(tr("no end"));
    m_sessions->setValue(12);
    m_notes = new QLineEdit(this);
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("Only this visit"), int(Scope::OnlyThis));
    m_scope->addItem(tr("This and the following visits of the series"), int(Scope::ThisAndFollowing));

    auto *when = new QHBoxLayout;
    when->addWidget(m_day, 1);
    when->addWidget(m_time);
    when->addWidget(m_duration);
    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Staff member:"), m_staff);
    form->addRow(tr("Change:"), m_scope);
    m_whenLabel = new QLabel(tr("First visit:"), this);
    form->addRow(m_whenLabel, when);
    form->addRow(tr("Place:"), m_place);
    form->addRow(tr("Repeat:"), m_repeat);
    form->addRow(tr("Every:"), m_interval);
    form->addRow(tr("Sessions:"), m_sessions);
    form->addRow(tr("Notes:"), m_notes);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleVisitDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_heading = new QLabel(windowTitle(), this);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, &ScheduleVisitDialog::showRepeatFields);
    m_conflictQuestion = [this](const QStringList &conflicts) { return askConflictReason(this, conflicts); };
    m_dayQuestion = [this](const QStringList &days) {
        QMessageBox question(QMessageBox::Question, tr("Holidays"),
                             tr("Some days planned are not ordinary working days:"), QMessageBox::NoButton, this);
        question.setInformativeText(days.join(u'\n'));
        QPushButton *plan = question.addButton(tr("&Plan anyway"), QMessageBox::AcceptRole);
        question.addButton(tr("&Go back"), QMessageBox::RejectRole);
        question.setDefaultButton(plan);
        question.exec();
        return question.clickedButton() == plan;
    };
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ScheduleVisitDialog::showScope);
    m_form = form;
    form->setRowVisible(m_scope, false);
    showRepeatFields();
    setMinimumWidth(520);
}

std::optional<QString> ScheduleVisitDialog::askConflictReason(QWidget *parent, const QStringList &conflicts)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
            parent, tr("Already booked"),
            tr("At these times someone is already booked:\n%1\n\nTo plan the visit anyway, say why:")
                    .arg(conflicts.join(u'\n')),
            QLineEdit::Normal, QString(), &ok);
    if (!ok || reason.trimmed().isEmpty())
        return std::nullopt;
    return reason.trimmed();
}

QString ScheduleVisitDialog::describeConflict(const VisitRow &other, qint64 residentId)
{
    return tr("%1 %2, %3")
            .arg(other.startsAt.toString(u"yyyy-MM-dd HH:mm"_s), VisitWording::kindLabel(other.kind),
                 other.residentId == residentId ? tr("the same resident") : tr("the same staff member"));
}

void ScheduleVisitDialog::editVisit(const VisitRow &visit)
{
    m_editing = visit;
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(visit.kind)));
    if (m_staff->findData(visit.staffId) < 0) // someone who has left meanwhile
        m_staff->addItem(tr("(no longer active)"), visit.staffId);
    m_staff->setCurrentIndex(qMax(0, m_staff->findData(visit.staffId)));
    m_day->setDate(visit.startsAt.date());
    m_time->setTime(visit.startsAt.time());
    m_duration->setValue(visit.durationMinutes);
    m_place->setText(visit.place);
    m_notes->setText(visit.notes);
    m_form->setRowVisible(m_repeat, false);
    m_form->setRowVisible(m_interval, false);
    m_form->setRowVisible(m_sessions, false);
    m_form->setRowVisible(m_scope,
                          visit.seriesId > 0
                                  && !VisitStore(m_session.connection()).visitsOfSeries(visit.seriesId).isEmpty());
    setWindowTitle(tr("Change the visit · %1").arg(m_residentName));
    m_heading->setText(windowTitle());
    m_whenLabel->setText(tr("Visit:"));
    showScope();
}

void ScheduleVisitDialog::showScope()
{
    // The following visits keep the days their rule gives; only this one can go to another day.
    const bool following = Scope(m_scope->currentData().toInt()) == Scope::ThisAndFollowing;
    m_day->setEnabled(!following);
    if (following && m_editing)
        m_day->setDate(m_editing->startsAt.date());
}

void ScheduleVisitDialog::showRepeatFields()
{
    const Repeat repeat = Repeat(m_repeat->currentData().toInt());
    m_interval->setEnabled(repeat != Repeat::Once);
    m_sessions->setEnabled(repeat != Repeat::Once);
    // A prefix reads right whatever the number ("weeks: 2", "周数：2").
    m_interval->setPrefix(repeat == Repeat::Weekly               ? tr("weeks: ")
                                  : repeat == Repeat::Monthly    ? tr("months: ")
                                  : repeat == Repeat::EveryNDays ? tr("days: ")
                                                                 : QString());
}

VisitDraft ScheduleVisitDialog::draft() const
{
    VisitDraft draft;
    draft.residentId = m_residentId;
    draft.entryKey = m_entryKey;
    draft.staffId = m_staff->currentData().toLongLong();
    draft.kind = m_kind->currentData().toString();
    draft.startTime = m_time->time();
    draft.durationMinutes = m_duration->value();
    draft.place = m_place->text();
    draft.notes = m_notes->text();
    return draft;
}

VisitRecurrence ScheduleVisitDialog::rule() const
{
    VisitRecurrence rule;
    rule.start = m_day->date();
    switch (Repeat(m_repeat->currentData().toInt())) {
    case Repeat::Once:
        rule.frequency = VisitRecurrence::Frequency::EveryNDays;
        rule.count = 1;
        return rule;
    case Repeat::Weekly:
        rule.frequency = VisitRecurrence::Frequency::Weekly;
        rule.weekdays = VisitRecurrence::weekdayBit(rule.start.dayOfWeek());
        break;
    case Repeat::EveryNDays:
        rule.frequency = VisitRecurrence::Frequency::EveryNDays;
        break;
    case Repeat::Monthly:
        rule.frequency = VisitRecurrence::Frequency::Monthly;
        rule.monthDay = rule.start.day();
        break;
    }
    rule.interval = m_interval->value();
    rule.count = m_sessions->value();
    return rule;
}

QStringList ScheduleVisitDialog::doubleBookings(const VisitDraft &draft, const QList<QDate> &days) const
{
    QStringList found;
    const VisitStore store(m_session.connection());
    for (qsizetype i = 0; i < qMin<qsizetype>(days.size(), conflictsLookedAt); ++i) {
        const QDateTime start(days.at(i), draft.startTime);
        for (const VisitRow &other : store.conflicts(draft.staffId, draft.residentId, start, draft.durationMinutes)) {
            const bool changed = m_editing
                    && (other.id == m_editing->id
                        || (Scope(m_scope->currentData().toInt()) == Scope::ThisAndFollowing
                            && other.seriesId == m_editing->seriesId));
            if (!changed)
                found.append(describeConflict(other, draft.residentId));
        }
    }
    found.removeDuplicates();
    return found;
}

QList<QDate> ScheduleVisitDialog::changedDays() const
{
    if (Scope(m_scope->currentData().toInt()) == Scope::OnlyThis)
        return {m_day->date()};
    QList<QDate> days;
    for (const VisitRow &each : VisitStore(m_session.connection()).visitsOfSeries(m_editing->seriesId)) {
        if (each.startsAt >= m_editing->startsAt && each.status == u"planned"_s)
            days.append(each.startsAt.date());
    }
    return days;
}

QStringList ScheduleVisitDialog::offDays(const QList<QDate> &days) const
{
    const CalendarStore calendar(m_session.connection());
    QHash<int, QList<CalendarDay>> entered; // by year
    QStringList found;
    QList<int> unknownYears;
    for (qsizetype i = 0; i < qMin<qsizetype>(days.size(), conflictsLookedAt); ++i) {
        const QDate day = days.at(i);
        if (!entered.contains(day.year()))
            entered.insert(day.year(), calendar.days(day.year()));
        const QList<CalendarDay> &year = entered[day.year()];
        if (year.isEmpty() && !unknownYears.contains(day.year()))
            unknownYears.append(day.year());
        for (const CalendarDay &known : year) {
            if (known.day == day && known.isHoliday)
                found.append(tr("%1 %2 (holiday)").arg(day.toString(Qt::ISODate), known.note));
        }
    }
    for (const int year : std::as_const(unknownYears))
        found.append(tr("The holidays of %1 are not entered yet (Settings → Holidays and working days…).").arg(year));
    return found;
}

bool ScheduleVisitDialog::plannedDaysAccepted(const QList<QDate> &days) const
{
    const QStringList off = offDays(days);
    return off.isEmpty() || m_dayQuestion(off);
}

bool ScheduleVisitDialog::saveChange(const VisitDraft &draft)
{
    VisitDraft changed = draft;
    if (!plannedDaysAccepted(changedDays()))
        return false;
    const QStringList conflicts = doubleBookings(changed, changedDays());
    if (!conflicts.isEmpty()) {
        const std::optional<QString> reason = m_conflictQuestion(conflicts);
        if (!reason)
            return false;
        changed.conflictReason = *reason;
    }
    VisitStore store(m_session.connection());
    const Result<qint64> outcome = Scope(m_scope->currentData().toInt()) == Scope::OnlyThis
            ? store.changeOne(m_editing->id, m_editing->version, changed, m_day->date())
            : store.changeFollowing(m_editing->id, changed, m_today);
    if (!outcome.isDone()) {
        m_message->setText(outcome.message());
        m_message->show();
        return false;
    }
    m_savedSeriesId = outcome.value();
    accept();
    return true;
}

bool ScheduleVisitDialog::save()
{
    VisitDraft planned = draft();
    if (m_editing)
        return saveChange(planned);
    const VisitRecurrence repeating = rule();
    if (const QString problem = repeating.problem(); !problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        return false;
    }
    const QList<QDate> days = repeating.occurrences(m_today.addDays(VisitStore::horizonDays));
    if (!plannedDaysAccepted(days))
        return false;
    const QStringList conflicts = doubleBookings(planned, days);
    if (!conflicts.isEmpty()) {
        const std::optional<QString> reason = m_conflictQuestion(conflicts);
        if (!reason)
            return false;
        planned.conflictReason = *reason;
    }
    const Result<qint64> outcome = VisitStore(m_session.connection()).createSeries(planned, repeating, m_today);
    if (!outcome.isDone()) {
        m_message->setText(outcome.message());
        m_message->show();
        return false;
    }
    m_savedSeriesId = outcome.value();
    accept();
    return true;
}

} // namespace linli
