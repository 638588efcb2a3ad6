#pragma once

#include "command.h"

#include <QCoreApplication>

namespace linli {

// `linli migrate --to DEST`: copies the database into another one Linli builds at DEST, a
// PostgreSQL server's address or a SQLite file, verified table by table.
class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace linli
