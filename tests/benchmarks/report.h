#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

namespace linli::bench {

// One figure of a scenario held against its target: the program's value, what it is compared with
// (the floor, an empty window, the usual Qt approach…), the ratio and whether the target is met.
struct Check
{
    QString scenario;
    QString what;
    QString unit;
    double value = 0;
    double reference = 0;
    QString referenceName;
    double ratio = 0;
    QString target;
    bool passed = false;

    // value ≤ limit (a time or a size); the ratio is value / reference.
    static Check atMost(const QString &scenario, const QString &what, const QString &unit, double value,
                        double reference, const QString &referenceName, double limit, const QString &target);
    // reference / value ≥ factor: the program is that many times faster or smaller.
    static Check timesBetter(const QString &scenario, const QString &what, const QString &unit, double value,
                             double reference, const QString &referenceName, double factor);
    // value / reference ≥ share (rates: higher is better).
    static Check atLeastShare(const QString &scenario, const QString &what, const QString &unit, double value,
                              double reference, const QString &referenceName, double share);
    // Printed with its target, but not counted: the target is for another scale.
    Check forTheRecord(const QString &why) const;
    // A fact that must hold (exact counts): no figures to compare.
    static Check holds(const QString &scenario, const QString &what, bool holds, const QString &detail);
};

// Collects the checks of a run, prints each as it comes and a summary at the end.
class Report
{
public:
    explicit Report(QTextStream &out);

    void add(const Check &check);
    // A line of its own (what is being prepared, a figure for the record).
    void note(const QString &text);
    // The summary line; true when every target was met.
    bool finish();

private:
    QTextStream &m_out;
    QList<Check> m_checks;
};

} // namespace linli::bench
