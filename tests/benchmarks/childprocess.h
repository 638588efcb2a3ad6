#pragma once

#include <QHash>
#include <QStringList>

namespace linli::bench {

// One run of `linli-bench --child …` (see windowchild.h): its "key value" lines, and the time from
// starting the process to its first paint.
struct ChildRun
{
    bool ok = false;
    double firstPaintMs = 0;
    QHash<QString, double> values;

    static ChildRun run(const QStringList &arguments, const QHash<QString, QString> &environment = {});
    // The run with the median first paint of `times` runs.
    static ChildRun median(int times, const QStringList &arguments);
};

} // namespace linli::bench
