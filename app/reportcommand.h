#pragma once

#include "command.h"

namespace linli {

// `linli report --month YYYY-MM [--csv FILE] [--pdf FILE]`: the monthly report, or its tables, with
// no display, for managers who schedule it.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace linli
