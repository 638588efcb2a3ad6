#include "command.h"

#include "database.h"

#include <QCommandLineParser>

namespace linli {

bool Command::parseArguments(QCommandLineParser &parser, const QStringList &arguments, CommandContext &context,
                             const QString &usage) const
{
    if (parser.parse(QStringList{name()} + arguments) && parser.positionalArguments().isEmpty())
        return true;
    context.err << (parser.errorText().isEmpty() ? tr("Unexpected argument %1.").arg(parser.positionalArguments().value(0))
                                                 : parser.errorText())
                << '\n'
                << usage << '\n';
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
