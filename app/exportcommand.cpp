#include "exportcommand.h"

#include "database.h"
#include "residentexport.h"
#include "serviceexport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace linli {

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return tr("Export residents or services to a CSV sheet that Excel and WPS open");
}

int ExportCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({
            {u"from"_s, tr("Services from this day on (YYYY-MM-DD)."), u"DATE"_s},
            {u"to"_s, tr("Services up to and including this day (YYYY-MM-DD)."), u"DATE"_s},
    });
    const QString usage = tr("Usage: linli [--db FILE] export residents FILE\n"
                             "       linli [--db FILE] export services FILE [--from DATE] [--to DATE]");
    if (!parseArguments(parser, arguments, context, usage, 2))
        return UsageError;
    const QString kind = parser.positionalArguments().constFirst();
    if (kind != u"residents"_s && kind != u"services"_s) {
        context.err << tr("Residents or services can be exported, not \"%1\".").arg(kind) << '\n' << usage << '\n';
        return UsageError;
    }
    QDate bounds[2];
    const QString options[2] = {u"from"_s, u"to"_s};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(options[i]))
            continue;
        bounds[i] = QDate::fromString(parser.value(options[i]), Qt::ISODate);
        if (!bounds[i].isValid() || kind != u"services"_s) {
            context.err << tr("--%1 takes a day such as 2025-09-01, for services.").arg(options[i]) << '\n'
                        << usage << '\n';
            return UsageError;
        }
    }
    if (bounds[0].isValid() && bounds[1].isValid() && bounds[1] < bounds[0]) {
        context.err << tr("--to is before --from.") << '\n';
        return UsageError;
    }
    Database database;
    if (!openDatabase(database, context))
        return UserError;
    QElapsedTimer timer;
    timer.start();
    const QString path = parser.positionalArguments().at(1);
    // Written beside the target and renamed at the end: an interrupted export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        context.err << tr("%1 cannot be written: %2").arg(path, file.errorString()) << '\n';
        return UserError;
    }
    qint64 written = 0;
    QString error;
    if (kind == u"residents"_s) {
        ResidentExport exporter(database.connection());
        if (!exporter.write(&file))
            error = exporter.errorString();
        written = exporter.writtenCount();
    } else {
        ServiceExport exporter(database.connection());
        if (!exporter.write(&file, bounds[0], bounds[1]))
            error = exporter.errorString();
        written = exporter.writtenCount();
    }
    if (!error.isEmpty()) {
        file.cancelWriting();
        context.err << error << '\n';
        return UserError;
    }
    if (!file.commit()) {
        context.err << tr("%1 cannot be written: %2").arg(path, file.errorString()) << '\n';
        return UserError;
    }
    const QString seconds = QString::number(double(timer.elapsed()) / 1000.0, 'f', 1);
    context.out << (kind == u"residents"_s ? tr("Exported %1 residents to %2 in %3 s.")
                                           : tr("Exported %1 service records to %2 in %3 s."))
                           .arg(written)
                           .arg(path, seconds)
                << '\n';
    return Success;
}

} // namespace linli
