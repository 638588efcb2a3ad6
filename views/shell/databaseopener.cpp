#include "databaseopener.h"

#include "database.h"
#include "databaselocationdialog.h"
#include "databasesetup.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include <optional>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Nothing when the user would rather not give one.
std::optional<QString> askPassword(const Database &database, const DatabaseLocation &location, QWidget *parent)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(u"serverPassword"_s);
    dialog.setWindowTitle(DatabaseOpener::tr("Server password"));
    const QString who
            = location.userName().isEmpty() ? DatabaseOpener::tr("this computer's user") : location.userName();
    // Asked again: why, and the question in short.
    const QString question = location.password().isEmpty()
            ? DatabaseOpener::tr("The server %1 asks for the password of %2:").arg(location.displayName(), who)
            : database.errorString() + u"\n\n"_s + DatabaseOpener::tr("Password of %1:").arg(who);
    dialog.setLabelText(question);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setMinimumWidth(460);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace

bool DatabaseOpener::open(Database &database, DatabaseLocation location, QWidget *parent)
{
    for (;;) {
        if (location.isValid() && DatabaseSetup::open(database, location))
            return true;
        if (location.isValid() && database.error() == Database::Error::PasswordRequired) {
            const std::optional<QString> password = askPassword(database, location, parent);
            if (!password)
                return false;
            location.setPassword(*password);
            continue;
        }
        QMessageBox box(QMessageBox::Critical, tr("Linli cannot open its database"),
                        location.isValid() ? database.errorString() : location.errorString(), QMessageBox::Close,
                        parent);
        box.setObjectName(u"cannotOpen"_s);
        QPushButton *choose = box.addButton(tr("Choose another database…"), QMessageBox::ActionRole);
        box.exec();
        if (box.clickedButton() != choose)
            return false;
        DatabaseLocationDialog chooser(location, parent);
        if (chooser.exec() != QDialog::Accepted)
            return false;
        location = chooser.location();
    }
}

} // namespace linli
