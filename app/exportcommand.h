#pragma once

#include "command.h"

namespace linli {

// `linli export residents FILE`, `linli export services FILE [--from DATE] [--to DATE]`,
// `linli export visits FILE.ics [--staff NAME] [--from DATE] [--to DATE]`
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace linli
