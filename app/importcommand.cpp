#include "importcommand.h"

#include "centerscope.h"
#include "database.h"
#include "importjournal.h"
#include "residentimport.h"
#include "serviceimport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr int problemsPrinted = 20;

// Which columns of the file a sheet reads.
template<typename Mapping> QList<bool> mappedColumns(const Mapping &mapping)
{
    QList<bool> mapped;
    for (const auto &column : mapping)
        mapped.append(column.has_value());
    return mapped;
}

} // namespace

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::summary() const
{
    return tr("Import residents or services from a CSV sheet (all or nothing unless --skip-invalid)");
}

int ImportCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({
            {u"skip-invalid"_s, tr("Import the valid rows and report the others.")},
            {u"errors"_s, tr("Write every problem, row by row, to this CSV file."), u"REPORT.csv"_s},
            {u"center"_s, tr("Import for this center (code or name): its grids, its residents."), u"CENTER"_s},
    });
    const QString usage = tr("Usage: linli [--db FILE] import residents|services FILE [--skip-invalid] "
                             "[--errors REPORT.csv] [--center CENTER]");
    if (!parseArguments(parser, arguments, context, usage, 2))
        return UsageError;
    const QString kind = parser.positionalArguments().constFirst();
    if (kind != u"residents"_s && kind != u"services"_s) {
        context.err << tr("Residents or services can be imported, not \"%1\".").arg(kind) << '\n' << usage << '\n';
        return UsageError;
    }
    Request request;
    request.path = parser.positionalArguments().at(1);
    request.skipInvalid = parser.isSet(u"skip-invalid"_s);
    request.reportPath = parser.value(u"errors"_s);
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << tr("%1 cannot be read: %2").arg(request.path, file.errorString()) << '\n';
        return UserError;
    }
    request.bytes = file.readAll();

    Database database;
    if (!openDatabase(database, context))
        return UserError;
    // As an account of that center would: new grids are its own, the residents named are its.
    const std::optional<qint64> centerId
            = parser.isSet(u"center"_s) ? centerNamed(database, parser.value(u"center"_s), context) : 0;
    if (!centerId)
        return UserError;
    const CenterView view(database.connection(), *centerId);
    ImportJournal journal(database.connection());
    if (const std::optional<ImportJournal::Unfinished> cutOff = journal.unfinished()) {
        context.err << ImportJournal::describe(*cutOff) << '\n';
        journal.dismiss();
    }
    return kind == u"residents"_s ? importResidents(request, database, context)
                                  : importServices(request, database, context);
}

void ImportCommand::describeSheet(const Request &request, const CsvTable &table, const QList<bool> &mapped,
                                  CommandContext &context)
{
    context.out << tr("%1: %2 rows, %3.")
                           .arg(request.path)
                           .arg(table.rows().size())
                           .arg(CsvTable::encodingName(table.encoding()))
                << '\n';
    const QStringList &header = table.header();
    QStringList ignored;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!mapped.value(i) && !header.at(i).isEmpty())
            ignored.append(header.at(i));
    }
    if (!ignored.isEmpty())
        context.out << tr("Columns not imported: %1").arg(ignored.join(u", "_s)) << '\n';
}

bool ImportCommand::report(const QList<ImportProblem> &problems, const Request &request, CommandContext &context)
{
    for (qsizetype i = 0; i < qMin<qsizetype>(problems.size(), problemsPrinted); ++i) {
        const ImportProblem &problem = problems.at(i);
        context.err << tr("Row %1, %2 \"%3\": %4").arg(problem.row).arg(problem.column, problem.value, problem.reason)
                    << '\n';
    }
    if (problems.size() > problemsPrinted)
        context.err << tr("… and %1 more problems.").arg(problems.size() - problemsPrinted) << '\n';
    if (request.reportPath.isEmpty())
        return true;
    if (!mayWriteTo(request.reportPath, context))
        return false;
    QSaveFile report(request.reportPath);
    if (!report.open(QIODevice::WriteOnly) || !ImportProblem::writeReport(problems, &report) || !report.commit()) {
        context.err << tr("The error report %1 could not be written: %2").arg(request.reportPath, report.errorString())
                    << '\n';
        return false;
    }
    if (!problems.isEmpty())
        context.out << tr("Problems written to %1.").arg(request.reportPath) << '\n';
    return true;
}

// Reads the sheet, says what it holds, checks every row and reports the problems; false (with the
// reason printed) when the import cannot go on.
template<typename Import>
bool ImportCommand::readAndCheck(Import &import, const Request &request, CommandContext &context)
{
    import.setSourceName(QFileInfo(request.path).fileName());
    if (const Result<void> read = import.read(request.bytes); !read.isDone()) {
        context.err << tr("%1: %2").arg(request.path, read.message()) << '\n';
        return false;
    }
    describeSheet(request, import.table(), mappedColumns(import.mapping()), context);
    if (const Result<void> checked = import.check(); !checked.isDone()) {
        context.err << checked.message() << '\n';
        return false;
    }
    return report(import.problems(), request, context);
}

int ImportCommand::importResidents(const Request &request, Database &database, CommandContext &context)
{
    QElapsedTimer timer;
    timer.start();
    ResidentImport import(database.connection());
    if (!readAndCheck(import, request, context))
        return UserError;
    const double checkSeconds = double(timer.elapsed()) / 1000.0;

    const Result<qint64> written = import.write(request.skipInvalid);
    if (!written.isDone()) {
        context.err << written.message() << '\n';
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
                           .arg(written.value())
                           .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                           .arg(checkSeconds, 0, 'f', 1)
                           .arg(import.invalidRowCount())
                << '\n';
    return import.problems().isEmpty() ? Success : UserError;
}

int ImportCommand::importServices(const Request &request, Database &database, CommandContext &context)
{
    QElapsedTimer timer;
    timer.start();
    ServiceImport import(database.connection());
    if (!readAndCheck(import, request, context))
        return UserError;
    const Result<qint64> written = import.write(request.skipInvalid);
    if (!written.isDone()) {
        context.err << written.message() << '\n';
        return UserError;
    }
    if (!import.newStaff().isEmpty())
        context.out << tr("Added to the staff list: %1").arg(import.newStaff().join(u", "_s)) << '\n';
    context.out << tr("Imported %1 service records in %2 s; %3 rows skipped.")
                           .arg(written.value())
                           .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                           .arg(import.invalidRowCount())
                << '\n';
    return import.problems().isEmpty() ? Success : UserError;
}

} // namespace linli
