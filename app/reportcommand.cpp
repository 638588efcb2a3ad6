#include "reportcommand.h"

#include "centerscope.h"
#include "database.h"
#include "monthlyreportdocument.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace linli {

QString ReportCommand::name() const
{
    return u"report"_s;
}

QString ReportCommand::summary() const
{
    return tr("Write the monthly report as PDF, or its tables as CSV");
}

int ReportCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({
            {u"month"_s, tr("The month reported (YYYY-MM)."), u"MONTH"_s},
            {u"csv"_s, tr("Where to write the tables."), u"FILE"_s},
            {u"pdf"_s, tr("Where to write the report as a PDF."), u"FILE"_s},
            {u"center"_s, tr("One center's report (code or name) rather than the whole district's."), u"CENTER"_s},
    });
    const QString usage
            = tr("Usage: linli [--db FILE] report --month YYYY-MM [--csv FILE] [--pdf FILE] [--center CENTER]");
    if (!parseArguments(parser, arguments, context, usage, 0))
        return UsageError;
    const QDate month = QDate::fromString(parser.value(u"month"_s) + u"-01"_s, Qt::ISODate);
    if (!parser.isSet(u"month"_s) || !month.isValid()) {
        context.err << tr("--month takes a month such as 2026-10.") << '\n' << usage << '\n';
        return UsageError;
    }
    if (!parser.isSet(u"csv"_s) && !parser.isSet(u"pdf"_s)) {
        context.err << tr("Say where to write the report with --csv FILE or --pdf FILE.") << '\n' << usage << '\n';
        return UsageError;
    }
    Database database;
    if (!openDatabase(database, context))
        return UserError;
    const std::optional<qint64> centerId
            = parser.isSet(u"center"_s) ? centerNamed(database, parser.value(u"center"_s), context) : 0;
    if (!centerId)
        return UserError;
    const CenterView view(database.connection(), *centerId);
    QElapsedTimer timer;
    timer.start();
    const MonthlyReportDocument document(database.connection(), month);
    if (!document.isValid()) {
        context.err << tr("The report could not be gathered: %1").arg(document.errorString()) << '\n';
        return UserError;
    }
    QStringList written;
    if (parser.isSet(u"csv"_s)) {
        const QString path = parser.value(u"csv"_s);
        if (!mayWriteTo(path, context))
            return UserError;
        // Written beside the target and renamed at the end: an interrupted report leaves no half file.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || !document.report().writeCsv(&file, QLocale().language() == QLocale::Chinese) || !file.commit()) {
            context.err << tr("%1 cannot be written: %2").arg(path, file.errorString()) << '\n';
            return UserError;
        }
        written.append(path);
    }
    if (parser.isSet(u"pdf"_s)) {
        QString error;
        if (!document.writePdf(parser.value(u"pdf"_s), &error)) {
            context.err << error << '\n';
            return UserError;
        }
        document.recordPrinted();
        written.append(parser.value(u"pdf"_s));
    }
    context.out << tr("Report for %1 written to %2 in %3 s.")
                           .arg(month.toString(u"yyyy-MM"_s), written.join(u", "_s),
                                QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
                << '\n';
    return Success;
}

} // namespace linli
