#pragma once

#include <QDialog>
#include <QVariantList>

namespace linli {

// A dialog that edits something and asks before its changes are thrown away. Escape, Cancel and the
// window's close button all end in reject(): a form whose fields still hold what it was opened with
// (or what it last saved) closes at once; a changed one asks whether to save, discard or go back.
// What the fields hold is read from the dialog's own input widgets, so a field added later is
// guarded without being listed.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    void reject() override;
    // Whether a field differs from what the form was opened with or last saved.
    bool hasChanges() const;

protected:
    // Saves what the form holds, as its Save button does: closes when saved, stays open saying why not.
    virtual void saveForm() = 0;
    // What the fields hold now is what the form started from. Done when the form is first shown;
    // a form that stays open after saving (the quick log) does it again then.
    void markUnchanged();
    // True when the form may close: nothing changed, or the clerk chose to discard the changes. Choosing
    // to save saves (the form closes itself when saved) and is false, as is going back.
    bool mayClose();
    // Keeps a widget out of what is compared: it chooses rather than holds the form's data (a search
    // box), or saves at once by itself (a favourite's star).
    static void ignoreChanges(QWidget *widget);

    void showEvent(QShowEvent *event) override;

private:
    QVariantList fieldValues() const;

    QVariantList m_unchanged;
    bool m_marked = false;
};

} // namespace linli
