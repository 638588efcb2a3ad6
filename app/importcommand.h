#pragma once

#include "command.h"

namespace linli {

// `linli import residents FILE [--skip-invalid] [--errors REPORT.csv]`
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace linli
