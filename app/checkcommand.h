#pragma once

#include "command.h"

#include <QCoreApplication>

namespace linli {

// `linli check [--quick]`: integrity, foreign keys, schema and counts per table.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace linli
