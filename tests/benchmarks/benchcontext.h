#pragma once

#include "benchdatabase.h"
#include "report.h"
#include "timing.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace linli::bench {

// What every scenario of a run shares: the scale, the demo database and the program's own open
// connection to it, how to time, where to report, and the figures later scenarios compare with
// (the usual Qt approach is held against the program's own search, sort, start and memory).
struct BenchContext
{
    Scale scale;
    QString databasePath;
    QString cacheFolder;
    QSqlDatabase connection;
    Timing timing;
    Report &report;
    QTextStream &log;
    QHash<QString, double> figures;

    // Targets that compare with what grows with the data (the usual Qt approach, counting the log)
    // hold at a district's scale, from a million residents.
    bool isDistrictScale() const { return scale.residents >= 1000000; }
    // What counts against a district target below that scale is printed for the record.
    Check atScale(const Check &check) const
    {
        return isDistrictScale() ? check
                                 : check.forTheRecord(QStringLiteral("the target holds from 1,000,000 residents"));
    }
};

} // namespace linli::bench
