#pragma once

#include "caserates.h"
#include "servicerecordstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QIODevice;

namespace linli {

// What the center reports to the sub-district for a month, gathered once for the dashboard's
// figures, the printed report and its CSV: the key figures, services per category beside the
// previous month and the same month a year before, and the cases overdue at the month's end.
struct MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)

public:
    static constexpr int overdueListed = 100;

    struct KeyFigures
    {
        qint64 services = 0;
        qint64 peopleServed = 0;
        qint64 aged60Served = 0;
        qint64 visitsPlanned = 0; // not cancelled: planned, done or nobody home
        qint64 visitsDone = 0;
        CaseFigures cases;
    };
    struct CategoryRow
    {
        QString nameZh;
        QString nameEn;
        qint64 thisMonth = 0;
        qint64 previousMonth = 0;
        qint64 sameMonthLastYear = 0;
    };

    // The month's records mended after its report was last printed or saved: its figures may
    // differ from the sheet handed upward.
    struct Revision
    {
        QDateTime printedAt; // local time
        qint64 mends = 0;    // corrections and voids since, of records of the month
    };

    QDate month; // its first day
    KeyFigures figures;
    std::optional<Revision> changedSincePrinted; // none: never printed, or nothing mended since
    QList<CategoryRow> categories;
    QList<ServiceRecordRow> overdueCases; // at most overdueListed, the longest overdue first
    qint64 overdueCount = 0;

    // Gathers the month's report; "as of" is the month's last day, or today for the current month.
    // nullopt with `error` set when the database cannot be read.
    static std::optional<MonthlyReport> gather(const QSqlDatabase &database, QDate month, QDate today,
                                               QString *error = nullptr);

    // When the month's report was last printed or saved, and how many of its records were mended
    // since (RecordCorrections); none when it never was or none were. nullopt with `error` on failure.
    static std::optional<std::optional<Revision>> revisionOf(const QSqlDatabase &database, QDate month,
                                                             QString *error = nullptr);

    // The tables as CSV (UTF-8 with BOM, for Excel): key figures, categories, overdue cases.
    bool writeCsv(QIODevice *device, bool chinese) const;
};

} // namespace linli
