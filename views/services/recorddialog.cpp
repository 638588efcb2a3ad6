#include "recorddialog.h"

#include "casedialog.h"
#include "casestatus.h"
#include "caseworkflow.h"
#include "outcomelabel.h"
#include "residentpicker.h"
#include "servicecatalogue.h"
#include "staffstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto timestampFormat = u"yyyy-MM-dd HH:mm:ss"_s;

QTreeWidget *createList(const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headers);
    list->setWordWrap(true);
    list->setMinimumHeight(list->fontMetrics().height() * 5);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

RecordDialog::RecordDialog(const Session &session, qint64 recordId, QWidget *parent)
    : FormDialog(parent)
    , m_session(session)
    , m_recordId(recordId)
{
    const QSqlDatabase db = session.connection();
    if (const std::optional<ServiceRecordRow> row = ServiceRecordStore(db).record(recordId)) {
        m_record = *row;
    } else {
        m_voided = RecordCorrections(db).voided(recordId);
        if (m_voided)
            m_record = m_voided->record;
    }
    judgeMending();

    setWindowTitle(tr("Service record no. %1").arg(recordId));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    auto *heading
            = new QLabel(m_record.id > 0 ? u"%1 · %2"_s.arg(windowTitle(), chinese ? m_record.typeZh : m_record.typeEn)
                                         : windowTitle(),
                         this);
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    layout->addWidget(m_banner);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(createFields(), 1);
    auto *right = new QVBoxLayout;
    right->addWidget(createCasePart(), 1);
    right->addWidget(createCorrectionsPart(), 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);
    m_message = new OutcomeLabel(this);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_void = buttons->addButton(tr("&Void…"), QDialogButtonBox::ResetRole);
    m_void->setToolTip(tr("Take the record out of every list and figure, saying why; it is kept, marked"));
    m_save = buttons->addButton(tr("Save the correction"), QDialogButtonBox::AcceptRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_save, &QPushButton::clicked, this, &RecordDialog::save);
    connect(m_void, &QPushButton::clicked, this, &RecordDialog::voidRecord);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_save->setDefault(m_mendable);
    m_save->setVisible(m_mendable);
    m_void->setVisible(m_mendable);

    fillFields();
    fillCorrections();
    resize(900, sizeHint().height());
}

void RecordDialog::setReferenceTime(const QDateTime &now)
{
    m_now = now;
    judgeMending();
    m_save->setVisible(m_mendable);
    m_void->setVisible(m_mendable);
    m_save->setDefault(m_mendable);
    fillFields();
}

// Whether the one signed in may mend the record (as of "now"), and why not.
void RecordDialog::judgeMending()
{
    m_mendable = false;
    m_whyNot.clear();
    if (m_voided || m_record.id == 0)
        return;
    RecordCorrections corrections(m_session.connection());
    if (m_now.isValid())
        corrections.setReferenceTime(m_now);
    const Result<void> allowed = corrections.mayMend(m_record);
    m_mendable = allowed.isDone();
    if (!m_mendable)
        m_whyNot = allowed.message();
}

QWidget *RecordDialog::createFields()
{
    auto *group = new QGroupBox(tr("Record"), this);
    auto *form = new QFormLayout(group);
    const QSqlDatabase db = m_session.connection();
    // Drawn top to bottom in the order Tab follows.
    m_resident = new ResidentPicker(m_session.location(), group);
    m_walkIn = new QCheckBox(tr("Anonymous walk-in"), group);
    connect(m_walkIn, &QCheckBox::toggled, m_resident, &QWidget::setDisabled);
    auto *residentRow = new QHBoxLayout;
    residentRow->addWidget(m_resident, 1);
    residentRow->addWidget(m_walkIn);
    form->addRow(tr("Resident:"), residentRow);

    m_type = new QComboBox(group);
    m_type->setMaxVisibleItems(20);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const ServiceType &type : ServiceCatalogue(db).types(true)) {
        // A retired type stays where a record holds it already; no other record is given it.
        if (!type.retired || type.id == m_record.serviceTypeId)
            m_type->addItem(u"%1 %2"_s.arg(type.code, chinese ? type.nameZh : type.nameEn), type.id);
    }
    form->addRow(tr("Service:"), m_type);

    m_servedAt = new QDateTimeEdit(group);
    m_servedAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_servedAt->setCalendarPopup(true);
    form->addRow(tr("Delivered:"), m_servedAt);

    m_handler = new QComboBox(group);
    m_handler->addItem(tr("(not recorded)"), 0);
    for (const StaffMember &member : StaffStore(db).active())
        m_handler->addItem(member.name, member.id);
    if (m_record.handlerId > 0 && m_handler->findData(m_record.handlerId) < 0)
        m_handler->addItem(m_record.handlerName, m_record.handlerId);
    form->addRow(tr("Handler:"), m_handler);

    m_minutes = new QSpinBox(group);
    m_minutes->setRange(0, ServiceRecordStore::longestMinutes);
    m_minutes->setSuffix(tr(" min"));
    form->addRow(tr("Duration:"), m_minutes);

    m_outcome = new QLineEdit(group);
    form->addRow(tr("Outcome:"), m_outcome);
    m_notes = new QPlainTextEdit(group);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().height() * 4);
    form->addRow(tr("Notes:"), m_notes);

    m_logged = new QLabel(group);
    m_logged->setWordWrap(true);
    m_logged->setTextFormat(Qt::PlainText);
    form->addRow(m_logged);
    return group;
}

QWidget *RecordDialog::createCasePart()
{
    auto *group = new QGroupBox(tr("Case"), this);
    auto *layout = new QVBoxLayout(group);
    m_caseState = new QLabel(group);
    m_caseState->setTextFormat(Qt::PlainText);
    layout->addWidget(m_caseState);
    m_caseHistory = createList({tr("When"), tr("Who"), tr("Step"), tr("Note")}, group);
    layout->addWidget(m_caseHistory, 1);
    m_openCase = new QPushButton(tr("Open the &case…"), group);
    connect(m_openCase, &QPushButton::clicked, this, &RecordDialog::openCase);
    layout->addWidget(m_openCase, 0, Qt::AlignRight);

    m_openCase->setVisible(!m_voided && !m_record.caseStatus.isEmpty());
    group->setVisible(fillCaseHistory() > 0);
    return group;
}

int RecordDialog::fillCaseHistory()
{
    m_caseHistory->clear();
    const QList<CaseEvent> events = CaseWorkflow(m_session.connection()).history(m_recordId);
    for (const CaseEvent &event : events) {
        QString step = CaseStatus::label(event.toStatus);
        if (event.satisfaction > 0)
            step += u" · "_s + CaseWorkflow::satisfactionLabel(event.satisfaction);
        new QTreeWidgetItem(m_caseHistory, {event.happenedAt.left(16), event.staffName, step, event.note});
    }
    m_caseHistory->resizeColumnToContents(0);
    if (const std::optional<ServiceRecordRow> row = ServiceRecordStore(m_session.connection()).record(m_recordId);
        row && !row->caseStatus.isEmpty()) {
        QString state = tr("State: %1").arg(CaseStatus::label(row->caseStatus));
        if (!row->dueDate.isEmpty())
            state += u" · "_s + tr("due %1").arg(row->dueDate);
        m_caseState->setText(state);
    } else {
        m_caseState->setText(m_voided ? tr("The case left the lists with its record.")
                                      : tr("No case is open: the record's type opens none."));
    }
    return int(events.size());
}

QWidget *RecordDialog::createCorrectionsPart()
{
    auto *group = new QGroupBox(tr("Corrections"), this);
    auto *layout = new QVBoxLayout(group);
    m_corrections = new QTextBrowser(group);
    m_corrections->setMinimumHeight(m_corrections->fontMetrics().height() * 5);
    layout->addWidget(m_corrections);
    return group;
}

void RecordDialog::fillFields()
{
    const bool editable = m_mendable;
    m_resident->setResident(m_record.residentId, m_record.residentName);
    m_walkIn->setChecked(m_record.residentId == 0);
    m_type->setCurrentIndex(qMax(0, m_type->findData(m_record.serviceTypeId)));
    m_servedAt->setDateTime(QDateTime::fromString(m_record.servedAt, timestampFormat));
    m_servedAt->setMaximumDateTime(m_now.isValid() ? m_now.addSecs(5 * 60) : QDateTime::currentDateTime().addDays(1));
    m_handler->setCurrentIndex(qMax(0, m_handler->findData(m_record.handlerId)));
    m_minutes->setValue(m_record.durationMinutes);
    m_outcome->setText(m_record.outcome);
    m_notes->setPlainText(m_record.notes);
    for (QWidget *field : std::initializer_list<QWidget *>{m_walkIn, m_type, m_servedAt, m_handler, m_minutes})
        field->setEnabled(editable);
    m_resident->setReadOnly(!editable);
    m_resident->setEnabled(editable ? !m_walkIn->isChecked() : true);
    m_outcome->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);

    const QString loggedAt = m_record.createdAt.left(16);
    m_logged->setText(m_record.createdByName.isEmpty()
                              ? tr("Logged on %1 by an import or the command line.").arg(loggedAt)
                              : tr("Logged by %1 on %2.").arg(m_record.createdByName, loggedAt));
    QPalette palette = m_banner->palette();
    if (m_voided) {
        m_banner->setText(tr("Voided on %1 by %2: %3. The record counts nowhere; it is kept as it was.")
                                  .arg(m_voided->voidedAt.left(16), m_voided->voidedByName, m_voided->reason));
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    } else if (m_record.id == 0) {
        m_banner->setText(tr("This record no longer exists."));
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    } else if (!editable) {
        m_banner->setText(m_whyNot);
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    } else {
        m_banner->setText(tr("Correct what was logged wrongly and save; every correction is kept below and in "
                             "the audit log."));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    }
    m_banner->setPalette(palette);
}

QString RecordDialog::fieldName(const QString &field)
{
    if (field == u"served_at"_s)
        return tr("Time");
    if (field == u"service_type"_s)
        return tr("Service");
    if (field == u"resident"_s)
        return tr("Resident");
    if (field == u"handler"_s)
        return tr("Handler");
    if (field == u"duration_minutes"_s)
        return tr("Minutes");
    if (field == u"outcome"_s)
        return tr("Outcome");
    if (field == u"notes"_s)
        return tr("Notes");
    if (field == u"reason"_s)
        return tr("Voided, because");
    return field;
}

void RecordDialog::fillCorrections()
{
    // A browser, not a list: what a field held before and after is shown whole, wrapped.
    QString html;
    const QList<RecordChange> changes = RecordCorrections(m_session.connection()).history(m_recordId);
    for (const RecordChange &change : changes) {
        const QString at
                = QDateTime::fromString(change.atUtc, Qt::ISODateWithMs).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        html += u"<p style=\"margin-bottom: 2px\"><b>%1</b> · %2</p><ul style=\"margin-top: 0\">"_s.arg(
                at.toHtmlEscaped(), change.byName.toHtmlEscaped());
        for (const FieldChange &field : change.fields) {
            QString line;
            if (change.isVoid) {
                line = tr("%1: %2").arg(fieldName(field.field), field.after);
            } else {
                const QString before = field.before.isEmpty() ? tr("(none)") : field.before;
                const QString after = field.after.isEmpty() ? tr("(none)") : field.after;
                line = tr("%1: %2 → %3").arg(fieldName(field.field), before, after);
            }
            html += u"<li>%1</li>"_s.arg(line.toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    if (changes.isEmpty())
        html = u"<p style=\"color: gray\">%1</p>"_s.arg(tr("Not corrected since it was logged.").toHtmlEscaped());
    m_corrections->setHtml(html);
}

ServiceEntry RecordDialog::typedEntry() const
{
    ServiceEntry entry;
    entry.residentId = m_walkIn->isChecked() ? 0 : m_resident->residentId();
    entry.serviceTypeId = m_type->currentData().toLongLong();
    // The minutes as typed; the seconds of the time logged are kept unless the time was changed.
    const QDateTime logged = QDateTime::fromString(m_record.servedAt, timestampFormat);
    const QDateTime typed = m_servedAt->dateTime();
    entry.servedAt = typed.toString(u"yyyy-MM-dd HH:mm"_s) == logged.toString(u"yyyy-MM-dd HH:mm"_s) ? logged : typed;
    entry.handlerId = m_handler->currentData().toLongLong();
    entry.durationMinutes = m_minutes->value();
    entry.outcome = m_outcome->text();
    entry.notes = m_notes->toPlainText();
    return entry;
}

bool RecordDialog::save()
{
    if (!m_mendable)
        return false;
    const ServiceEntry entry = typedEntry();
    if (!m_walkIn->isChecked() && entry.residentId == 0) {
        m_message->say(false, {}, tr("Choose the resident from the matches, or tick “Anonymous walk-in”."));
        m_message->show();
        m_resident->setFocus();
        return false;
    }
    // Held from the press until the outcome is known: a second press writes nothing twice.
    m_save->setEnabled(false);
    RecordCorrections corrections(m_session.connection());
    if (m_now.isValid())
        corrections.setReferenceTime(m_now);
    const Result<void> corrected = corrections.correct(m_recordId, m_record.version, entry);
    m_save->setEnabled(true);
    if (!corrected.isDone()) {
        m_message->say(false, {}, corrected.message());
        m_message->show();
        return false;
    }
    markUnchanged();
    accept();
    return true;
}

void RecordDialog::saveForm()
{
    save();
}

bool RecordDialog::voidRecord()
{
    if (!m_mendable)
        return false;
    bool asked = false;
    const QString reason = QInputDialog::getText(this, tr("Void service record no. %1").arg(m_recordId),
                                                 tr("Why is this record voided? (e.g. logged twice, wrong "
                                                    "person, never happened)\nIt leaves every list and figure "
                                                    "and is kept, marked, with your reason."),
                                                 QLineEdit::Normal, QString(), &asked);
    if (!asked)
        return false;
    RecordCorrections corrections(m_session.connection());
    if (m_now.isValid())
        corrections.setReferenceTime(m_now);
    const Result<void> voided = corrections.voidRecord(m_recordId, m_record.version, reason);
    if (!voided.isDone()) {
        m_message->say(false, {}, voided.message());
        m_message->show();
        return false;
    }
    markUnchanged();
    accept();
    return true;
}

void RecordDialog::openCase()
{
    CaseDialog dialog(m_session, m_recordId, this);
    dialog.exec();
    if (dialog.stepsTaken() > 0) {
        // The steps changed the record's version: what is corrected next must be seen anew.
        if (const std::optional<ServiceRecordRow> row = ServiceRecordStore(m_session.connection()).record(m_recordId))
            m_record.version = row->version;
        fillCaseHistory();
    }
}

} // namespace linli
