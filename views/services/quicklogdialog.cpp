#include "quicklogdialog.h"

#include "age.h"
#include "changefollower.h"
#include "deskstaff.h"
#include "preferredservicetypes.h"
#include "residentstatus.h"
#include "residentstore.h"
#include "residenttablemodel.h"
#include "servicelogqueue.h"
#include "staffstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr int residentsShown = 6;
constexpr int TypeIdRole = Qt::UserRole + 1;
constexpr int ResidentIdRole = Qt::UserRole + 1;
constexpr int ResidentNameRole = Qt::UserRole + 2;

// A list as tall as `rows` of its rows, so that the dialog does not jump as matches come and go.
void fixRows(QListWidget *list, int rows)
{
    const int rowHeight = list->fontMetrics().height() + 8;
    list->setFixedHeight(rows * rowHeight + 2 * list->frameWidth() + 4);
}

} // namespace

QuickLogDialog::QuickLogDialog(const Session &session, QWidget *parent)
    : FormDialog(parent)
    , m_session(session)
    , m_runner(new ResidentSearchRunner(session.location(), this))
    , m_queue(new ServiceLogQueue(session.location(), this))
    , m_types(ServiceCatalogue(session.connection()).types())
    , m_matcher(m_types)
    , m_chineseNames(QLocale().language() == QLocale::Chinese)
{
    setWindowTitle(tr("Log a service"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(createResidentPart());
    layout->addWidget(createServicePart());
    layout->addWidget(createDetailsPart());

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    auto *hint = new QLabel(tr("Enter saves and starts the next entry · Esc closes"), this);
    hint->setStyleSheet(u"QLabel { color: #666; }"_s);
    buttons->addWidget(hint, 1);
    m_save = new QPushButton(tr("Save"), this);
    auto *close = new QPushButton(tr("Close"), this);
    // Enter is the dialog's own (keyPressEvent): a button's animated click would lag behind typing.
    for (QPushButton *button : {m_save, close}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    connect(m_save, &QPushButton::clicked, this, &QuickLogDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addLayout(buttons);

    auto *journalGroup = new QGroupBox(tr("Logged in this window"), this);
    auto *journalLayout = new QVBoxLayout(journalGroup);
    m_journal = new QListWidget(journalGroup);
    m_journal->setFocusPolicy(Qt::NoFocus);
    m_journal->setSelectionMode(QAbstractItemView::NoSelection);
    fixRows(m_journal, 4);
    journalLayout->addWidget(m_journal);
    layout->addWidget(journalGroup);

    connect(m_runner, &ResidentSearchRunner::firstPage, this, &QuickLogDialog::showResidents);
    connect(m_runner, &ResidentSearchRunner::failed, this, &QuickLogDialog::showMessage);
    connect(m_queue, &ServiceLogQueue::logged, this, [this](int ticket, qint64 recordId) {
        Q_UNUSED(recordId)
        showAnswer(ticket, tr("saved"), false);
    });
    connect(m_queue, &ServiceLogQueue::refused, this,
            [this](int ticket, const QString &message) { showAnswer(ticket, tr("not saved: %1").arg(message), true); });

    handlerChosen();
    setMinimumWidth(640);
    new ChangeFollower(this, session.changes(), DataKind::Catalogue, [this] { readCatalogue(); });
}

QuickLogDialog::~QuickLogDialog() = default;

QWidget *QuickLogDialog::createResidentPart()
{
    auto *group = new QGroupBox(tr("Resident"), this);
    auto *layout = new QGridLayout(group);
    m_residentBox = new QLineEdit(group);
    m_residentBox->setPlaceholderText(tr("Name, pinyin, ID number, phone or address"));
    m_residentBox->setClearButtonEnabled(true);
    m_residentBox->installEventFilter(this);
    m_walkIn = new QCheckBox(tr("&Walk-in (not registered)"), group);
    // Tab goes from the resident straight to the service; Alt+W ticks the box.
    m_walkIn->setFocusPolicy(Qt::NoFocus);
    m_residents = new QListWidget(group);
    m_residents->setFocusPolicy(Qt::NoFocus);
    fixRows(m_residents, 3);
    layout->addWidget(m_residentBox, 0, 0);
    layout->addWidget(m_walkIn, 0, 1);
    layout->addWidget(m_residents, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &QuickLogDialog::searchResidents);
    connect(m_residentBox, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_walkIn, &QCheckBox::toggled, this, [this](bool walkIn) {
        m_residentBox->setEnabled(!walkIn);
        m_residents->setEnabled(!walkIn);
        if (walkIn)
            m_serviceBox->setFocus();
        else
            m_residentBox->setFocus();
    });
    return group;
}

QWidget *QuickLogDialog::createServicePart()
{
    auto *group = new QGroupBox(tr("Service"), this);
    auto *layout = new QGridLayout(group);
    m_serviceBox = new QLineEdit(group);
    m_serviceBox->setPlaceholderText(tr("Code, name or pinyin initials, e.g. LG01, 法律, flzx"));
    m_serviceBox->installEventFilter(this);
    m_favourite = new QToolButton(group);
    m_favourite->setCheckable(true);
    m_favourite->setText(tr("☆ Favourite"));
    m_favourite->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_favourite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_favourite->setToolTip(tr("Keep this type at the top of the handler's list (Ctrl+D)"));
    m_favourite->setFocusPolicy(Qt::NoFocus);
    ignoreChanges(m_favourite); // saved as soon as it is pressed
    m_services = new QListWidget(group);
    m_services->setFocusPolicy(Qt::NoFocus);
    fixRows(m_services, 6);
    m_typeInfo = new QLabel(group);
    m_typeInfo->setStyleSheet(u"QLabel { color: #666; }"_s);
    layout->addWidget(m_serviceBox, 0, 0);
    layout->addWidget(m_favourite, 0, 1);
    layout->addWidget(m_services, 1, 0, 1, 2);
    layout->addWidget(m_typeInfo, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_serviceBox, &QLineEdit::textChanged, this, &QuickLogDialog::listServiceTypes);
    connect(m_services, &QListWidget::currentRowChanged, this, &QuickLogDialog::showFavourite);
    connect(m_services, &QListWidget::itemDoubleClicked, this, &QuickLogDialog::save);
    connect(m_favourite, &QToolButton::toggled, this, &QuickLogDialog::toggleFavourite);
    return group;
}

QWidget *QuickLogDialog::createDetailsPart()
{
    auto *details = new QWidget(this);
    auto *layout = new QGridLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    m_handler = new QComboBox(details);
    m_handler->addItem(tr("(not recorded)"), 0);
    for (const StaffMember &member : StaffStore(m_session.connection()).active())
        m_handler->addItem(member.name, member.id);
    const int remembered = m_handler->findData(DeskStaff::id(m_session.actor()));
    m_handler->setCurrentIndex(qMax(0, remembered));
    m_minutes = new QSpinBox(details);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSingleStep(5);
    m_minutes->setSpecialValueText(tr("not recorded"));
    m_minutes->setSuffix(tr(" min"));
    m_outcome = new QLineEdit(details);
    m_outcome->setPlaceholderText(tr("e.g. answered, form handed in, referred to the street office"));
    m_notes = new QLineEdit(details);
    layout->addWidget(new QLabel(tr("Handler:"), details), 0, 0);
    layout->addWidget(m_handler, 0, 1);
    layout->addWidget(new QLabel(tr("Duration:"), details), 0, 2);
    layout->addWidget(m_minutes, 0, 3);
    layout->addWidget(new QLabel(tr("Outcome:"), details), 1, 0);
    layout->addWidget(m_outcome, 1, 1, 1, 3);
    layout->addWidget(new QLabel(tr("Notes:"), details), 2, 0);
    layout->addWidget(m_notes, 2, 1, 1, 3);
    layout->setColumnStretch(1, 1);
    connect(m_handler, &QComboBox::currentIndexChanged, this, &QuickLogDialog::handlerChosen);
    // Who is at the desk is kept from one entry to the next, not typed work.
    ignoreChanges(m_handler);
    return details;
}

void QuickLogDialog::readCatalogue()
{
    m_types = ServiceCatalogue(m_session.connection()).types();
    m_matcher = ServiceTypeMatcher(m_types);
    listServiceTypes();
}

void QuickLogDialog::startFor(qint64 residentId, const QString &serviceText)
{
    m_entryKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_walkIn->setChecked(false);
    m_searchDelay->stop();
    m_residents->clear();
    m_residentBox->clear();
    m_serviceBox->clear();
    m_outcome->clear();
    m_notes->clear();
    m_minutes->setValue(0);
    showMessage({});
    const std::optional<ResidentRow> row
            = residentId > 0 ? ResidentStore(m_session.connection()).row(residentId) : std::nullopt;
    m_serviceBox->setText(serviceText);
    if (row) {
        m_residentBox->setText(row->name);
        showResidents({}, {*row});
        m_serviceBox->setFocus();
    } else {
        m_residentBox->setFocus();
    }
    markUnchanged();
}

void QuickLogDialog::searchResidents()
{
    const QString text = m_residentBox->text().trimmed();
    if (text.isEmpty()) {
        m_residents->clear();
        return;
    }
    m_runner->run(ResidentSearchRunner::Request::firstMatches(text, residentsShown));
}

void QuickLogDialog::showResidents(const ResidentSearchRunner::Request &request, const QList<ResidentRow> &rows)
{
    Q_UNUSED(request);
    m_residents->clear();
    for (const ResidentRow &row : rows) {
        auto *item = new QListWidgetItem(residentText(row), m_residents);
        item->setData(ResidentIdRole, row.id);
        item->setData(ResidentNameRole, row.name);
    }
    if (rows.isEmpty()) {
        auto *item
                = new QListWidgetItem(tr("No resident matches. Register them first, or tick “Walk-in”."), m_residents);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_residents->setCurrentRow(0);
    }
}

QString QuickLogDialog::residentText(const ResidentRow &row) const
{
    QStringList parts = {row.name};
    QString person = row.gender == u"M"_s ? tr("male") : tr("female");
    if (row.birthDate.isValid())
        person = tr("%1, %n years", nullptr, ageOn(row.birthDate, QDate::currentDate())).arg(person);
    parts.append(person);
    const QString address = ResidentTableModel::addressText(row);
    if (!address.isEmpty())
        parts.append(address);
    if (row.idNumber.size() >= 4)
        parts.append(tr("ID …%1").arg(row.idNumber.right(4)));
    if (row.status != u"active"_s)
        parts.append(ResidentStatus::label(row.status));
    return parts.join(u"  ·  "_s);
}

void QuickLogDialog::listServiceTypes()
{
    m_services->clear();
    for (const ServiceType &type : m_matcher.match(m_serviceBox->text(), m_preferred)) {
        const QString name = m_chineseNames ? type.nameZh : type.nameEn;
        const QString category = m_chineseNames ? type.categoryZh : type.categoryEn;
        QString text = u"%1   %2  (%3)"_s.arg(type.code, name, category);
        if (m_favourites.contains(type.id))
            text.prepend(u"★ "_s);
        auto *item = new QListWidgetItem(text, m_services);
        item->setData(TypeIdRole, type.id);
    }
    if (m_services->count() == 0) {
        auto *item = new QListWidgetItem(tr("No service type matches."), m_services);
        item->setFlags(Qt::NoItemFlags);
    } else if (!m_serviceBox->text().trimmed().isEmpty()) {
        // The best match of what was typed; with nothing typed the clerk chooses (arrows, a click).
        m_services->setCurrentRow(0);
    }
    showFavourite();
}

std::optional<ServiceType> QuickLogDialog::chosenType() const
{
    const QListWidgetItem *item = m_services->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return std::nullopt;
    const qint64 id = item->data(TypeIdRole).toLongLong();
    for (const ServiceType &type : m_types) {
        if (type.id == id)
            return type;
    }
    return std::nullopt;
}

void QuickLogDialog::showFavourite()
{
    const std::optional<ServiceType> type = chosenType();
    const qint64 handler = m_handler->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_favourite);
        m_favourite->setChecked(type && m_favourites.contains(type->id));
    }
    m_favourite->setEnabled(type && handler > 0);
    m_favourite->setText(m_favourite->isChecked() ? tr("★ Favourite") : tr("☆ Favourite"));
    if (!type)
        m_typeInfo->clear();
    else if (type->opensCase && type->deadlineWorkdays > 0)
        m_typeInfo->setText(
                tr("Opens a follow-up case; working days to its deadline: %1.").arg(type->deadlineWorkdays));
    else if (type->opensCase)
        m_typeInfo->setText(tr("Opens a follow-up case."));
    else
        m_typeInfo->setText(tr("A single service: no follow-up case."));
}

void QuickLogDialog::toggleFavourite(bool favourite)
{
    const std::optional<ServiceType> type = chosenType();
    const qint64 handler = m_handler->currentData().toLongLong();
    if (!type || handler <= 0)
        return;
    if (!PreferredServiceTypes(m_session.connection()).setFavourite(handler, type->id, favourite)) {
        showMessage(tr("The favourite could not be saved."));
        return;
    }
    const qint64 id = type->id;
    m_favourites.removeAll(id);
    m_preferred.removeAll(id);
    if (favourite) {
        m_favourites.append(id);
        m_preferred.prepend(id);
    }
    // The list keeps its order while the clerk looks at it; only the star changes.
    QListWidgetItem *item = m_services->currentItem();
    const QString text = item->text();
    item->setText(favourite ? u"★ "_s + text : text.mid(text.startsWith(u"★ "_s) ? 2 : 0));
    showFavourite();
}

void QuickLogDialog::handlerChosen()
{
    const qint64 handler = m_handler->currentData().toLongLong();
    DeskStaff::setId(m_session.actor(), handler);
    const PreferredServiceTypes preferences(m_session.connection());
    m_favourites = handler > 0 ? preferences.favourites(handler) : QList<qint64>();
    m_preferred = handler > 0 ? preferences.preferred(handler) : QList<qint64>();
    listServiceTypes();
}

bool QuickLogDialog::save()
{
    const std::optional<ServiceType> type = chosenType();
    if (!type) {
        showMessage(tr("Choose a service type: type part of its name or code."));
        m_serviceBox->setFocus();
        return false;
    }
    ServiceEntry entry;
    QString who = tr("walk-in");
    if (!m_walkIn->isChecked()) {
        const QListWidgetItem *item = m_residents->currentItem();
        entry.residentId = item ? item->data(ResidentIdRole).toLongLong() : 0;
        if (entry.residentId <= 0) {
            showMessage(tr("Find the resident, or tick “Walk-in” for a visitor who is not registered."));
            m_residentBox->setFocus();
            return false;
        }
        who = item->data(ResidentNameRole).toString();
    }
    entry.serviceTypeId = type->id;
    entry.servedAt = QDateTime::currentDateTime();
    entry.handlerId = m_handler->currentData().toLongLong();
    entry.durationMinutes = m_minutes->value();
    entry.outcome = m_outcome->text();
    entry.notes = m_notes->text();
    entry.entryKey = m_entryKey;
    m_entryKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const int ticket = m_queue->enqueue(entry);
    m_lastTicket = ticket;

    auto *item = new QListWidgetItem(
            tr("%1  %2 · %3 — saving…")
                    .arg(entry.servedAt.toString(u"HH:mm"_s), who, m_chineseNames ? type->nameZh : type->nameEn));
    m_journal->insertItem(0, item);
    m_journalItems.insert(ticket, item);

    // The type just used leads the recent ones, behind the favourites.
    if (!m_favourites.contains(type->id)) {
        m_preferred.removeAll(type->id);
        m_preferred.insert(m_favourites.size(), type->id);
    }
    showMessage({});
    m_serviceBox->clear();
    listServiceTypes();
    m_outcome->clear();
    m_notes->clear();
    m_minutes->setValue(0);
    m_serviceBox->setFocus();
    markUnchanged();
    return true;
}

void QuickLogDialog::saveForm()
{
    if (save())
        m_closeWhenWritten = m_lastTicket;
}

void QuickLogDialog::showAnswer(int ticket, const QString &outcome, bool refused)
{
    QListWidgetItem *item = m_journalItems.take(ticket);
    if (!item)
        return;
    QString text = item->text();
    text.truncate(text.lastIndexOf(u" — "_s));
    item->setText(text + u" — "_s + outcome);
    if (refused) {
        item->setForeground(QColor(0xb3, 0x26, 0x1e));
        showMessage(outcome);
    }
    if (ticket == m_closeWhenWritten) {
        m_closeWhenWritten = 0;
        if (!refused)
            reject();
    }
}

void QuickLogDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool QuickLogDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The arrows move through the list under the box being typed in; the focus stays in the box.
    if (event->type() == QEvent::KeyPress && (watched == m_residentBox || watched == m_serviceBox)) {
        QListWidget *list = watched == m_residentBox ? m_residents : m_services;
        const int key = static_cast<QKeyEvent *>(event)->key();
        int step = 0;
        if (key == Qt::Key_Down)
            step = 1;
        else if (key == Qt::Key_Up)
            step = -1;
        else if (key == Qt::Key_PageDown)
            step = 5;
        else if (key == Qt::Key_PageUp)
            step = -5;
        if (step != 0 && list->count() > 0) {
            list->setCurrentRow(qBound(0, list->currentRow() + step, list->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickLogDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        save();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace linli
