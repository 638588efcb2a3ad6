// linli-bench: Linli at district scale, side by side with the floor (the same SQL through SQLite's C
// API) and with the usual Qt approach. Prints every figure with its target and a summary line; the
// exit code is 1 when a target is missed. See docs/PERFORMANCE.md.

#include "benchcontext.h"
#include "benchdatabase.h"
#include "dashboardscenario.h"
#include "importscenario.h"
#include "listscenario.h"
#include "searchscenario.h"
#include "statementrecorder.h"
#include "usualqtscenario.h"
#include "windowchild.h"
#include "windowscenario.h"

#include "actor.h"
#include "database.h"
#include "databasesetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::bench;

namespace {

struct Options
{
    Scale scale;
    QString cacheFolder;
    QList<int> scenarios;
};

Options parseOptions(const QApplication &application)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Linli's benchmarks at a chosen scale (see docs/PERFORMANCE.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption residents(u"residents"_s, u"residents in the demo database (default 10000)"_s, u"N"_s,
                                       u"10000"_s);
    const QCommandLineOption services(u"services"_s, u"service records (default 10 per resident)"_s, u"N"_s);
    const QCommandLineOption visits(u"visits"_s, u"visits (default one per two residents)"_s, u"N"_s);
    const QCommandLineOption cache(
            u"cache"_s, u"where demo databases are kept between runs"_s, u"DIR"_s,
            QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)).filePath(u"linli-bench"_s));
    const QCommandLineOption only(u"only"_s, u"run only these scenarios (for example 1,4)"_s, u"LIST"_s);
    parser.addOptions({residents, services, visits, cache, only});
    parser.process(application);

    Options options;
    options.scale.residents = parser.value(residents).toLongLong();
    options.scale.services
            = parser.isSet(services) ? parser.value(services).toLongLong() : options.scale.residents * 10;
    options.scale.visits = parser.isSet(visits) ? parser.value(visits).toLongLong() : options.scale.residents / 2;
    options.cacheFolder = parser.value(cache);
    const QStringList chosen = parser.isSet(only) ? parser.value(only).split(u',') : QStringList();
    for (int scenario = 1; scenario <= 8; ++scenario) {
        if (chosen.isEmpty() || chosen.contains(QString::number(scenario)))
            options.scenarios.append(scenario);
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
    StatementRecorder::install();
    QApplication application(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QCoreApplication::arguments().mid(2));
    QCoreApplication::setOrganizationName(u"Linli"_s);
    QCoreApplication::setApplicationName(u"linli-bench"_s);
    int benchmarkArgc = 1;
    benchmark::Initialize(&benchmarkArgc, argv);

    const Options options = parseOptions(application);
    QTextStream out(stdout);
    Report report(out);
    const QString path = BenchDatabase(options.cacheFolder).demo(options.scale, out);
    if (path.isEmpty())
        return 2;
    Database database;
    if (!DatabaseSetup::open(database, DatabaseLocation::fromArgument(path))) {
        out << database.errorString() << Qt::endl;
        return 2;
    }
    Actor::actFor(database.connection(), Actor{0, u"bench"_s, u"bench"_s, Role::Admin});
    out << "Linli benchmarks: " << options.scale.residents << " residents, " << options.scale.services
        << " service records, " << options.scale.visits << " visits (" << path << ")" << Qt::endl;

    // Shorter timings keep a small run under a minute; a district's figures get more time.
    Timing timing;
    timing.minSeconds = options.scale.residents >= 1000000 ? 0.2 : 0.05;
    BenchContext context{options.scale, path, options.cacheFolder, database.connection(), timing, report, out, {}};
    if (options.scenarios.contains(1))
        runSearchScenario(context);
    if (options.scenarios.contains(2) || options.scenarios.contains(6))
        runWindowScenarios(context, options.scenarios.contains(2), options.scenarios.contains(6), false);
    if (options.scenarios.contains(3))
        runListScenario(context);
    if (options.scenarios.contains(4))
        runDashboardScenario(context);
    if (options.scenarios.contains(5))
        runImportScenario(context);
    if (options.scenarios.contains(7))
        runWindowScenarios(context, false, false, true);
    if (options.scenarios.contains(8))
        runUsualQtScenario(context);
    return report.finish() ? 0 : 1;
}
