#include "migratecommand.h"

#include "database.h"
#include "databasecopier.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace linli {

QString MigrateCommand::name() const
{
    return u"migrate"_s;
}

QString MigrateCommand::summary() const
{
    return tr("Copy the database into a new one on a PostgreSQL server or in a SQLite file, verified");
}

int MigrateCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({u"to"_s, tr("Where the copy goes: postgresql://user@host:port/database or a new SQLite file."),
                      u"DEST"_s});
    const QString usage = tr("Usage: linli [--db SOURCE] migrate --to DEST");
    if (!parseArguments(parser, arguments, context, usage))
        return UsageError;
    if (!parser.isSet(u"to"_s)) {
        context.err << usage << '\n';
        return UsageError;
    }
    const DatabaseLocation destinationLocation = DatabaseLocation::fromArgument(parser.value(u"to"_s));
    if (!destinationLocation.isValid()) {
        context.err << destinationLocation.errorString() << '\n';
        return UsageError;
    }
    // A file that is there already is somebody's database: never written over.
    if (!destinationLocation.isServer() && QFileInfo::exists(destinationLocation.filePath())) {
        context.err << tr("%1 exists already; give the name of a new file.").arg(destinationLocation.displayName())
                    << '\n';
        return UserError;
    }
    QElapsedTimer timer;
    timer.start();
    Database source;
    if (!openDatabase(source, context))
        return UserError;
    Database destination;
    if (!openDatabase(destination, destinationLocation, context))
        return UserError;
    context.out << tr("Copying %1 into %2…").arg(context.location.displayName(), destinationLocation.displayName())
                << '\n';
    context.out.flush();
    DatabaseCopier copier(source.connection(), destination.connection());
    // Rows so far, on one line rewritten in place, where someone watches a terminal.
    if (isatty(fileno(stdout))) {
        copier.setProgress([&context](const QString &table, qint64 rows) {
            context.out << u"  %1 %2\r"_s.arg(table, -22).arg(rows, 12);
            context.out.flush();
        });
    }
    if (const Result<void> copied = copier.copy(); !copied.isDone()) {
        context.err << tr("Nothing was copied: %1").arg(copied.message()) << '\n';
        return UserError;
    }
    for (const DatabaseCopier::TableDigest &table : copier.digests()) {
        context.out << u"  %1 %2  %3"_s.arg(table.table, -22)
                               .arg(table.rows, 12)
                               .arg(QString::fromLatin1(table.sha256.toHex().left(16)))
                    << '\n';
    }
    context.out << tr("Copied and verified: the same rows and checksums on both sides, the copy passes the check "
                      "(%1 s).")
                           .arg(QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
                << '\n';
    return Success;
}

} // namespace linli
