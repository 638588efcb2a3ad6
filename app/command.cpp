#include "command.h"

#include "database.h"

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

bool Command::openDatabase(Database &database, CommandContext &context)
{
    if (database.open(context.location))
        return true;
    context.err << database.errorString() << '\n';
    return false;
}

} // namespace linli
