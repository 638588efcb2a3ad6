#pragma once

#include "command.h"

namespace linli {

class CenterStore;

// `linli center list`, `center add CODE NAME`, `center rename CODE NAME`, `center grid GRID CENTER`:
// the centers of a district's database and which center each grid belongs to, for its
// administrator's scripts.
class CenterCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CenterCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;

private:
    int list(Database &database, CommandContext &context);
    int add(const QString &code, const QString &name, Database &database, CommandContext &context);
    int rename(const QString &code, const QString &name, Database &database, CommandContext &context);
    int moveGrid(const QString &grid, const QString &center, Database &database, CommandContext &context);
};

} // namespace linli
