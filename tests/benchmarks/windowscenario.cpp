#include "windowscenario.h"

#include "benchcontext.h"
#include "childprocess.h"

#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace linli::bench {

namespace {

constexpr qint64 smallScale = 10000;

} // namespace

void runWindowScenarios(BenchContext &context, bool start, bool memory, bool stalls)
{
    if (start || memory) {
        const ChildRun empty = ChildRun::median(3, {u"empty"_s});
        const ChildRun linli = ChildRun::median(3, {u"linli"_s, context.databasePath});
        context.figures.insert(u"start"_s, linli.firstPaintMs);
        context.figures.insert(u"memory"_s, linli.values.value(u"rss-mib"_s));
        if (start) {
            context.report.note(u"\n2. Start → first paint of the resident list (median of 3 starts)"_s);
            context.report.add(Check::atMost(u"2 start"_s, u"main window with the list"_s, u"ms"_s, linli.firstPaintMs,
                                             empty.firstPaintMs, u"empty window"_s, 4 * empty.firstPaintMs,
                                             u"4 × empty window"_s));
            if (context.scale.residents > smallScale) {
                const QString small = BenchDatabase(context.cacheFolder)
                                              .demo({smallScale, smallScale * 10, smallScale / 2}, context.log);
                const ChildRun smallRun = ChildRun::median(3, {u"linli"_s, small});
                context.report.add(
                        Check::atMost(u"2 start"_s,
                                      u"at %L1 vs at %L2 residents"_s.arg(context.scale.residents).arg(smallScale),
                                      u"ms"_s, linli.firstPaintMs, smallRun.firstPaintMs, u"at 10k"_s,
                                      1.5 * smallRun.firstPaintMs, u"1.5 × at 10k"_s));
                context.report.note(
                        u"        memory at 10k: %1 MiB"_s.arg(smallRun.values.value(u"rss-mib"_s), 0, 'f', 0));
            }
        }
        if (memory) {
            context.report.note(u"\n6. Memory with the database open and the list shown"_s);
            const double emptyMiB = empty.values.value(u"rss-mib"_s);
            context.report.add(Check::atMost(u"6 memory"_s, u"resident set of the window"_s, u"MiB"_s,
                                             linli.values.value(u"rss-mib"_s), emptyMiB, u"empty window"_s,
                                             emptyMiB + 100, u"empty window + 100 MiB"_s));
        }
    }
    if (stalls) {
        context.report.note(u"\n7. The longest pause of the UI thread (10 ms heartbeat)"_s);
        const QString scratch = QDir(context.cacheFolder).filePath(u"stalls-scratch.sqlite"_s);
        const qint64 sheetRows = std::clamp<qint64>(context.scale.residents, 10000, 100000);
        const QString sheet = BenchDatabase(context.cacheFolder).sheet(sheetRows, context.log);
        BenchDatabase::createEmpty(scratch, context.log);
        const ChildRun run
                = ChildRun::run({u"stalls"_s, context.databasePath, scratch}, {{u"LINLI_BENCH_SHEET"_s, sheet}});
        const QList<std::pair<QString, QString>> activities = {
                {u"stall-search"_s, u"typing six searches"_s},
                {u"stall-scroll"_s, u"300 × Page Down"_s},
                {u"stall-import"_s, u"importing %L1 residents"_s.arg(sheetRows)},
                {u"stall-dashboard"_s, u"the dashboard, then three months"_s},
                {u"stall-report-pdf"_s, u"the monthly report saved as PDF"_s},
        };
        for (const auto &[key, what] : activities) {
            if (!run.values.contains(key)) {
                context.report.add(Check::holds(u"7 stalls"_s, what, false, u"not measured (the child failed)"_s));
                continue;
            }
            const double longest = run.values.value(key);
            context.report.add(
                    Check::atMost(u"7 stalls"_s, what, u"ms"_s, longest, 10, u"heartbeat"_s, 50, u"≤ 50 ms"_s));
        }
    }
}

} // namespace linli::bench
