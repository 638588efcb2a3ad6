#pragma once

#include "formdialog.h"
#include "session.h"

class QLineEdit;

namespace linli {

class OutcomeLabel;

// The signed-in person changes their own password (File → Change my password…): the present one,
// the new one twice. The store checks the rules and audits the change; a refusal says why and keeps
// the form.
class OwnPasswordDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit OwnPasswordDialog(const Session &session, QWidget *parent = nullptr);

    QLineEdit *presentBox() const { return m_present; }
    QLineEdit *newBox() const { return m_new; }
    QLineEdit *repeatBox() const { return m_repeat; }
    QString message() const;

protected:
    void saveForm() override;

private:
    Session m_session;
    QLineEdit *m_present = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    OutcomeLabel *m_message = nullptr;
};

} // namespace linli
