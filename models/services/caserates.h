#pragma once

#include "servicefilter.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace linli {

// The follow-up figures of a period, and the three rates made of them. The cases counted are those
// received in the period (and matching the rest of the filter); "closed" means closed by the end
// of the period, so that a month's figures do not change when its report is printed again later.
//   closure rate (办结率)         = closed ÷ received
//   on-time closure rate (按时办结率) = closed by the due date ÷ closed (a case without a deadline is on time)
//   satisfaction rate (满意率)    = rated "basically satisfied" or better ÷ closed with a rating
// A rate with nothing to divide by is "none", never 0 % or 100 %.
struct CaseFigures
{
    qint64 received = 0;
    qint64 closed = 0;
    qint64 closedOnTime = 0;
    qint64 rated = 0;
    qint64 satisfied = 0;

    std::optional<double> closureRate() const;
    std::optional<double> onTimeRate() const;
    std::optional<double> satisfactionRate() const;
};

// Counts CaseFigures in the database: the one place the rates come from.
class CaseRates
{
public:
    explicit CaseRates(const QSqlDatabase &database);

    // The period is the filter's from/to (both needed); nullopt with lastError() on failure.
    std::optional<CaseFigures> figures(const ServiceFilter &filter) const;
    // The same figures for each month from `first` to `last`, of one grid or all (0), read from the
    // monthly counts the database keeps (`linli check` compares them with the log); a month without
    // cases has all figures 0.
    std::optional<QList<std::pair<QDate, CaseFigures>>> monthly(QDate first, QDate last, qint64 gridId) const;
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace linli
