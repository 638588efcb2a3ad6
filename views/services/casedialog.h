#pragma once

#include "formdialog.h"
#include "outcomelabel.h"
#include "session.h"
#include "caseworkflow.h"
#include "servicerecordstore.h"

#include <QDate>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace linli {

// One follow-up case in front of its handler: who asked (their phone masked, their address), what
// they asked, when it is due — working days left, or days overdue in red —, its history with the
// satisfaction given at the return visit, and the next step the workflow allows (assign, start,
// reply, return visit, close, refer), with what that step needs. A refused step says why and changes
// nothing; a step taken is recorded and the dialog offers the next one, so a handler goes assign →
// start → reply without reopening it. Closed with a step typed but not taken, it asks first.
class CaseDialog : public FormDialog
{
    Q_OBJECT

public:
    CaseDialog(const Session &session, qint64 recordId, QWidget *parent = nullptr);

    void setReferenceDate(QDate today);
    // Takes the step chosen and shows the case as it is now; false with the reason shown when it
    // was refused.
    bool takeStep();
    // How many steps were taken in this dialog; exec() is Accepted when any was.
    int stepsTaken() const { return m_stepsTaken; }
    void reject() override;

    QComboBox *actionBox() const { return m_action; }
    QComboBox *handlerBox() const { return m_handler; }
    QComboBox *satisfactionBox() const { return m_satisfaction; }
    QLineEdit *referredToBox() const { return m_referredTo; }
    QLineEdit *noteBox() const { return m_note; }
    QTreeWidget *historyView() const { return m_history; }
    QLabel *dueLabel() const { return m_due; }
    QLabel *requestLabel() const { return m_request; }
    QLabel *phoneLabel() const { return m_phone; }
    // None when the resident has no phone.
    QPushButton *revealPhoneButton() const { return m_revealPhone; }
    // Asks why, then shows the whole phone number (audited); false when refused or not asked to.
    bool revealPhone();
    QLabel *addressLabel() const { return m_address; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *takeButton() const { return m_take; }

protected:
    void saveForm() override;

private:
    QWidget *createSummary();
    QWidget *createStepPart();
    void fillHistory();
    // The steps the workflow allows from the case's state now.
    void offerSteps();
    void showStepFields();
    void showCase();
    void showDue();

    Session m_session;
    qint64 m_recordId;
    ServiceRecordRow m_record;
    QDate m_today = QDate::currentDate();

    int m_stepsTaken = 0;

    QLabel *m_state = nullptr;
    QLabel *m_handlerName = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_request = nullptr;
    QLabel *m_phone = nullptr;
    QPushButton *m_revealPhone = nullptr;
    QLabel *m_address = nullptr;
    QGroupBox *m_stepGroup = nullptr;
    QTreeWidget *m_history = nullptr;
    QFormLayout *m_stepForm = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_handler = nullptr;
    QComboBox *m_satisfaction = nullptr;
    QLineEdit *m_referredTo = nullptr;
    QLineEdit *m_note = nullptr;
    OutcomeLabel *m_message = nullptr;
    QPushButton *m_take = nullptr;
};

} // namespace linli
