#include "exportcommand.h"

#include "database.h"
#include "residentexport.h"

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
    return tr("Export residents to a CSV sheet that Excel and WPS open");
}

int ExportCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QString usage = tr("Usage: linli [--db FILE] export residents FILE");
    if (!parseArguments(parser, arguments, context, usage, 2))
        return UsageError;
    if (parser.positionalArguments().constFirst() != u"residents"_s) {
        context.err << tr("Only residents can be exported so far.") << '\n' << usage << '\n';
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
    ResidentExport exporter(database.connection());
    if (!exporter.write(&file)) {
        file.cancelWriting();
        context.err << exporter.errorString() << '\n';
        return UserError;
    }
    if (!file.commit()) {
        context.err << tr("%1 cannot be written: %2").arg(path, file.errorString()) << '\n';
        return UserError;
    }
    context.out << tr("Exported %1 residents to %2 in %3 s.")
                           .arg(exporter.writtenCount())
                           .arg(path)
                           .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << '\n';
    return Success;
}

} // namespace linli
