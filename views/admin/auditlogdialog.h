#pragma once

#include "session.h"
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace linli {

class AuditLogModel;

// The audit log for a manager or an administrator: newest first, filtered by action, by who and by
// days, and a check of its hash chain on request (it reads every row).
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(const Session &session, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *actionBox() const { return m_action; }
    QLineEdit *loginBox() const { return m_login; }
    QLabel *messageLabel() const { return m_message; }
    // Checks the chain of hashes and says whether it is whole.
    void checkChain();

private:
    void applyFilter();

    Session m_session;
    AuditLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_login = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace linli
