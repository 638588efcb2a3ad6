#include "checkcommand.h"

#include "database.h"
#include "databasechecker.h"
#include "monthlyrollup.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace linli {

QString CheckCommand::name() const
{
    return u"check"_s;
}

QString CheckCommand::summary() const
{
    return tr("Check the database's integrity, links and schema, and count its rows");
}

int CheckCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({u"quick"_s, tr("Skip the slower checks (indexes, monthly figures).")});
    parser.addOption({u"repair"_s, tr("Build the monthly figures again from the service log first.")});
    if (!parseArguments(parser, arguments, context, tr("Usage: linli [--db FILE] check [--quick] [--repair]")))
        return UsageError;
    QElapsedTimer timer;
    timer.start();
    Database database;
    if (!openDatabase(database, context))
        return UserError;
    if (parser.isSet(u"repair"_s)) {
        MonthlyRollup rollup(database.connection());
        if (!rollup.rebuild()) {
            context.err << tr("The monthly figures could not be built again: %1").arg(rollup.lastError()) << '\n';
            return UserError;
        }
        context.out << tr("Monthly figures built again from the service log.") << '\n';
    }
    const DatabaseChecker::Report report
            = DatabaseChecker(database.connection())
                      .run(parser.isSet(u"quick"_s) ? DatabaseChecker::Depth::Quick : DatabaseChecker::Depth::Full);
    context.out << tr("Database: %1").arg(context.location.displayName()) << '\n'
                << tr("Schema version: %1 (this program: %2)").arg(report.schemaVersion).arg(report.latestSchemaVersion)
                << '\n';
    for (const auto &[table, count] : report.rowCounts)
        context.out << u"  %1 %2"_s.arg(table, -20).arg(count, 12) << '\n';
    for (const QString &problem : report.problems)
        context.err << tr("Problem: %1").arg(problem) << '\n';
    const QString seconds = QString::number(double(timer.elapsed()) / 1000.0, 'f', 1);
    if (!report.ok) {
        context.out << tr("Result: problems found: %1 (%2 s).").arg(report.problems.size()).arg(seconds) << '\n';
        return UserError;
    }
    context.out << tr("Result: ok (%1 s).").arg(seconds) << '\n';
    return Success;
}

} // namespace linli
