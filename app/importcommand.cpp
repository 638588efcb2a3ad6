#include "importcommand.h"

#include "database.h"
#include "residentimport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr int problemsPrinted = 20;

} // namespace

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::summary() const
{
    return tr("Import residents from a CSV sheet (all or nothing unless --skip-invalid)");
}

int ImportCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({
            {u"skip-invalid"_s, tr("Import the valid rows and report the others.")},
            {u"errors"_s, tr("Write every problem, row by row, to this CSV file."), u"REPORT.csv"_s},
    });
    const QString usage = tr("Usage: linli [--db FILE] import residents FILE [--skip-invalid] [--errors REPORT.csv]");
    if (!parseArguments(parser, arguments, context, usage, 2))
        return UsageError;
    if (parser.positionalArguments().constFirst() != u"residents"_s) {
        context.err << tr("Only residents can be imported so far.") << '\n' << usage << '\n';
        return UsageError;
    }
    const QString path = parser.positionalArguments().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << tr("%1 cannot be read: %2").arg(path, file.errorString()) << '\n';
        return UserError;
    }
    const QByteArray bytes = file.readAll();

    Database database;
    if (!openDatabase(database, context))
        return UserError;
    QElapsedTimer timer;
    timer.start();
    ResidentImport import(database.connection());
    if (!import.read(bytes)) {
        context.err << tr("%1: %2").arg(path, import.errorString()) << '\n';
        return UserError;
    }
    context.out << tr("%1: %2 rows, %3.")
                           .arg(path)
                           .arg(import.rowCount())
                           .arg(CsvTable::encodingName(import.table().encoding()))
                << '\n';
    QStringList ignored;
    for (qsizetype i = 0; i < import.mapping().size(); ++i) {
        if (!import.mapping().at(i) && !import.table().header().at(i).isEmpty())
            ignored.append(import.table().header().at(i));
    }
    if (!ignored.isEmpty())
        context.out << tr("Columns not imported: %1").arg(ignored.join(u", "_s)) << '\n';

    if (!import.check()) {
        context.err << import.errorString() << '\n';
        return UserError;
    }
    const double checkSeconds = double(timer.elapsed()) / 1000.0;
    const QList<ResidentImport::Problem> &problems = import.problems();
    for (qsizetype i = 0; i < qMin<qsizetype>(problems.size(), problemsPrinted); ++i) {
        const ResidentImport::Problem &problem = problems.at(i);
        context.err << tr("Row %1, %2 \"%3\": %4").arg(problem.row).arg(problem.column, problem.value, problem.reason)
                    << '\n';
    }
    if (problems.size() > problemsPrinted)
        context.err << tr("… and %1 more problems.").arg(problems.size() - problemsPrinted) << '\n';
    if (parser.isSet(u"errors"_s)) {
        QSaveFile report(parser.value(u"errors"_s));
        if (!report.open(QIODevice::WriteOnly) || !ImportProblem::writeReport(problems, &report) || !report.commit()) {
            context.err << tr("The error report %1 could not be written: %2")
                                   .arg(parser.value(u"errors"_s), report.errorString())
                        << '\n';
            return UserError;
        }
        if (!problems.isEmpty())
            context.out << tr("Problems written to %1.").arg(parser.value(u"errors"_s)) << '\n';
    }

    const ResidentImport::Outcome outcome = import.write(parser.isSet(u"skip-invalid"_s));
    if (outcome != ResidentImport::Outcome::Imported) {
        context.err << import.errorString() << '\n';
        return UserError;
    }
    if (!import.newGrids().isEmpty())
        context.out << tr("New grids: %1").arg(import.newGrids().join(u", "_s)) << '\n';
    if (!import.convertedIdRows().isEmpty()) {
        QStringList rows;
        for (const int row : import.convertedIdRows())
            rows.append(QString::number(row));
        context.out << tr("Old 15-digit ID numbers converted to 18 digits on rows %1: check them against the ID "
                          "cards.")
                               .arg(rows.join(u", "_s))
                    << '\n';
    }
    context.out << tr("Imported %1 residents in %2 s (checked in %3 s); %4 rows skipped.")
                           .arg(import.writtenCount())
                           .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                           .arg(checkSeconds, 0, 'f', 1)
                           .arg(import.invalidRowCount())
                << '\n';
    return problems.isEmpty() ? Success : UserError;
}

} // namespace linli
