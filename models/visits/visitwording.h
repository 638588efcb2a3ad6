#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace linli {

// What the kinds and states of a visit are called on screen, on paper and in calendars, and the
// colour a state is shown in.
class VisitWording
{
    Q_DECLARE_TR_FUNCTIONS(VisitWording)

public:
    // The kinds a visit can be, in the order a clerk picks them.
    static QStringList kinds();
    static QString kindLabel(const QString &kind);
    static QString statusLabel(const QString &status);
    // The light background a visit of this state is shown on (printable in black and white too:
    // the state is always written as well).
    static QColor statusColor(const QString &status);
};

} // namespace linli
