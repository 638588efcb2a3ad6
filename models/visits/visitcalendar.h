#pragma once

#include "visitstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace linli {

// Visits as an iCalendar file (RFC 5545) that a phone's calendar imports: one event per visit, in
// China Standard Time (no daylight saving), cancelled ones marked so, text escaped and lines folded
// at 75 octets without cutting a character in two. Pure.
class VisitCalendar
{
    Q_DECLARE_TR_FUNCTIONS(VisitCalendar)

public:
    static QByteArray write(const QList<AgendaEntry> &entries, const QDateTime &stamp);

    // The parts, for the tests.
    static QString escaped(const QString &text);
    static QByteArray folded(const QByteArray &line);
};

} // namespace linli
