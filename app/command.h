#pragma once

#include "databaselocation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace linli {

class Database;

// What every subcommand gets: the database chosen by the global options and the two streams.
struct CommandContext
{
    DatabaseLocation location;
    QTextStream &out;
    QTextStream &err;
};

// One `linli NAME …` subcommand. Runs with no display; prints plain words; returns the exit code.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

    virtual ~Command() = default;
    virtual QString name() const = 0;
    // One line for `linli --help`.
    virtual QString summary() const = 0;
    virtual int run(const QStringList &arguments, CommandContext &context) = 0;

protected:
    // Parses the command's own options and exactly `positionals` other arguments (any number when
    // negative); on a mistake
    // prints what is wrong and the usage line.
    bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, CommandContext &context,
                        const QString &usage, qsizetype positionals = 0) const;
    // Opens (and prepares) the chosen database, or another; a server's password is asked for at a
    // terminal. On failure prints the reason.
    static bool openDatabase(Database &database, CommandContext &context);
    static bool openDatabase(Database &database, DatabaseLocation location, CommandContext &context);
    // Whether the command may write its output to `path`: never onto a file of the database it
    // has open. On refusal prints why.
    static bool mayWriteTo(const QString &path, CommandContext &context);
    // The id of the center named by its code or name; nothing, with the reason printed, when there is none.
    static std::optional<qint64> centerNamed(Database &database, const QString &codeOrName, CommandContext &context);
};

} // namespace linli
