#pragma once

#include "session.h"
#include "caseworkflow.h"
#include "servicerecordstore.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace linli {

// One follow-up case: who asked for what, when it is due (red when overdue), its history, and the
// next step the workflow allows (assign, start, reply, return visit, close, refer), with what that
// step needs. A refused step says why and changes nothing; a step taken closes the dialog.
class CaseDialog : public QDialog
{
    Q_OBJECT

public:
    CaseDialog(const Session &session, qint64 recordId, QWidget *parent = nullptr);

    void setReferenceDate(QDate today);
    // Takes the step chosen; false with the reason shown when it was refused.
    bool takeStep();

    QComboBox *actionBox() const { return m_action; }
    QComboBox *handlerBox() const { return m_handler; }
    QComboBox *satisfactionBox() const { return m_satisfaction; }
    QLineEdit *referredToBox() const { return m_referredTo; }
    QLineEdit *noteBox() const { return m_note; }
    QTreeWidget *historyView() const { return m_history; }
    QLabel *dueLabel() const { return m_due; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *takeButton() const { return m_take; }

private:
    QWidget *createSummary();
    QWidget *createStepPart();
    void fillHistory();
    void showStepFields();
    void showDue();

    Session m_session;
    qint64 m_recordId;
    ServiceRecordRow m_record;
    QDate m_today = QDate::currentDate();

    QLabel *m_due = nullptr;
    QTreeWidget *m_history = nullptr;
    QFormLayout *m_stepForm = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_handler = nullptr;
    QComboBox *m_satisfaction = nullptr;
    QLineEdit *m_referredTo = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_take = nullptr;
};

} // namespace linli
