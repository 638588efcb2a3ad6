#pragma once

#include "command.h"

namespace linli {

// `linli find QUERY [--limit N]`: the residents the window's search finds for the same text, in the
// list's order (by name), for scripts and for checking how a name is spelled.
class FindCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FindCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace linli
