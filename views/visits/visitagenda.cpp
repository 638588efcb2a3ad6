#include "visitagenda.h"

#include "daysheetprinter.h"
#include "shownreload.h"
#include "staffstore.h"
#include "visitagendamodel.h"
#include "visitmonthmodel.h"
#include "visitweekmodel.h"
#include "visitwording.h"

#include <QAction>
#include <QButtonGroup>
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
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

VisitAgenda::VisitAgenda(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_day(QDate::currentDate())
    , m_dayModel(new VisitAgendaModel(session.connection(), this))
    , m_weekModel(new VisitWeekModel(session.connection(), this))
    , m_monthModel(new VisitMonthModel(session.connection(), this))
{
    m_weekModel->setToday(m_day);
    // First: building the widgets below already asks for reads.
    m_reads = new ShownReload(this, [this] { read(); });
    m_textQuestion = [this](const QString &title, const QString &label) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, title, label, QString(), &ok);
        return ok ? std::optional<QString>(text.trimmed()) : std::nullopt;
    };
    m_confirmation = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                == QMessageBox::Yes;
    };
    m_conflictQuestion
            = [this](const QStringList &conflicts) { return ScheduleVisitDialog::askConflictReason(this, conflicts); };
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createDayView());
    m_stack->addWidget(createWeekView());
    m_stack->addWidget(createMonthView());
    connect(m_dayModel, &VisitAgendaModel::loadFailed, this, &VisitAgenda::showMessage);
    connect(m_weekModel, &VisitWeekModel::loadFailed, this, &VisitAgenda::showMessage);
    connect(m_monthModel, &VisitMonthModel::loadFailed, this, &VisitAgenda::showMessage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(createNavigation());
    layout->addWidget(m_stack, 1);
    layout->addWidget(createActions());
    addKeyMoves();
    showSpan(Span::Week);
}

QWidget *VisitAgenda::createNavigation()
{
    auto *bar = new QWidget(this);
    m_staff = new QComboBox(bar);
    m_staff->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_staff->setMaxVisibleItems(20);
    m_staff->addItem(tr("Whole center"), 0);
    for (const StaffMember &member : StaffStore(m_session.connection()).active())
        m_staff->addItem(member.name, member.id);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &VisitAgenda::reload);

    auto *spans = new QButtonGroup(bar);
    const std::pair<Span, QString> labels[]
            = {{Span::Day, tr("&Day")}, {Span::Week, tr("&Week")}, {Span::Month, tr("&Month")}};
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Staff:"), bar));
    layout->addWidget(m_staff);
    layout->addSpacing(12);
    for (const auto &[span, label] : labels) {
        auto *button = new QToolButton(bar);
        button->setText(label);
        button->setCheckable(true);
        button->setAutoRaise(false);
        spans->addButton(button);
        m_spanButtons.append(button);
        layout->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, span] { showSpan(span); });
    }
    layout->addSpacing(12);
    auto *previous = new QToolButton(bar);
    previous->setText(u"◀"_s);
    previous->setToolTip(tr("Earlier (Alt+Left)"));
    auto *today = new QToolButton(bar);
    today->setText(tr("&Today"));
    auto *next = new QToolButton(bar);
    next->setText(u"▶"_s);
    next->setToolTip(tr("Later (Alt+Right)"));
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QToolButton::clicked, this, [this] { showDay(now().date()); });
    layout->addWidget(previous);
    layout->addWidget(today);
    layout->addWidget(next);
    m_range = new QLabel(bar);
    QFont bold = m_range->font();
    bold.setBold(true);
    m_range->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(m_range);
    layout->addStretch(1);
    return bar;
}

QWidget *VisitAgenda::createActions()
{
    auto *bar = new QWidget(this);
    m_done = new QPushButton(tr("D&one…"), bar);
    m_done->setToolTip(tr("The visit took place: its service is logged with it"));
    m_missed = new QPushButton(tr("M&issed…"), bar);
    m_cancel = new QPushButton(tr("&Cancel the visit…"), bar);
    m_change = new QPushButton(tr("C&hange…"), bar);
    m_change->setToolTip(tr("Another day, time, staff member or place; for a series, also the following visits"));
    m_sheet = new QPushButton(tr("Day &sheet…"), bar);
    m_sheet->setToolTip(tr("The day's visits of the staff member chosen, to print or save as PDF"));
    connect(m_done, &QPushButton::clicked, this, &VisitAgenda::markDone);
    connect(m_missed, &QPushButton::clicked, this, &VisitAgenda::markMissed);
    connect(m_cancel, &QPushButton::clicked, this, &VisitAgenda::cancelVisit);
    connect(m_change, &QPushButton::clicked, this, &VisitAgenda::changeVisit);
    connect(m_sheet, &QPushButton::clicked, this, &VisitAgenda::printDaySheet);
    auto *hint = new QLabel(tr("Drag a visit to another day, or move it with Ctrl and the arrow keys."), bar);
    hint->setEnabled(false);
    hint->setWordWrap(true);
    m_message = new QLabel(bar);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_message->hide();
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_message);
    texts->addWidget(hint);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(texts, 1);
    for (QPushButton *button : {m_done, m_missed, m_cancel, m_change, m_sheet})
        layout->addWidget(button);
    return bar;
}

QTableView *VisitAgenda::createDayView()
{
    m_dayView = new QTableView(this);
    m_dayView->setModel(m_dayModel);
    m_dayView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dayView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dayView->setAlternatingRowColors(true);
    m_dayView->verticalHeader()->hide();
    m_dayView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_dayView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VisitAgendaModel::Address, QHeaderView::Stretch);
    header->setSectionResizeMode(VisitAgendaModel::Note, QHeaderView::Stretch);
    connect(m_dayView, &QTableView::activated, this, &VisitAgenda::changeVisit);
    connect(m_dayView->selectionModel(), &QItemSelectionModel::currentChanged, this, &VisitAgenda::showButtons);
    return m_dayView;
}

QTableView *VisitAgenda::createWeekView()
{
    m_weekView = new QTableView(this);
    m_weekView->setModel(m_weekModel);
    m_weekView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_weekView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_weekView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_weekView->setDragDropMode(QAbstractItemView::DragDrop);
    m_weekView->setDefaultDropAction(Qt::MoveAction);
    m_weekView->setDragDropOverwriteMode(true);
    m_weekView->setDropIndicatorShown(true);
    m_weekView->setWordWrap(true);
    m_weekView->setTextElideMode(Qt::ElideRight);
    m_weekView->verticalHeader()->hide();
    // Two lines a visit: time and resident, then kind (and who goes).
    m_weekView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_weekView->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 2 + 12);
    m_weekView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The heading in bold is today's, not the one of the visit chosen.
    m_weekView->horizontalHeader()->setHighlightSections(false);
    m_weekView->horizontalHeader()->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 10);
    connect(m_weekView, &QTableView::activated, this, &VisitAgenda::changeVisit);
    connect(m_weekView->selectionModel(), &QItemSelectionModel::currentChanged, this, &VisitAgenda::showButtons);
    connect(m_weekModel, &VisitWeekModel::moveRequested, this,
            [this](qint64 visitId, int version, const QDateTime &startsAt) {
                // After the drop has finished, not inside it: the week is read again.
                QMetaObject::invokeMethod(
                        this, [this, visitId, version, startsAt] { moveVisit(visitId, version, startsAt); },
                        Qt::QueuedConnection);
            });
    return m_weekView;
}

QTableView *VisitAgenda::createMonthView()
{
    m_monthView = new QTableView(this);
    m_monthView->setModel(m_monthModel);
    m_monthView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_monthView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_monthView->setWordWrap(true);
    m_monthView->verticalHeader()->hide();
    m_monthView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthView->setToolTip(tr("Enter or double-click a day to see its agenda"));
    connect(m_monthView, &QTableView::activated, this, [this](const QModelIndex &index) {
        showDay(m_monthModel->dayAt(index));
        showSpan(Span::Day);
        m_dayView->setFocus();
    });
    return m_monthView;
}

void VisitAgenda::addKeyMoves()
{
    const struct
    {
        QKeySequence keys;
        int days;
        int minutes;
    } moves[] = {{QKeySequence(Qt::CTRL | Qt::Key_Left), -1, 0},
                 {QKeySequence(Qt::CTRL | Qt::Key_Right), 1, 0},
                 {QKeySequence(Qt::CTRL | Qt::Key_Up), 0, -minutesPerKeyMove},
                 {QKeySequence(Qt::CTRL | Qt::Key_Down), 0, minutesPerKeyMove}};
    for (const auto &[keys, direction] :
         {std::pair{QKeySequence(Qt::ALT | Qt::Key_Left), -1}, std::pair{QKeySequence(Qt::ALT | Qt::Key_Right), 1}}) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, direction] { step(direction); });
        addAction(action);
    }
    for (const auto &move : moves) {
        auto *action = new QAction(this);
        action->setShortcut(move.keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, move] { moveBy(move.days, move.minutes); });
        addAction(action);
    }
}

qint64 VisitAgenda::staffId() const
{
    return m_staff->currentData().toLongLong();
}

QDateTime VisitAgenda::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTime();
}

void VisitAgenda::setReferenceTime(const QDateTime &now)
{
    m_fixedNow = now;
    m_weekModel->setToday(now.date());
    showDay(now.date());
}

void VisitAgenda::showSpan(Span span)
{
    m_span = span;
    m_spanButtons.at(int(span))->setChecked(true);
    m_stack->setCurrentIndex(int(span));
    reload();
}

void VisitAgenda::showDay(QDate day)
{
    if (!day.isValid())
        return;
    m_day = day;
    reload();
}

void VisitAgenda::showStaff(qint64 staffId)
{
    m_staff->setCurrentIndex(qMax(0, m_staff->findData(staffId)));
}

void VisitAgenda::step(int direction)
{
    switch (m_span) {
    case Span::Day:
        showDay(m_day.addDays(direction));
        break;
    case Span::Week:
        showDay(m_day.addDays(7 * direction));
        break;
    case Span::Month:
        showDay(m_day.addMonths(direction));
        break;
    }
}

void VisitAgenda::reload()
{
    m_reads->request();
}

void VisitAgenda::read()
{
    const std::optional<AgendaEntry> chosen = currentEntry();
    switch (m_span) {
    case Span::Day:
        m_dayModel->showDay(staffId(), m_day);
        break;
    case Span::Week:
        m_weekModel->showWeek(staffId(), m_day);
        break;
    case Span::Month:
        m_monthModel->showMonth(staffId(), m_day);
        m_monthView->setCurrentIndex(m_monthModel->indexOfDay(m_day));
        break;
    }
    if (chosen)
        selectVisit(chosen->visit.id);
    showRange();
    showButtons();
}

void VisitAgenda::showRange()
{
    const QLocale locale;
    switch (m_span) {
    case Span::Day:
        m_range->setText(
                tr("%1 · visits: %2").arg(locale.toString(m_day, QLocale::LongFormat)).arg(m_dayModel->rowCount()));
        break;
    case Span::Week: {
        const QDate monday = m_weekModel->monday();
        m_range->setText(tr("%1 – %2 · visits: %3")
                                 .arg(locale.toString(monday, QLocale::ShortFormat),
                                      locale.toString(monday.addDays(6), QLocale::ShortFormat))
                                 .arg(m_weekModel->visitCount()));
        break;
    }
    case Span::Month: {
        const VisitDayCount total = m_monthModel->monthTotal();
        // The format is translated: "November 2026", "2026年11月".
        m_range->setText(tr("%1 · visits: %2, done %3, missed %4, planned %5")
                                 .arg(locale.toString(m_monthModel->firstOfMonth(), tr("MMMM yyyy")))
                                 .arg(total.total())
                                 .arg(total.done)
                                 .arg(total.missed)
                                 .arg(total.planned));
        break;
    }
    }
}

std::optional<AgendaEntry> VisitAgenda::currentEntry() const
{
    switch (m_span) {
    case Span::Day:
        return m_dayModel->entry(m_dayView->currentIndex().row());
    case Span::Week:
        return m_weekModel->entry(m_weekView->currentIndex());
    case Span::Month:
        break;
    }
    return std::nullopt;
}

bool VisitAgenda::selectVisit(qint64 visitId)
{
    QModelIndex found;
    QTableView *view = nullptr;
    if (m_span == Span::Day) {
        found = m_dayModel->index(m_dayModel->rowOfVisit(visitId), 0);
        view = m_dayView;
    } else if (m_span == Span::Week) {
        found = m_weekModel->indexOfVisit(visitId);
        view = m_weekView;
    }
    if (!view || !found.isValid())
        return false;
    view->setCurrentIndex(found);
    view->scrollTo(found);
    return true;
}

void VisitAgenda::showButtons()
{
    const std::optional<AgendaEntry> entry = currentEntry();
    const bool planned = entry && entry->visit.status == u"planned"_s;
    for (QPushButton *button : {m_done, m_missed, m_cancel, m_change})
        button->setEnabled(planned);
    m_sheet->setEnabled(m_span != Span::Month);
}

void VisitAgenda::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool VisitAgenda::setStatus(const std::function<Result<qint64>(const AgendaEntry &, const QString &)> &change,
                            const QString &title, const QString &label, bool textRequired)
{
    const std::optional<AgendaEntry> entry = currentEntry();
    if (!entry || entry->visit.status != u"planned"_s)
        return false;
    const std::optional<QString> text
            = m_textQuestion(title,
                             tr("%1, %2 %3\n\n%4")
                                     .arg(entry->residentName, entry->visit.startsAt.toString(u"MM-dd HH:mm"_s),
                                          VisitWording::kindLabel(entry->visit.kind), label));
    if (!text || (textRequired && text->isEmpty()))
        return false;
    const Result<qint64> outcome = change(*entry, *text);
    changed(entry->visit.id, outcome);
    return outcome.isDone();
}

bool VisitAgenda::markDone()
{
    // Done before it was due to start is most often the wrong row: asked, not refused (a visit may
    // really be made early).
    const std::optional<AgendaEntry> entry = currentEntry();
    const QDateTime clock = now();
    if (entry && entry->visit.status == u"planned"_s && entry->visit.startsAt > clock
        && !m_confirmation(tr("Visit done"),
                           tr("%1's visit is planned for %2, later than now. Mark it done now anyway?")
                                   .arg(entry->residentName, entry->visit.startsAt.toString(u"MM-dd HH:mm"_s))))
        return false;
    return setStatus(
            [this](const AgendaEntry &entry, const QString &text) {
                return VisitStore(m_session.connection()).markDone(entry.visit.id, entry.visit.version, text, now());
            },
            tr("Visit done"), tr("How did it go? (optional)"), false);
}

bool VisitAgenda::markMissed()
{
    return setStatus(
            [this](const AgendaEntry &entry, const QString &text) {
                return VisitStore(m_session.connection()).markMissed(entry.visit.id, entry.visit.version, text);
            },
            tr("Missed"), tr("Nobody was there. What is the next step? (call back, ask the neighbours, visit again)"),
            true);
}

bool VisitAgenda::cancelVisit()
{
    return setStatus(
            [this](const AgendaEntry &entry, const QString &text) {
                return VisitStore(m_session.connection()).cancel(entry.visit.id, entry.visit.version, text);
            },
            tr("Cancel the visit"), tr("Why is the visit cancelled?"), true);
}

bool VisitAgenda::changeVisit()
{
    const std::optional<AgendaEntry> entry = currentEntry();
    if (!entry || entry->visit.status != u"planned"_s)
        return false;
    ScheduleVisitDialog dialog(m_session, entry->visit.residentId, entry->residentName, this);
    dialog.setToday(now().date());
    dialog.setConflictQuestion(m_conflictQuestion);
    dialog.editVisit(entry->visit);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    changed(entry->visit.id, entry->visit.id);
    return true;
}

bool VisitAgenda::moveBy(int days, int minutes)
{
    const std::optional<AgendaEntry> entry = currentEntry();
    if (!entry || entry->visit.status != u"planned"_s)
        return false;
    return moveVisit(entry->visit.id, entry->visit.version,
                     entry->visit.startsAt.addDays(days).addSecs(60LL * minutes));
}

bool VisitAgenda::moveVisit(qint64 visitId, int version, const QDateTime &startsAt)
{
    VisitStore store(m_session.connection());
    const std::optional<VisitRow> visit = store.visit(visitId);
    if (!visit)
        return false;
    QStringList conflicts;
    for (const VisitRow &other :
         store.conflicts(visit->staffId, visit->residentId, startsAt, visit->durationMinutes, visitId))
        conflicts.append(ScheduleVisitDialog::describeConflict(other, visit->residentId));
    QString reason;
    if (!conflicts.isEmpty()) {
        const std::optional<QString> given = m_conflictQuestion(conflicts);
        if (!given)
            return false;
        reason = *given;
    }
    // Moving to another day in the week view, the day shown follows if the visit leaves the week.
    const Result<qint64> outcome = store.move(visitId, version, startsAt, reason);
    if (outcome.isDone() && m_span == Span::Day)
        m_day = startsAt.date();
    changed(visitId, outcome);
    return outcome.isDone();
}

void VisitAgenda::changed(qint64 visitId, const Result<qint64> &outcome)
{
    reload();
    showMessage(outcome.message());
    if (!outcome.isDone())
        return;
    selectVisit(visitId);
}

void VisitAgenda::printDaySheet()
{
    QDate day = m_day;
    if (const std::optional<AgendaEntry> entry = currentEntry())
        day = entry->visit.startsAt.date();
    DaySheetPrinter printer(m_session, staffId(), m_staff->currentText(), day, this);
    printer.exec();
}

} // namespace linli
