#include "revealquestion.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace linli::RevealQuestion {

std::optional<IdentifierReveal::Identifiers> ask(QWidget *parent, const QSqlDatabase &database, qint64 residentId,
                                                 const Wording &wording)
{
    bool asked = false;
    const QString reason = QInputDialog::getText(parent, wording.title, wording.question, QLineEdit::Normal,
                                                 wording.proposedReason, &asked);
    if (!asked)
        return std::nullopt;
    const Result<IdentifierReveal::Identifiers> revealed = IdentifierReveal(database).reveal(residentId, reason);
    if (!revealed.isDone()) {
        QMessageBox::warning(parent, wording.title, revealed.message());
        return std::nullopt;
    }
    return revealed.value();
}

} // namespace linli::RevealQuestion
