#include "democommand.h"

#include "database.h"
#include "demodatagenerator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <csignal>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

std::atomic_bool interrupted{false};

void onInterrupt(int)
{
    interrupted.store(true);
}

bool parseCount(const QCommandLineParser &parser, const QString &option, qint64 &value, QString &error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 0) {
        error = DemoCommand::tr("--%1 needs a whole number of 0 or more, not \"%2\".")
                        .arg(option, parser.value(option));
        return false;
    }
    return true;
}

} // namespace

QString DemoCommand::name() const
{
    return u"demo"_s;
}

QString DemoCommand::summary() const
{
    return tr("Fill a new database with realistic synthetic data");
}

int DemoCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({
            {u"residents"_s, tr("Number of residents."), u"N"_s},
            {u"services"_s, tr("Number of service records."), u"N"_s},
            {u"visits"_s, tr("Number of visits."), u"N"_s},
            {u"seed"_s, tr("Random seed; the same seed gives the same data."), u"S"_s},
    });
    if (!parseArguments(parser, arguments, context,
                        tr("Usage: linli [--db FILE] demo --residents N --services N --visits N [--seed S]")))
        return UsageError;
    DemoDataGenerator::Options options;
    options.residents = 1000;
    QString error;
    qint64 seed = 1;
    if (!parseCount(parser, u"residents"_s, options.residents, error)
        || !parseCount(parser, u"services"_s, options.services, error)
        || !parseCount(parser, u"visits"_s, options.visits, error) || !parseCount(parser, u"seed"_s, seed, error)) {
        context.err << error << '\n';
        return UsageError;
    }
    options.seed = quint32(seed);

    Database database;
    if (!openDatabase(database, context))
        return UserError;

    QElapsedTimer timer;
    timer.start();
    DemoDataGenerator generator(database.connection(), options);
    generator.setCancelFlag(&interrupted);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    generator.setProgressCallback([&](DemoDataGenerator::Stage stage, qint64 done, qint64 total) {
        context.out << tr("%1: %2 of %3 (%4 s)")
                               .arg(DemoDataGenerator::stageName(stage))
                               .arg(done)
                               .arg(total)
                               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                    << '\n';
        context.out.flush();
    });
    if (!generator.run()) {
        context.err << generator.errorString() << '\n';
        return UserError;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    context.out << tr("Demo data written to %1: %2 rows in %3 s (%4 rows/s).")
                           .arg(context.location.displayName())
                           .arg(generator.rowsWritten())
                           .arg(seconds, 0, 'f', 1)
                           .arg(qint64(double(generator.rowsWritten()) / qMax(seconds, 0.001)))
                << '\n';
    return Success;
}

} // namespace linli
