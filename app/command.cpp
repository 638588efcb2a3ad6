#include "command.h"

#include "centerstore.h"
#include "database.h"
#include "databasesetup.h"
#include "passwordinput.h"
#include "sqlitefilesinuse.h"

#include <QCommandLineParser>

namespace linli {

bool Command::parseArguments(QCommandLineParser &parser, const QStringList &arguments, CommandContext &context,
                             const QString &usage, qsizetype positionals) const
{
    const bool parsed = parser.parse(QStringList{name()} + arguments);
    if (parsed && (positionals < 0 || parser.positionalArguments().size() == positionals))
        return true;
    QString problem = parser.errorText();
    if (parsed && parser.positionalArguments().size() > positionals)
        problem = tr("Unexpected argument %1.").arg(parser.positionalArguments().value(positionals));
    else if (parsed)
        problem = tr("Some arguments are missing.");
    context.err << problem << '\n' << usage << '\n';
    return false;
}

std::optional<qint64> Command::centerNamed(Database &database, const QString &codeOrName, CommandContext &context)
{
    const std::optional<Center> center = CenterStore::find(CenterStore(database.connection()).all(), codeOrName);
    if (!center) {
        context.err << tr("There is no center %1.").arg(codeOrName) << '\n';
        return std::nullopt;
    }
    return center->id;
}

bool Command::mayWriteTo(const QString &path, CommandContext &context)
{
    const QString refusal = SqliteFilesInUse::refusalFor(path);
    if (!refusal.isEmpty())
        context.err << refusal << '\n';
    return refusal.isEmpty();
}

bool Command::openDatabase(Database &database, CommandContext &context)
{
    return openDatabase(database, context.location, context);
}

bool Command::openDatabase(Database &database, DatabaseLocation location, CommandContext &context)
{
    // A server that wants a password gets it asked for at a terminal; a script gives it in
    // PGPASSWORD or ~/.pgpass.
    constexpr int passwordAttempts = 3;
    for (int attempt = 0; attempt <= passwordAttempts; ++attempt) {
        if (DatabaseSetup::open(database, location))
            return true;
        if (database.error() != Database::Error::PasswordRequired || !PasswordInput::isTerminal()
            || attempt == passwordAttempts)
            break;
        if (attempt > 0)
            context.err << database.errorString() << '\n';
        context.err.flush();
        const QString who
                = location.userName().isEmpty() ? location.displayName() : location.userName() + u'@' + location.host();
        location.setPassword(PasswordInput::read(tr("Password for %1: ").arg(who)));
    }
    context.err << database.errorString() << '\n';
    return false;
}

} // namespace linli
