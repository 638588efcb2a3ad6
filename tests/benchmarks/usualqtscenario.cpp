#include "usualqtscenario.h"

#include "benchcontext.h"
#include "childprocess.h"

using namespace Qt::StringLiterals;

namespace linli::bench {

void runUsualQtScenario(BenchContext &context)
{
    context.report.note(u"\n8. The usual Qt approach (QSqlTableModel + QSortFilterProxyModel over the whole table)"_s);
    const QStringList needed = {u"search 张"_s, u"search 王芳"_s, u"sort age, oldest first"_s, u"start"_s, u"memory"_s};
    for (const QString &figure : needed) {
        if (!context.figures.contains(figure)) {
            context.report.add(Check::holds(u"8 usual Qt"_s, u"Linli's own figures"_s, false,
                                            u"run scenarios 1, 2, 3 and 6 with 8"_s));
            return;
        }
    }
    const ChildRun usual = ChildRun::run({u"usual"_s, context.databasePath});
    if (!usual.ok) {
        context.report.add(Check::holds(u"8 usual Qt"_s, u"the usual approach's run"_s, false, u"failed"_s));
        return;
    }
    const auto compare = [&](const QString &what, const QString &unit, double linli, double theirs, double factor) {
        context.report.add(
                context.atScale(Check::timesBetter(u"8 usual Qt"_s, what, unit, linli, theirs, u"usual Qt"_s, factor)));
    };
    compare(u"search \"张\""_s, u"ms"_s, context.figures.value(u"search 张"_s), usual.values.value(u"search-张"_s),
            500);
    compare(u"search \"王芳\""_s, u"ms"_s, context.figures.value(u"search 王芳"_s),
            usual.values.value(u"search-王芳"_s), 500);
    compare(u"sort by age"_s, u"ms"_s, context.figures.value(u"sort age, oldest first"_s),
            usual.values.value(u"sort-age"_s), 500);
    compare(u"start → usable list"_s, u"ms"_s, context.figures.value(u"start"_s), usual.firstPaintMs, 50);
    compare(u"memory with the list shown"_s, u"MiB"_s, context.figures.value(u"memory"_s),
            std::max(usual.values.value(u"rss-mib"_s), usual.values.value(u"rss-mib-end"_s)), 5);
}

} // namespace linli::bench
