#include "report.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace linli::bench {

namespace {

QString figure(double value, const QString &unit)
{
    const int decimals = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
    return QLocale::c().toString(value, 'f', decimals) + u' ' + unit;
}

} // namespace

Check Check::atMost(const QString &scenario, const QString &what, const QString &unit, double value, double reference,
                    const QString &referenceName, double limit, const QString &target)
{
    return {scenario,
            what,
            unit,
            value,
            reference,
            referenceName,
            reference > 0 ? value / reference : 0,
            target + u" (≤ "_s + figure(limit, unit) + u')',
            value <= limit};
}

Check Check::timesBetter(const QString &scenario, const QString &what, const QString &unit, double value,
                         double reference, const QString &referenceName, double factor)
{
    const double ratio = value > 0 ? reference / value : 0;
    return {scenario,       what,          unit,  value,
            reference,      referenceName, ratio, u"%1 ≥ %2× %3"_s.arg(referenceName).arg(factor).arg(u"this"_s),
            ratio >= factor};
}

Check Check::atLeastShare(const QString &scenario, const QString &what, const QString &unit, double value,
                          double reference, const QString &referenceName, double share)
{
    const double ratio = reference > 0 ? value / reference : 0;
    return {scenario,      what,          unit,  value,
            reference,     referenceName, ratio, u"≥ %1 × %2"_s.arg(share).arg(referenceName),
            ratio >= share};
}

Check Check::forTheRecord(const QString &why) const
{
    Check check = *this;
    check.target += u" — for the record: "_s + why;
    check.passed = true;
    return check;
}

Check Check::holds(const QString &scenario, const QString &what, bool holds, const QString &detail)
{
    Check check;
    check.scenario = scenario;
    check.what = what;
    check.target = detail;
    check.passed = holds;
    return check;
}

Report::Report(QTextStream &out)
    : m_out(out)
{}

void Report::add(const Check &check)
{
    m_checks.append(check);
    m_out << (check.passed ? "  ok    " : "  MISS  ") << check.scenario << " | " << check.what;
    if (!check.unit.isEmpty()) {
        m_out << " | " << figure(check.value, check.unit) << " | " << check.referenceName << ' '
              << figure(check.reference, check.unit) << " | ratio " << QLocale::c().toString(check.ratio, 'f', 2);
    }
    m_out << " | " << check.target << Qt::endl;
}

void Report::note(const QString &text)
{
    m_out << text << Qt::endl;
}

bool Report::finish()
{
    qsizetype missed = 0;
    for (const Check &check : std::as_const(m_checks))
        missed += check.passed ? 0 : 1;
    m_out << Qt::endl
          << (missed == 0 ? u"SUMMARY: all %1 targets met"_s.arg(m_checks.size())
                          : u"SUMMARY: %1 of %2 targets missed"_s.arg(missed).arg(m_checks.size()))
          << Qt::endl;
    if (missed > 0) {
        for (const Check &check : std::as_const(m_checks)) {
            if (!check.passed)
                m_out << "  missed: " << check.scenario << " | " << check.what << " | " << check.target << Qt::endl;
        }
    }
    return missed == 0;
}

} // namespace linli::bench
