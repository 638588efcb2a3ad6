#pragma once

#include "formdialog.h"
#include "session.h"

class QLabel;
class QSpinBox;

namespace linli {

// How often those in care must be contacted, by tag: the manager's defaults (a resident may have
// their own). Saving recomputes who is due.
class CareIntervalsDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit CareIntervalsDialog(const Session &session, QWidget *parent = nullptr);

    QSpinBox *livingAloneBox() const { return m_livingAlone; }
    QSpinBox *disabledBox() const { return m_disabled; }
    QSpinBox *keyCareBox() const { return m_keyCare; }
    // Saves and closes; false with the reason shown.
    bool save();

protected:
    void saveForm() override { save(); }

private:
    Session m_session;
    QSpinBox *m_livingAlone = nullptr;
    QSpinBox *m_disabled = nullptr;
    QSpinBox *m_keyCare = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace linli
