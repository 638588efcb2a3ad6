#pragma once

#include "formdialog.h"
#include "session.h"
#include "idnumbervalidator.h"
#include "residentdraft.h"
#include "residentstore.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QGroupBox;
class QPushButton;
class QSpinBox;

namespace linli {

class ServiceRecordTableModel;
class VisitAgendaModel;

// The form a clerk registers or edits a resident with. Checks as the clerk types and says what is wrong
// next to the field (only for fields already touched, and all of them once Save was pressed);
// fills gender and date of birth from the ID number; points out residents who may be the same
// person before saving, and an ID number registered already as soon as it is whole, with a way to
// open who has it on top of the form. Asks before throwing typed work away (FormDialog).
// To a role that may not see them whole, a registered resident's ID number and phones are shown
// masked; they stay as registered unless the clerk types a new one over them.
class ResidentDialog : public FormDialog
{
    Q_OBJECT

public:
    // exec()'s result when the resident was erased (besides Accepted and Rejected).
    static constexpr int Erased = 2;

    explicit ResidentDialog(const Session &session, QWidget *parent = nullptr);

    // Turns the form into the editing of a registered resident; false when they cannot be read.
    bool loadResident(qint64 id);
    // The resident saved, once the dialog was accepted.
    qint64 savedId() const { return m_savedId; }
    // "Today" for the checks and the age; tests fix it.
    void setReferenceDate(QDate date);

    QLineEdit *editor(ResidentDraft::Field field) const;
    QString message(ResidentDraft::Field field) const;
    QComboBox *genderBox() const { return m_gender; }
    QComboBox *gridBox() const { return m_grid; }
    QComboBox *householdBox() const { return m_household; }
    QComboBox *relationBox() const { return m_relation; }
    QLineEdit *roomEdit() const { return m_room; }
    QLabel *derivedLabel() const { return m_derived; }
    QLabel *noticeLabel() const { return m_notice; }
    QPushButton *saveButton() const { return m_save; }
    QCheckBox *legacyConfirmation() const { return m_legacyConfirmed; }
    QSpinBox *contactIntervalBox() const { return m_contactInterval; }
    VisitAgendaModel *visitsModel() const { return m_visits; }
    QGroupBox *visitsGroup() const { return m_visitsGroup; }
    ServiceRecordTableModel *servicesModel() const { return m_services; }
    QGroupBox *servicesGroup() const { return m_servicesGroup; }

protected:
    void saveForm() override { save(); }

private:
    QWidget *createPersonGroup();
    QWidget *createContactGroup();
    QWidget *createCareGroup();
    // The resident's visits, once a registered resident is edited.
    QWidget *createVisitsGroup(const QSqlDatabase &database);
    // The services they received, newest first, read a page at a time as the list scrolls.
    QWidget *createServicesGroup(const QSqlDatabase &database);
    QLineEdit *addLine(QFormLayout *form, ResidentDraft::Field field, const QString &label);
    void addMessageRow(QFormLayout *form, ResidentDraft::Field field);
    ResidentDraft draftFromFields() const;
    // The draft's problems, normalising it as check() does.
    QMap<ResidentDraft::Field, QString> check(ResidentDraft &draft) const;
    void fieldEdited(ResidentDraft::Field field);
    // The value a field stands for: what is typed, or the registered value behind a masked one.
    QString valueOf(ResidentDraft::Field field) const;
    // Shows a registered identifier masked when the role may not see it whole; typing replaces it.
    void showIdentifier(ResidentDraft::Field field, const QString &value, const QString &masked);
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Asks for a reason and shows the registered whole values in the masked fields.
    void revealIdentifiers();
    // Erases the resident shown, after asking, and closes with Erased.
    void erase();
    void validate();
    void fillFromIdNumber(const IdNumberValidator::Result &id);
    void growToFit();
    // The households living at the address typed, to join; or none, or a new one.
    void refreshHouseholds();
    void updateRelation();
    void showMessage(ResidentDraft::Field field, const QString &text, bool isWarning = false);
    void save();
    // Says so when the whole ID number typed is registered to someone else already.
    void pointOutRegisteredIdNumber(const IdNumberValidator::Result &id);
    // Opens the resident who has the ID number typed, over this form, which keeps what was typed.
    void showRegisteredResident();
    // Holds Save back for a double-click's time: the second click of one must not answer a question
    // the first one raised.
    void holdSaveBriefly();
    bool confirmSimilar(const ResidentDraft &checked);

    ResidentStore m_store;
    QSpinBox *m_contactInterval = nullptr;
    QGroupBox *m_visitsGroup = nullptr;
    VisitAgendaModel *m_visits = nullptr;
    QGroupBox *m_servicesGroup = nullptr;
    ServiceRecordTableModel *m_services = nullptr;
    QDate m_today = QDate::currentDate();
    QHash<ResidentDraft::Field, QLineEdit *> m_editors;
    QHash<ResidentDraft::Field, QLabel *> m_messages;
    QHash<ResidentDraft::Field, std::pair<QFormLayout *, int>> m_messageRows;
    QSet<ResidentDraft::Field> m_touched;
    // Registered identifiers shown masked, kept until the clerk types a new one.
    struct MaskedValue
    {
        QString value;
        QString shown;
    };
    QHash<ResidentDraft::Field, MaskedValue> m_maskedValues;
    Session m_session;
    QPushButton *m_reveal = nullptr;
    std::pair<QFormLayout *, QLayout *> m_revealRow{};
    bool m_saveAttempted = false;
    bool m_genderFromId = false;
    bool m_birthDateFromId = false;
    QList<qint64> m_similarShown;
    QComboBox *m_gender = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_household = nullptr;
    QComboBox *m_relation = nullptr;
    QLineEdit *m_building = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_room = nullptr;
    QLineEdit *m_emergencyContact = nullptr;
    QLabel *m_derived = nullptr;
    QCheckBox *m_legacyConfirmed = nullptr;
    QList<QCheckBox *> m_tags;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_erase = nullptr;
    qint64 m_savedId = 0;
    qint64 m_editedId = 0; // 0 while registering someone new
    qint64 m_version = 0;
    const QString m_entryKey
            = QUuid::createUuid().toString(QUuid::WithoutBraces); // this edit, as the store knows it once saved
    // The resident who has the ID number typed, and the number last looked up.
    qint64 m_duplicateId = 0;
    QString m_idNumberLookedUp;
};

} // namespace linli
