#pragma once

#include "command.h"

#include <QCoreApplication>

namespace linli {

// `linli backup FILE` or `linli backup --folder DIR` (the dated daily backup with rotation, for a
// scheduled task): a verified copy of the database.
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

// `linli restore FILE`: replaces the database by a verified backup, keeping the current one aside.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace linli
