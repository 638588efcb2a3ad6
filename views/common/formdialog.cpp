#include "formdialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>

namespace linli {

namespace {

constexpr char ignoredProperty[] = "linliNotFormData";

} // namespace

void FormDialog::reject()
{
    if (mayClose())
        QDialog::reject();
}

bool FormDialog::mayClose()
{
    if (!hasChanges())
        return true;
    QMessageBox question(QMessageBox::Question, windowTitle(),
                         tr("Save what you have typed in this form before closing it?"), QMessageBox::NoButton, this);
    QPushButton *save = question.addButton(tr("Save"), QMessageBox::AcceptRole);
    QPushButton *discard = question.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    QPushButton *back = question.addButton(tr("Go back"), QMessageBox::RejectRole);
    // Enter and Escape alike take the clerk back to the form: throwing work away is a deliberate click.
    question.setDefaultButton(back);
    question.setEscapeButton(back);
    question.exec();
    if (question.clickedButton() == save)
        saveForm();
    return question.clickedButton() == discard;
}

bool FormDialog::hasChanges() const
{
    return m_marked && fieldValues() != m_unchanged;
}

void FormDialog::markUnchanged()
{
    m_unchanged = fieldValues();
    m_marked = true;
}

void FormDialog::ignoreChanges(QWidget *widget)
{
    widget->setProperty(ignoredProperty, true);
}

void FormDialog::showEvent(QShowEvent *event)
{
    if (!m_marked)
        markUnchanged();
    QDialog::showEvent(event);
}

QVariantList FormDialog::fieldValues() const
{
    QVariantList values;
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        // Widgets of a dialog opened from this one (a question, a nested form) are not this form's.
        if (widget->window() != this || widget->property(ignoredProperty).toBool())
            continue;
        // A combo box's or a spin box's own line edit is read through its box (and left out with it).
        if (qobject_cast<const QComboBox *>(widget->parentWidget())
            || qobject_cast<const QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            values.append(line->text());
        else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
            values.append(QVariantList{combo->currentText(), combo->currentData()});
        else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
            values.append(spin->text());
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            values.append(plain->toPlainText());
        else if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
            values.append(rich->toPlainText());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && button->isCheckable())
            values.append(button->isChecked());
    }
    return values;
}

} // namespace linli
