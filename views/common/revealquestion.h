#pragma once

#include "identifierreveal.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class QWidget;

namespace linli {

// Asks why a resident's whole identifiers are needed, then reads them through IdentifierReveal
// (the reason goes into the audit log with the reading). A refusal is said in a message over
// `parent`; nullopt then, or when the question was cancelled.
namespace RevealQuestion {

struct Wording
{
    QString title;
    QString question;
    QString proposedReason; // empty: the person types one
};

std::optional<IdentifierReveal::Identifiers> ask(QWidget *parent, const QSqlDatabase &database, qint64 residentId,
                                                 const Wording &wording);

} // namespace RevealQuestion

} // namespace linli
