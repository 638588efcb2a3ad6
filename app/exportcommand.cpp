#include "exportcommand.h"

#include "database.h"
#include "residentexport.h"
#include "serviceexport.h"
#include "visitcalendar.h"
#include "visitstore.h"

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
    return tr("Export residents or services as CSV sheets, or visits as a calendar file");
}

int ExportCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({
            {u"from"_s, tr("Services or visits from this day on (YYYY-MM-DD)."), u"DATE"_s},
            {u"to"_s, tr("Services or visits up to and including this day (YYYY-MM-DD)."), u"DATE"_s},
            {u"staff"_s, tr("Only this staff member's visits."), u"NAME"_s},
    });
    const QString usage
            = tr("Usage: linli [--db FILE] export residents FILE\n"
                 "       linli [--db FILE] export services FILE [--from DATE] [--to DATE]\n"
                 "       linli [--db FILE] export visits FILE.ics [--staff NAME] [--from DATE] [--to DATE]");
    if (!parseArguments(parser, arguments, context, usage, 2))
        return UsageError;
    const QString kind = parser.positionalArguments().constFirst();
    if (kind != u"residents"_s && kind != u"services"_s && kind != u"visits"_s) {
        context.err << tr("Residents, services or visits can be exported, not \"%1\".").arg(kind) << '\n'
                    << usage << '\n';
        return UsageError;
    }
    if (parser.isSet(u"staff"_s) && kind != u"visits"_s) {
        context.err << tr("--staff is for visits.") << '\n' << usage << '\n';
        return UsageError;
    }
    QDate bounds[2];
    const QString options[2] = {u"from"_s, u"to"_s};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(options[i]))
            continue;
        bounds[i] = QDate::fromString(parser.value(options[i]), Qt::ISODate);
        if (!bounds[i].isValid() || kind == u"residents"_s) {
            context.err << tr("--%1 takes a day such as 2025-09-01, for services or visits.").arg(options[i]) << '\n'
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
    if (!mayWriteTo(path, context))
        return UserError;
    // Written beside the target and renamed at the end: an interrupted export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        context.err << tr("%1 cannot be written: %2").arg(path, file.errorString()) << '\n';
        return UserError;
    }
    qint64 written = 0;
    QString error;
    if (kind == u"residents"_s) {
        const Result<qint64> exported = ResidentExport(database.connection()).write(&file);
        error = exported.message();
        written = exported.valueOr(0);
    } else if (kind == u"services"_s) {
        const Result<qint64> exported = ServiceExport(database.connection()).write(&file, bounds[0], bounds[1]);
        error = exported.message();
        written = exported.valueOr(0);
    } else {
        // The coming four weeks unless told otherwise.
        const QDate from = bounds[0].isValid() ? bounds[0] : QDate::currentDate();
        const QDate to = bounds[1].isValid() ? bounds[1] : from.addDays(27);
        VisitStore visits(database.connection());
        const qint64 staff = parser.isSet(u"staff"_s) ? visits.staffNamed(parser.value(u"staff"_s)) : 0;
        if (parser.isSet(u"staff"_s) && staff == 0) {
            file.cancelWriting();
            context.err << tr("There is no staff member called %1.").arg(parser.value(u"staff"_s)) << '\n';
            return UserError;
        }
        const QList<AgendaEntry> agenda = visits.agenda(staff, from, to);
        if (agenda.isEmpty() && !visits.lastError().isEmpty())
            error = tr("The visits could not be read.");
        else if (file.write(VisitCalendar::write(agenda, QDateTime::currentDateTime())) < 0)
            error = file.errorString();
        written = agenda.size();
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
    context.out << (kind == u"residents"_s          ? tr("Exported %1 residents to %2 in %3 s.")
                            : kind == u"services"_s ? tr("Exported %1 service records to %2 in %3 s.")
                                                    : tr("Exported %1 visits to %2 in %3 s."))
                           .arg(written)
                           .arg(path, seconds)
                << '\n';
    return Success;
}

} // namespace linli
