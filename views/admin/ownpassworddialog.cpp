#include "ownpassworddialog.h"

#include "outcomelabel.h"
#include "userstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace linli {

OwnPasswordDialog::OwnPasswordDialog(const Session &session, QWidget *parent)
    : FormDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Change my password"));
    const auto secret = [this] {
        auto *edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password);
        edit->setMinimumWidth(260);
        return edit;
    };
    m_present = secret();
    m_new = secret();
    m_repeat = secret();
    auto *form = new QFormLayout;
    form->addRow(tr("&Present password:"), m_present);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat it:"), m_repeat);
    auto *hint = new QLabel(tr("At least %1 characters of two kinds, not your login.").arg(UserStore::shortestPassword),
                            this);
    hint->setWordWrap(true);
    m_message = new OutcomeLabel(this);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OwnPasswordDialog::saveForm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Signed in as %1.").arg(session.actor().login), this));
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString OwnPasswordDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void OwnPasswordDialog::saveForm()
{
    if (m_new->text() != m_repeat->text()) {
        m_message->say(false, {}, tr("The two new passwords differ."));
        m_repeat->setFocus();
        return;
    }
    const Result<void> changed = UserStore(m_session.connection())
                                         .changeOwnPassword(m_session.actor().userId, m_present->text(), m_new->text());
    if (!changed.isDone()) {
        m_message->say(false, {}, changed.message());
        return;
    }
    accept();
}

} // namespace linli
