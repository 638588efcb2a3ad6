#pragma once

#include "formdialog.h"
#include "recordcorrections.h"
#include "servicerecordstore.h"
#include "session.h"

#include <QDate>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTreeWidget;

namespace linli {

class OutcomeLabel;
class ResidentPicker;

// One service record opened from a list: everything about it — resident, type, time, handler,
// duration, outcome and notes, who logged it and when, the case it opened with its history, and its
// corrections. Whoever may mend it (RecordCorrections::mayMend) corrects the fields and saves, or
// voids it with a reason; for anyone else the fields are read-only and the dialog says who may.
// A voided record is shown as it was, with who voided it and why.
class RecordDialog : public FormDialog
{
    Q_OBJECT

public:
    RecordDialog(const Session &session, qint64 recordId, QWidget *parent = nullptr);

    // Writes the correction; false, with the reason shown, when it was refused. Closes when written.
    bool save();
    // Asks why, then voids the record; false when refused or not asked to after all.
    bool voidRecord();
    bool isMendable() const { return m_mendable; }
    bool isVoided() const { return m_voided.has_value(); }

    ResidentPicker *residentBox() const { return m_resident; }
    QCheckBox *walkInBox() const { return m_walkIn; }
    QComboBox *typeBox() const { return m_type; }
    QDateTimeEdit *servedAtBox() const { return m_servedAt; }
    QComboBox *handlerBox() const { return m_handler; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QLineEdit *outcomeBox() const { return m_outcome; }
    QPlainTextEdit *notesBox() const { return m_notes; }
    QLabel *bannerLabel() const { return m_banner; }
    QLabel *loggedLabel() const { return m_logged; }
    QTreeWidget *caseHistoryView() const { return m_caseHistory; }
    QLabel *caseStateLabel() const { return m_caseState; }
    QTextBrowser *correctionsView() const { return m_corrections; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *voidButton() const { return m_void; }
    QPushButton *caseButton() const { return m_openCase; }
    OutcomeLabel *messageLabel() const { return m_message; }

    // "Now" for the rule of today's records and the latest time a service may have; tests fix it.
    void setReferenceTime(const QDateTime &now);

protected:
    void saveForm() override;

private:
    QWidget *createFields();
    QWidget *createCasePart();
    QWidget *createCorrectionsPart();
    void judgeMending();
    void fillFields();
    void fillCorrections();
    // The case's steps as they are now; how many.
    int fillCaseHistory();
    ServiceEntry typedEntry() const;
    void openCase();
    static QString fieldName(const QString &field);

    Session m_session;
    qint64 m_recordId;
    ServiceRecordRow m_record;
    std::optional<VoidedRecord> m_voided;
    bool m_mendable = false;
    QString m_whyNot; // when not mendable: who may
    QDateTime m_now;

    QLabel *m_banner = nullptr;
    QLabel *m_logged = nullptr;
    ResidentPicker *m_resident = nullptr;
    QCheckBox *m_walkIn = nullptr;
    QComboBox *m_type = nullptr;
    QDateTimeEdit *m_servedAt = nullptr;
    QComboBox *m_handler = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLineEdit *m_outcome = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_caseState = nullptr;
    QTreeWidget *m_caseHistory = nullptr;
    QTextBrowser *m_corrections = nullptr;
    OutcomeLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_void = nullptr;
    QPushButton *m_openCase = nullptr;
};

} // namespace linli
