#include "signindialog.h"

#include "centerprofile.h"
#include "userstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

SignInDialog::SignInDialog(const QSqlDatabase &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    // Which program and which center, large enough to be seen from the chair.
    const QString center = CenterProfile(m_database).name();
    auto *heading = new QLabel(center.isEmpty() ? tr("Linli") : tr("Linli · %1").arg(center), this);
    QFont large = heading->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    heading->setFont(large);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_login = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_loginLabel = new QLabel(tr("&Login:"), this);
    m_loginLabel->setBuddy(m_login);
    m_nameLabel = new QLabel(tr("Your &name:"), this);
    m_nameLabel->setBuddy(m_name);
    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel = new QLabel(tr("&Repeat it:"), this);
    m_repeatLabel->setBuddy(m_repeat);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020"_s);
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    showMode(UserStore(m_database).hasAccounts() ? Mode::SignIn : Mode::FirstAdministrator);
}

SignInDialog *SignInDialog::forUnlocking(const QSqlDatabase &database, const QString &login, QWidget *parent)
{
    auto *dialog = new SignInDialog(database, parent);
    dialog->m_login->setText(login);
    dialog->showMode(Mode::Unlock);
    return dialog;
}

void SignInDialog::showMode(Mode mode)
{
    m_mode = mode;
    const bool first = mode == Mode::FirstAdministrator;
    const bool fresh = mode == Mode::NewPassword || mode == Mode::Unlock;
    m_name->setVisible(first);
    m_nameLabel->setVisible(first);
    m_repeat->setVisible(first || mode == Mode::NewPassword);
    m_repeatLabel->setVisible(first || mode == Mode::NewPassword);
    m_login->setEnabled(!fresh);
    m_password->clear();
    m_repeat->clear();
    switch (mode) {
    case Mode::SignIn:
        setWindowTitle(tr("Sign in to Linli"));
        m_intro->setText(tr("Sign in with your login and password."));
        m_passwordLabel->setText(tr("&Password:"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
        break;
    case Mode::FirstAdministrator:
        setWindowTitle(tr("The administrator's account"));
        m_intro->setText(tr("This database has no accounts yet. Make the administrator's account: the "
                            "administrator adds the clerks' and managers' accounts, and looks after backups "
                            "and settings. The password needs at least %1 characters of two kinds "
                            "(letters, digits, signs).")
                                 .arg(UserStore::shortestPassword));
        if (m_login->text().isEmpty())
            m_login->setText(u"admin"_s);
        m_passwordLabel->setText(tr("&Password:"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and sign in"));
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Linli is locked"));
        m_intro->setText(tr("The window was locked after a while without use; what was open is kept. "
                            "Type your password to go on."));
        m_passwordLabel->setText(tr("&Password:"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
        break;
    case Mode::NewPassword:
        setWindowTitle(tr("Choose your password"));
        m_intro->setText(tr("Your password was set by the administrator. Choose one only you know: at least "
                            "%1 characters of two kinds (letters, digits, signs).")
                                 .arg(UserStore::shortestPassword));
        m_passwordLabel->setText(tr("New &password:"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and go on"));
        break;
    }
    m_message->hide();
    (m_login->isEnabled() && m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void SignInDialog::say(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SignInDialog::accept()
{
    switch (m_mode) {
    case Mode::SignIn:
    case Mode::Unlock:
        signIn();
        break;
    case Mode::FirstAdministrator:
        createAdministrator();
        break;
    case Mode::NewPassword:
        chooseNewPassword();
        break;
    }
}

void SignInDialog::signIn()
{
    UserStore users(m_database);
    const UserStore::SignInResult result = users.signIn(m_login->text(), m_password->text());
    if (result.outcome != UserStore::SignIn::Accepted) {
        m_password->clear();
        m_password->setFocus();
        say(result.message);
        return;
    }
    m_actor = result.actor;
    if (result.mustChangePassword) {
        m_usedPassword = m_password->text();
        showMode(Mode::NewPassword);
        return;
    }
    QDialog::accept();
}

void SignInDialog::createAdministrator()
{
    if (m_password->text() != m_repeat->text()) {
        say(tr("The two passwords differ."));
        return;
    }
    const Result<qint64> added
            = UserStore(m_database).add(m_login->text(), m_name->text(), Role::Admin, m_password->text());
    if (!added.isDone()) {
        say(added.message());
        return;
    }
    signIn();
}

void SignInDialog::chooseNewPassword()
{
    if (m_password->text() != m_repeat->text()) {
        say(tr("The two passwords differ."));
        return;
    }
    const Result<void> changed
            = UserStore(m_database).changeOwnPassword(m_actor.userId, m_usedPassword, m_password->text());
    if (!changed.isDone()) {
        say(changed.message());
        return;
    }
    m_usedPassword.clear();
    QDialog::accept();
}

} // namespace linli
