#include "residentdialog.h"

#include "actor.h"
#include "age.h"
#include "gridstore.h"
#include "householdrelation.h"
#include "householdstore.h"
#include "identifierreveal.h"
#include "idnumbervalidator.h"
#include "masking.h"
#include "recorddialog.h"
#include "residenteraser.h"
#include "revealquestion.h"
#include "residentsheet.h"
#include "residentstatus.h"
#include "residenttag.h"
#include "schedulevisitdialog.h"
#include "servicefilter.h"
#include "servicerecordtablemodel.h"
#include "sheetcell.h"
#include "visitagendamodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

using Field = ResidentDraft::Field;

// The household choice that starts a new household; real households have positive ids.
constexpr qint64 startsHouseholdChoice = -1;

} // namespace

ResidentDialog::ResidentDialog(const Session &session, QWidget *parent)
    : FormDialog(parent)
    , m_store(session.connection())
    , m_session(session)
{
    setWindowTitle(tr("New resident"));
    // Widgets are made in the order they are drawn, top to bottom, so that Tab follows it and
    // reaches the buttons last.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(createPersonGroup(), 1);
    columns->addWidget(createContactGroup(), 1);
    QWidget *care = createCareGroup();
    // What was done for them, side by side so that the form still fits a 768-pixel-high screen.
    auto *history = new QHBoxLayout;
    history->addWidget(createVisitsGroup(session.connection()), 1);
    history->addWidget(createServicesGroup(session.connection()), 1);

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setStyleSheet(u"QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 8px; }"_s);
    m_notice->hide();
    connect(m_notice, &QLabel::linkActivated, this, &ResidentDialog::showRegisteredResident);

    // Far from Save, and without a shortcut: nobody erases a resident by a slip of the hand.
    m_erase = new QPushButton(tr("Erase at their request…"), this);
    m_erase->setAutoDefault(false);
    m_erase->hide();
    connect(m_erase, &QPushButton::clicked, this, &ResidentDialog::erase);
    if (!session.actor().may(Permission::DeleteResidents)) {
        m_erase->setEnabled(false);
        m_erase->setToolTip(AccessPolicy::refusal(Permission::DeleteResidents));
    }
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &ResidentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(care);
    layout->addLayout(history);
    layout->addWidget(m_notice);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_erase);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    // Wide enough for most messages to fit on one line next to their field.
    setMinimumWidth(fontMetrics().averageCharWidth() * 120);
    validate();
}

void ResidentDialog::setReferenceDate(QDate date)
{
    m_today = date;
    m_store.setReferenceDate(date);
    m_services->setReferenceDate(date);
    validate();
}

bool ResidentDialog::loadResident(qint64 id)
{
    const std::optional<ResidentStore::Record> record = m_store.load(id);
    if (!record)
        return false;
    m_editedId = id;
    m_version = record->version;
    setWindowTitle(tr("Edit resident"));
    const ResidentDraft &draft = record->draft;
    editor(Field::Name)->setText(draft.name);
    showIdentifier(Field::IdNumber, draft.idNumber, Masking::idNumber(draft.idNumber));
    m_gender->setCurrentIndex(m_gender->findData(draft.gender));
    editor(Field::BirthDate)->setText(draft.birthDate.toString(Qt::ISODate));
    showIdentifier(Field::Phone, draft.phone, Masking::phone(draft.phone));
    showIdentifier(Field::Phone2, draft.phone2, Masking::phone(draft.phone2));
    m_grid->setCurrentIndex(m_grid->findData(draft.gridId));
    m_building->setText(draft.building);
    m_unit->setText(draft.unit);
    m_room->setText(draft.room);
    m_emergencyContact->setText(draft.emergencyContact);
    showIdentifier(Field::EmergencyPhone, draft.emergencyPhone, Masking::phone(draft.emergencyPhone));
    for (QCheckBox *box : std::as_const(m_tags))
        box->setChecked(draft.tags.contains(box->property("tag").toString()));
    m_notes->setPlainText(draft.notes);
    m_contactInterval->setValue(draft.contactIntervalDays);
    m_visits->showResident(id, m_today);
    m_visitsGroup->setTitle(m_visits->rowCount() >= VisitAgendaModel::residentVisitsShown
                                    ? tr("Visits (the latest %1)").arg(VisitAgendaModel::residentVisitsShown)
                                    : tr("Visits (%1)").arg(m_visits->rowCount()));
    m_visitsGroup->show();
    ServiceFilter received;
    received.residentId = id;
    m_services->setFilter(received);
    m_servicesGroup->show();
    m_erase->show();
    m_status->setCurrentIndex(m_status->findData(draft.status));
    refreshHouseholds();
    m_household->setCurrentIndex(qMax(0, m_household->findData(draft.householdId)));
    m_relation->setCurrentIndex(qMax(0, m_relation->findData(draft.relationToHead)));
    updateRelation();
    m_touched.clear();
    validate();
    markUnchanged();
    return true;
}

QLineEdit *ResidentDialog::addLine(QFormLayout *form, Field field, const QString &label)
{
    auto *edit = new QLineEdit(this);
    form->addRow(label, edit);
    m_editors.insert(field, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, field] { fieldEdited(field); });
    addMessageRow(form, field);
    return edit;
}

void ResidentDialog::addMessageRow(QFormLayout *form, Field field)
{
    auto *message = new QLabel(this);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    form->addRow(QString(), message);
    m_messages.insert(field, message);
    m_messageRows.insert(field, {form, form->rowCount() - 1});
    form->setRowVisible(form->rowCount() - 1, false);
}

QWidget *ResidentDialog::createPersonGroup()
{
    auto *group = new QGroupBox(tr("Person"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addLine(form, Field::Name, tr("&Name:"));
    QLineEdit *id = addLine(form, Field::IdNumber, tr("&ID number:"));
    id->setPlaceholderText(tr("18 characters; gender and date of birth follow from it"));
    m_reveal = new QPushButton(tr("Show the whole ID number and phones…"), this);
    m_reveal->setAutoDefault(false);
    connect(m_reveal, &QPushButton::clicked, this, &ResidentDialog::revealIdentifiers);
    if (!m_session.actor().may(Permission::SeeFullIdentifiers)) {
        m_reveal->setEnabled(false);
        m_reveal->setToolTip(AccessPolicy::refusal(Permission::SeeFullIdentifiers));
    }
    auto *revealRow = new QHBoxLayout;
    revealRow->addWidget(m_reveal);
    revealRow->addStretch(1);
    form->addRow(QString(), revealRow);
    form->setRowVisible(revealRow, false);
    m_revealRow = {form, revealRow};
    m_legacyConfirmed = new QCheckBox(tr("I have checked the converted number against the ID card"), this);
    form->addRow(QString(), m_legacyConfirmed);
    form->setRowVisible(m_legacyConfirmed, false);
    connect(m_legacyConfirmed, &QCheckBox::toggled, this, &ResidentDialog::validate);

    m_gender = new QComboBox(this);
    m_gender->addItem(QString(), QString());
    m_gender->addItem(tr("Male"), u"M"_s);
    m_gender->addItem(tr("Female"), u"F"_s);
    form->addRow(tr("&Gender:"), m_gender);
    addMessageRow(form, Field::Gender);
    connect(m_gender, &QComboBox::activated, this, [this] {
        m_genderFromId = false;
        fieldEdited(Field::Gender);
    });
    QLineEdit *birth = addLine(form, Field::BirthDate, tr("&Date of birth:"));
    birth->setPlaceholderText(tr("e.g. 1950-03-28"));
    connect(birth, &QLineEdit::textEdited, this, [this] { m_birthDateFromId = false; });

    m_derived = new QLabel(this);
    m_derived->setTextFormat(Qt::PlainText);
    m_derived->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(tr("Age, home region:"), m_derived);

    m_status = new QComboBox(this);
    for (const QString &status : ResidentStatus::all())
        m_status->addItem(ResidentStatus::label(status), status);
    form->addRow(tr("&Status:"), m_status);
    addMessageRow(form, Field::Status);
    return group;
}

QWidget *ResidentDialog::createContactGroup()
{
    auto *group = new QGroupBox(tr("Contact and address"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addLine(form, Field::Phone, tr("&Phone:"))->setPlaceholderText(tr("mobile, or landline with area code"));
    addLine(form, Field::Phone2, tr("&Other phone:"));

    m_grid = new QComboBox(this);
    m_grid->setEditable(true);
    m_grid->setInsertPolicy(QComboBox::NoInsert);
    for (const Grid &grid : GridStore(m_store.database()).all())
        m_grid->addItem(grid.name, grid.id);
    m_grid->setCurrentIndex(-1);
    m_grid->lineEdit()->setPlaceholderText(tr("choose, or type a new grid's name"));
    // Any part of the name finds a grid: every grid's name may start with the community's.
    m_grid->completer()->setFilterMode(Qt::MatchContains);
    m_grid->completer()->setCompletionMode(QCompleter::PopupCompletion);
    form->addRow(tr("G&rid:"), m_grid);
    addMessageRow(form, Field::Grid);
    connect(m_grid, &QComboBox::currentTextChanged, this, [this] { fieldEdited(Field::Grid); });

    m_building = new QLineEdit(this);
    m_unit = new QLineEdit(this);
    m_room = new QLineEdit(this);
    m_building->setPlaceholderText(tr("building"));
    m_unit->setPlaceholderText(tr("unit"));
    m_room->setPlaceholderText(tr("room"));
    auto *address = new QHBoxLayout;
    address->addWidget(m_building);
    address->addWidget(m_unit);
    address->addWidget(m_room);
    form->addRow(tr("Building, unit, room:"), address);
    for (QLineEdit *edit : {m_building, m_unit, m_room})
        connect(edit, &QLineEdit::textEdited, this, &ResidentDialog::refreshHouseholds);
    connect(m_grid, &QComboBox::currentTextChanged, this, &ResidentDialog::refreshHouseholds);

    m_household = new QComboBox(this);
    m_relation = new QComboBox(this);
    // Asked, never assumed: joining a household leaves the relation to be chosen.
    m_relation->addItem(tr("relation to the head?"), QString());
    for (const QString &relation : HouseholdRelation::all())
        m_relation->addItem(HouseholdRelation::label(relation), relation);
    auto *household = new QHBoxLayout;
    household->addWidget(m_household, 3);
    household->addWidget(m_relation, 2);
    auto *householdLabel = new QLabel(tr("Ho&usehold:"), this);
    householdLabel->setBuddy(m_household);
    form->addRow(householdLabel, household);
    addMessageRow(form, Field::Household);
    connect(m_household, &QComboBox::activated, this, [this] { fieldEdited(Field::Household); });
    connect(m_relation, &QComboBox::activated, this, [this] { fieldEdited(Field::Household); });
    refreshHouseholds();

    m_emergencyContact = new QLineEdit(this);
    form->addRow(tr("&Emergency contact:"), m_emergencyContact);
    addLine(form, Field::EmergencyPhone, tr("Emergency p&hone:"));
    return group;
}

QWidget *ResidentDialog::createCareGroup()
{
    auto *group = new QGroupBox(tr("Care"), this);
    auto *layout = new QGridLayout(group);
    auto *tags = new QHBoxLayout;
    for (const QString &tag : ResidentTag::all()) {
        auto *box = new QCheckBox(ResidentTag::label(tag), this);
        box->setProperty("tag", tag);
        m_tags.append(box);
        tags->addWidget(box);
    }
    tags->addStretch(1);
    layout->addWidget(new QLabel(tr("Tags:"), this), 0, 0);
    layout->addLayout(tags, 0, 1);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    // Three lines: a text edit's own size hint would make the form twice as tall.
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    layout->addWidget(new QLabel(tr("Notes:"), this), 1, 0, Qt::AlignTop);
    layout->addWidget(m_notes, 1, 1);
    // Someone in care may need contact more (or less) often than their tags' default.
    m_contactInterval = new QSpinBox(this);
    m_contactInterval->setRange(0, 365);
    m_contactInterval->setSpecialValueText(tr("as their tags say"));
    m_contactInterval->setSuffix(tr(" days"));
    m_contactInterval->setMinimumWidth(
            m_contactInterval->fontMetrics().horizontalAdvance(m_contactInterval->specialValueText()) + 48);
    m_contactInterval->setToolTip(tr("For those living alone, disabled or in key care: how often someone must "
                                     "see or call them. Settings → Contact intervals sets the defaults."));
    auto *interval = new QHBoxLayout;
    interval->addWidget(m_contactInterval);
    interval->addStretch(1);
    layout->addWidget(new QLabel(tr("Contact every:"), this), 2, 0);
    layout->addLayout(interval, 2, 1);
    return group;
}

QWidget *ResidentDialog::createVisitsGroup(const QSqlDatabase &database)
{
    m_visitsGroup = new QGroupBox(tr("Visits"), this);
    m_visits = new VisitAgendaModel(database, this);
    auto *view = new QTableView(m_visitsGroup);
    view->setModel(m_visits);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setColumnHidden(VisitAgendaModel::Resident, true);
    view->setColumnHidden(VisitAgendaModel::Address, true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(VisitAgendaModel::Note, QHeaderView::Stretch);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    view->setFixedHeight(view->verticalHeader()->defaultSectionSize() * 5 + fontMetrics().lineSpacing() + 14);
    auto *schedule = new QPushButton(tr("Schedule a &visit…"), m_visitsGroup);
    connect(schedule, &QPushButton::clicked, this, [this] {
        ScheduleVisitDialog dialog(m_session, m_editedId, editor(Field::Name)->text(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_visits->reload();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(schedule);
    auto *layout = new QVBoxLayout(m_visitsGroup);
    layout->addWidget(view);
    layout->addLayout(buttons);
    // A resident not saved yet has no visits.
    m_visitsGroup->hide();
    return m_visitsGroup;
}

QWidget *ResidentDialog::createServicesGroup(const QSqlDatabase &database)
{
    using Column = ServiceRecordTableModel::Column;
    m_servicesGroup = new QGroupBox(tr("Services, newest first"), this);
    m_services = new ServiceRecordTableModel(database, this);
    m_services->setReferenceDate(m_today);
    auto *view = new QTableView(m_servicesGroup);
    view->setModel(m_services);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    for (Column hidden :
         {Column::Resident, Column::Category, Column::Minutes, Column::Notes, Column::Case, Column::Due})
        view->setColumnHidden(hidden, true);
    // Half the form's width: the service and the outcome share what is left, cut short, rather than
    // a scroll bar.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(Column::Service, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(Column::Outcome, QHeaderView::Stretch);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    view->setFixedHeight(view->verticalHeader()->defaultSectionSize() * 5 + fontMetrics().lineSpacing() + 14);
    // Enter or a double-click opens one, to read, correct or void it; the list is read again after.
    view->setToolTip(tr("Double-click a service to open, correct or void it"));
    connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(ServiceRecordTableModel::RecordIdRole).toLongLong();
        if (id <= 0)
            return;
        RecordDialog dialog(m_session, id, this);
        if (dialog.exec() == QDialog::Accepted)
            m_services->setFilter(m_services->filter());
    });
    auto *layout = new QVBoxLayout(m_servicesGroup);
    layout->addWidget(view);
    layout->addStretch(1);
    // A resident not saved yet has received nothing.
    m_servicesGroup->hide();
    return m_servicesGroup;
}

QLineEdit *ResidentDialog::editor(Field field) const
{
    return m_editors.value(field);
}

QString ResidentDialog::message(Field field) const
{
    const QLabel *label = m_messages.value(field);
    return label ? label->text() : QString();
}

ResidentDraft ResidentDialog::draftFromFields() const
{
    ResidentDraft draft;
    draft.name = editor(Field::Name)->text();
    draft.idNumber = valueOf(Field::IdNumber);
    draft.gender = m_gender->currentData().toString();
    const QString birth = editor(Field::BirthDate)->text();
    draft.birthDate = SheetCell::dateFrom(birth);
    draft.phone = valueOf(Field::Phone);
    draft.phone2 = valueOf(Field::Phone2);
    const int gridIndex = m_grid->findText(m_grid->currentText().trimmed(), Qt::MatchFixedString);
    if (gridIndex >= 0)
        draft.gridId = m_grid->itemData(gridIndex).toLongLong();
    else
        draft.newGridName = m_grid->currentText();
    draft.building = m_building->text();
    draft.unit = m_unit->text();
    draft.room = m_room->text();
    draft.emergencyContact = m_emergencyContact->text();
    draft.emergencyPhone = valueOf(Field::EmergencyPhone);
    for (const QCheckBox *box : m_tags) {
        if (box->isChecked())
            draft.tags.append(box->property("tag").toString());
    }
    draft.notes = m_notes->toPlainText();
    draft.contactIntervalDays = m_contactInterval->value();
    draft.status = m_status->currentData().toString();
    const qint64 household = m_household->currentData().toLongLong();
    draft.startsHousehold = household == startsHouseholdChoice;
    draft.householdId = household > 0 ? household : 0;
    draft.relationToHead = m_relation->currentData().toString();
    return draft;
}

void ResidentDialog::refreshHouseholds()
{
    qint64 chosen = m_household->currentData().toLongLong();
    const QSignalBlocker blocker(m_household);
    m_household->clear();
    m_household->addItem(tr("None"), 0);
    m_household->addItem(tr("Start a new household here"), startsHouseholdChoice);
    const int gridIndex = m_grid->findText(m_grid->currentText().trimmed(), Qt::MatchFixedString);
    const qint64 gridId = gridIndex >= 0 ? m_grid->itemData(gridIndex).toLongLong() : 0;
    for (const HouseholdSummary &household :
         HouseholdStore(m_store.database()).atAddress(gridId, m_building->text(), m_unit->text(), m_room->text())) {
        const QString head = household.headName.isEmpty() ? tr("no head recorded") : household.headName;
        m_household->addItem(tr("Join the household of %1 (members: %2)").arg(head).arg(household.members),
                             household.id);
    }
    // Someone new at an address where exactly one household lives most likely belongs to it; a
    // choice the clerk made stays.
    const int households = m_household->count() - 2;
    if (m_editedId == 0 && chosen == 0 && households == 1 && !m_touched.contains(Field::Household))
        chosen = m_household->itemData(2).toLongLong();
    m_household->setCurrentIndex(qMax(0, m_household->findData(chosen)));
    updateRelation();
}

void ResidentDialog::updateRelation()
{
    const qint64 household = m_household->currentData().toLongLong();
    // Starting a household makes one its head; with none there is no relation to give.
    if (household == startsHouseholdChoice)
        m_relation->setCurrentIndex(m_relation->findData(HouseholdRelation::head()));
    m_relation->setEnabled(household > 0);
}

QMap<Field, QString> ResidentDialog::check(ResidentDraft &draft) const
{
    QMap<Field, QString> problems = draft.check(m_today);
    // The draft holds a date; text that is not one must not pass for "left empty".
    const QString birthText = editor(Field::BirthDate)->text().trimmed();
    if (!birthText.isEmpty() && !SheetCell::dateFrom(birthText).isValid())
        problems.insert(Field::BirthDate, tr("Not a date; write it as 1950-03-28."));
    return problems;
}

void ResidentDialog::showIdentifier(Field field, const QString &value, const QString &masked)
{
    QLineEdit *edit = editor(field);
    if (value.isEmpty()) {
        edit->setText(value);
        return;
    }
    m_maskedValues.insert(field, {value, masked});
    m_revealRow.first->setRowVisible(m_revealRow.second, true);
    edit->setText(masked);
    edit->setToolTip(tr("Shown masked: it stays as registered unless you type the whole new one over it."));
    edit->installEventFilter(this);
}

void ResidentDialog::erase()
{
    const QString question
            = tr("Erase %1 for good, at their own request?\n\nTheir registration, tags and visits are removed; the "
                 "services they received stay in the figures without a name. This cannot be undone. Backups made "
                 "before still hold the data until they expire.")
                      .arg(editor(Field::Name)->text());
    if (QMessageBox::warning(this, tr("Erase resident"), question, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (const auto erased = ResidentEraser(m_session.connection()).erase(m_editedId); !erased.isDone()) {
        QMessageBox::warning(this, tr("Erase resident"), erased.message());
        return;
    }
    done(Erased);
}

void ResidentDialog::revealIdentifiers()
{
    const std::optional<IdentifierReveal::Identifiers> revealed = RevealQuestion::ask(
            this, m_session.connection(), m_editedId,
            {tr("Whole ID number"),
             tr("Why do you need %1's whole ID number and phones? The reason is kept in the audit log.")
                     .arg(editor(Field::Name)->text()),
             {}});
    if (!revealed)
        return;
    const IdentifierReveal::Identifiers &whole = *revealed;
    const std::pair<Field, QString> values[] = {{Field::IdNumber, whole.idNumber},
                                                {Field::Phone, whole.phone},
                                                {Field::Phone2, whole.phone2},
                                                {Field::EmergencyPhone, whole.emergencyPhone}};
    for (const auto &[field, value] : values) {
        if (!m_maskedValues.remove(field))
            continue; // typed over already: the clerk's new value stays
        editor(field)->setText(value);
        editor(field)->setToolTip(QString());
    }
    m_reveal->setEnabled(false);
    m_reveal->setText(tr("Whole ID number and phones shown"));
}

QString ResidentDialog::valueOf(Field field) const
{
    const auto masked = m_maskedValues.constFind(field);
    return masked != m_maskedValues.cend() ? masked->value : editor(field)->text();
}

bool ResidentDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Entering a masked field selects it all, so that what is typed replaces it whole.
    if (event->type() == QEvent::FocusIn) {
        for (auto it = m_maskedValues.cbegin(); it != m_maskedValues.cend(); ++it) {
            if (QLineEdit *edit = editor(it.key()); edit == watched) {
                edit->selectAll();
                // Again once a click that gave the focus has placed the cursor.
                QTimer::singleShot(0, edit, &QLineEdit::selectAll);
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ResidentDialog::fieldEdited(Field field)
{
    // Typing in a masked field starts a new value: the registered one is no longer kept, and what is
    // left of the stars (when the typing did not replace them all) goes with it.
    if (const auto masked = m_maskedValues.constFind(field); masked != m_maskedValues.cend()) {
        QLineEdit *edit = editor(field);
        const QString typed = edit->text();
        const QString shown = masked->shown;
        m_maskedValues.erase(masked);
        if (typed.startsWith(shown))
            edit->setText(typed.mid(shown.size()));
        else if (shown.startsWith(typed))
            edit->clear();
        edit->setToolTip(QString());
    }
    m_touched.insert(field);
    if (field == Field::Household)
        updateRelation();
    if (field == Field::IdNumber || field == Field::Name || field == Field::BirthDate || field == Field::Phone)
        m_similarShown.clear();
    validate();
}

void ResidentDialog::validate()
{
    // The ID number is judged once per keystroke; filling in from it and the messages share the verdict.
    const IdNumberValidator::Result id = IdNumberValidator::check(valueOf(Field::IdNumber), m_today);
    fillFromIdNumber(id);
    ResidentDraft checked = draftFromFields();
    const QMap<Field, QString> problems = check(checked);

    const bool needsConfirmation = id.isValid()
            && (id.warning == IdNumberValidator::Warning::ConvertedFromLegacy
                || id.warning == IdNumberValidator::Warning::CenturyUncertain);
    m_messageRows.value(Field::IdNumber).first->setRowVisible(m_legacyConfirmed, needsConfirmation);

    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const Field field = it.key();
        const bool shown = m_saveAttempted || m_touched.contains(field);
        QString text = shown ? problems.value(field) : QString();
        bool warning = false;
        if (field == Field::IdNumber && text.isEmpty() && id.isValid() && !id.message.isEmpty()) {
            text = id.message;
            warning = true;
        }
        if (field == Field::Grid && text.isEmpty() && !checked.newGridName.isEmpty() && checked.gridId == 0) {
            text = tr("A new grid \"%1\" will be created.").arg(checked.newGridName);
            warning = true;
        }
        showMessage(field, text, warning);
    }

    QStringList derived;
    if (checked.birthDate.isValid() && checked.birthDate <= m_today)
        derived.append(tr("%1 years old").arg(ageOn(checked.birthDate, m_today)));
    if (id.isValid())
        derived.append(IdNumberValidator::provinceName(id.normalized.left(2).toInt()));
    m_derived->setText(derived.isEmpty() ? tr("(from the date of birth and the ID number)") : derived.join(tr(", ")));
    m_save->setEnabled(!needsConfirmation || m_legacyConfirmed->isChecked());
    pointOutRegisteredIdNumber(id);
    growToFit();
}

void ResidentDialog::pointOutRegisteredIdNumber(const IdNumberValidator::Result &id)
{
    // One look-up when the number becomes whole, not one per keystroke of any field.
    const QString number = id.isValid() ? id.normalized : QString();
    if (number == m_idNumberLookedUp)
        return;
    m_idNumberLookedUp = number;
    const qint64 other = number.isEmpty() ? 0 : m_store.residentWithIdNumber(number);
    if (other == 0 || other == m_editedId) {
        if (m_duplicateId != 0)
            m_notice->hide();
        m_duplicateId = 0;
        return;
    }
    m_duplicateId = other;
    const std::optional<ResidentRow> row = m_store.row(other);
    const QString who = row ? tr("%1, born %2").arg(row->name, row->birthDate.toString(Qt::ISODate))
                            : tr("a resident you may not see");
    m_notice->setText(
            tr("This ID number is registered already: %1. %2")
                    .arg(who.toHtmlEscaped(),
                         row ? tr("<a href=\"show\">Show this resident</a> (what you typed here stays).") : QString()));
    m_notice->show();
}

void ResidentDialog::showRegisteredResident()
{
    ResidentDialog registered(m_session, this);
    registered.setReferenceDate(m_today);
    if (!registered.loadResident(m_duplicateId)) {
        QMessageBox::warning(this, windowTitle(), tr("This resident cannot be read now."));
        return;
    }
    registered.exec();
    // They may have been corrected or erased meanwhile.
    m_idNumberLookedUp.clear();
    validate();
}

void ResidentDialog::holdSaveBriefly()
{
    m_save->setEnabled(false);
    QTimer::singleShot(QApplication::doubleClickInterval(), this, &ResidentDialog::validate);
}

void ResidentDialog::growToFit()
{
    // Grows when messages appear; never shrinks under the clerk's eyes as they go. Before the
    // dialog is shown its width is not the final one, and the layout sizes it then.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ResidentDialog::fillFromIdNumber(const IdNumberValidator::Result &id)
{
    if (!id.isValid())
        return;
    // What the clerk chose stays (a mismatch is reported); what the ID filled in follows the ID.
    if (m_gender->currentIndex() <= 0 || m_genderFromId) {
        const QSignalBlocker blocker(m_gender);
        m_gender->setCurrentIndex(m_gender->findData(id.male ? u"M"_s : u"F"_s));
        m_genderFromId = true;
    }
    QLineEdit *birth = editor(Field::BirthDate);
    if (birth->text().trimmed().isEmpty() || m_birthDateFromId) {
        birth->setText(id.birthDate.toString(Qt::ISODate));
        m_birthDateFromId = true;
    }
}

void ResidentDialog::showMessage(Field field, const QString &text, bool isWarning)
{
    QLabel *label = m_messages.value(field);
    label->setText(text);
    label->setStyleSheet(isWarning ? u"color: #8a5a00;"_s : u"color: #c62828;"_s);
    const auto [form, row] = m_messageRows.value(field);
    // The form would ask the label's height for a guessed width and leave gaps; it gets the height
    // its text needs at the width of the fields above it.
    const QLayoutItem *fieldAbove = form->itemAt(row - 1, QFormLayout::FieldRole);
    const int width = fieldAbove ? fieldAbove->geometry().width() : 0;
    if (!text.isEmpty() && width > 0)
        label->setFixedHeight(label->heightForWidth(width));
    form->setRowVisible(row, !text.isEmpty());
}

void ResidentDialog::save()
{
    m_saveAttempted = true;
    m_notice->hide();
    validate();
    ResidentDraft draft = draftFromFields();
    draft.entryKey = m_entryKey;
    const QMap<Field, QString> problems = check(draft);
    if (!problems.isEmpty()) {
        const Field first = problems.firstKey();
        if (QLineEdit *edit = editor(first))
            edit->setFocus();
        else if (first == Field::Gender)
            m_gender->setFocus();
        else if (first == Field::Grid)
            m_grid->setFocus();
        return;
    }
    if (draft.gridId == 0 && !draft.newGridName.trimmed().isEmpty()
        && QMessageBox::question(this, windowTitle(), tr("Create a new grid “%1”?").arg(draft.newGridName.trimmed()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes) {
        m_grid->setFocus();
        return;
    }
    if (!confirmSimilar(draft))
        return;
    const Result<qint64> saved = m_editedId == 0 ? m_store.create(draft) : m_store.update(m_editedId, m_version, draft);
    if (saved.isDone()) {
        m_savedId = saved.value();
        accept();
    } else if (saved.is(Problem::Kind::Duplicate)) {
        // Registered meanwhile at another desk: said as it would have been while typing.
        m_idNumberLookedUp.clear();
        validate();
        editor(Field::IdNumber)->setFocus();
    } else {
        QMessageBox::warning(this, windowTitle(), saved.message());
    }
}

bool ResidentDialog::confirmSimilar(const ResidentDraft &checked)
{
    const QList<ResidentRow> similar = m_store.similar(checked);
    QList<qint64> ids;
    for (const ResidentRow &row : similar) {
        if (row.id != m_editedId)
            ids.append(row.id);
    }
    if (ids.isEmpty() || ids == m_similarShown)
        return true;
    m_similarShown = ids;
    QStringList lines;
    for (const ResidentRow &row : similar) {
        if (row.id == m_editedId)
            continue;
        lines.append(tr("%1, born %2, %3 %4")
                             .arg(row.name, row.birthDate.toString(Qt::ISODate), row.gridName,
                                  QStringList{row.building, row.unit, row.room}.join(u'-'))
                             .toHtmlEscaped());
    }
    m_notice->setText(tr("<b>Possibly already registered</b> (same name and date of birth, or same name and "
                         "phone):<br>%1<br>If this is someone else, press Save again.")
                              .arg(lines.join(u"<br>"_s)));
    m_notice->show();
    growToFit();
    holdSaveBriefly();
    return false;
}

} // namespace linli
