#include "backupcommand.h"

#include "actor.h"
#include "backupjob.h"
#include "database.h"
#include "databasebackup.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>

using namespace Qt::StringLiterals;

namespace linli {

QString BackupCommand::name() const
{
    return u"backup"_s;
}

QString BackupCommand::summary() const
{
    return tr("Write a verified backup of the database to a file, or today's into a folder");
}

int BackupCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({u"folder"_s,
                      tr("Write today's backup into this folder and keep only the last 7 days and 4 weeks."),
                      u"DIR"_s});
    const QString usage = tr("Usage: linli [--db FILE] backup FILE | backup --folder DIR");
    if (!parseArguments(parser, arguments, context, usage, -1))
        return UsageError;
    const bool intoFolder = parser.isSet(u"folder"_s);
    if (parser.positionalArguments().size() != (intoFolder ? 0 : 1)) {
        context.err << usage << '\n';
        return UsageError;
    }
    Database database;
    if (!openDatabase(database, context))
        return UserError;
    DatabaseBackup backup(database.connection());
    const Result<QString> written = intoFolder
            ? backup.backUpIntoFolder(parser.value(u"folder"_s), QDate::currentDate())
            : backup.backUpTo(parser.positionalArguments().constFirst());
    if (!written.isDone()) {
        context.err << written.message() << '\n';
        return UserError;
    }
    if (!written.value().isEmpty())
        context.out << tr("Backup written and checked: %1").arg(QDir::toNativeSeparators(written.value())) << '\n';
    else
        context.out << tr("Today's backup was already there.") << '\n';
    return Success;
}

QString RestoreCommand::name() const
{
    return u"restore"_s;
}

QString RestoreCommand::summary() const
{
    return tr("Replace the database by a backup, after checking it; the current one is kept aside");
}

int RestoreCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, arguments, context, tr("Usage: linli [--db FILE] restore FILE"), 1))
        return UsageError;
    const QString backupPath = parser.positionalArguments().constFirst();
    const Result<QString> kept = BackupJob::restore(context.location, Actor::commandLine(), backupPath);
    if (!kept.isDone()) {
        context.err << kept.message() << '\n';
        return UserError;
    }
    context.out << tr("Restored from %1.").arg(QDir::toNativeSeparators(backupPath)) << '\n'
                << tr("The database as it was before is kept as %1.").arg(QDir::toNativeSeparators(kept.value()))
                << '\n';
    return Success;
}

} // namespace linli
