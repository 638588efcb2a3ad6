#pragma once

#include "command.h"

#include <QCoreApplication>

namespace linli {

// `linli demo --residents N --services N --visits N [--seed S]`: fills a new database with
// deterministic synthetic data and prints progress and the rate.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace linli
