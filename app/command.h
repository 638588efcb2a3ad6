#pragma once

#include "databaselocation.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace linli {

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
public:
    enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

    virtual ~Command() = default;
    virtual QString name() const = 0;
    // One line for `linli --help`.
    virtual QString summary() const = 0;
    virtual int run(const QStringList &arguments, CommandContext &context) = 0;
};

} // namespace linli
