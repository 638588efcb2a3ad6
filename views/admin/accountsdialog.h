#pragma once

#include "session.h"
#include "outcomelabel.h"
#include "userstore.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace linli {

// The administrator's list of sign-in accounts: who, which role and center, locked, disabled or
// waiting for a new password; add an account, set a new password (which also lifts a lock), change
// the role or the center, disable or enable. The store refuses what the role may not do and audits every change.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(const Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }
    // The dialogs each button opens, for tests: they fill them and accept.
    void addAccount();
    void setNewPassword();
    void changeRole();
    void changeCenter();
    // Which staff member signs in with the account chosen.
    void changeStaff();
    void toggleDisabled();

    // Columns of the table. The center's shows where the database holds several centers.
    enum Column { LoginColumn, NameColumn, RoleColumn, CenterColumn, StaffColumn, StateColumn, ColumnCount };

private:
    void reload();
    void selectionChanged();
    QString selectedLogin() const;
    // The chosen account as stored now; none when nothing is chosen.
    std::optional<UserAccount> selectedAccount() const;
    // Shows `done` when `ok`, else `problem`; callers read the store's error after the attempt.
    void report(bool ok, const QString &done, const QString &problem);
    // "东湖中心", or "whole district" for an account of no center.
    QString centerName(qint64 centerId) const;

    Session m_session;
    QTableWidget *m_table = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_center = nullptr;
    QPushButton *m_staff = nullptr;
    QPushButton *m_disable = nullptr;
    OutcomeLabel *m_message = nullptr;
};

} // namespace linli
