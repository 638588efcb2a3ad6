#pragma once

#include "actor.h"

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace linli {

// The first thing the window shows. With accounts: login and password (a wrong one and an unknown
// login get the same words; five wrong ones lock the account for fifteen minutes), then a new
// password when the one used was set by someone else. Without accounts (a new database): the
// administrator's account is made first, with a password of their choosing.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, FirstAdministrator, NewPassword, Unlock };

    SignInDialog(const QSqlDatabase &database, QWidget *parent = nullptr);
    // The window locked while `login` was away: only their password opens it again.
    static SignInDialog *forUnlocking(const QSqlDatabase &database, const QString &login, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // Who signed in, once accepted.
    Actor actor() const { return m_actor; }
    QLineEdit *loginField() const { return m_login; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    void showMode(Mode mode);
    void signIn();
    void createAdministrator();
    void chooseNewPassword();
    void say(const QString &message);

    QSqlDatabase m_database;
    Mode m_mode = Mode::SignIn;
    Actor m_actor;
    QString m_usedPassword;
    QLabel *m_intro = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace linli
