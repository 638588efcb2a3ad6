#pragma once

#include "command.h"

namespace linli {

// `linli user add LOGIN --role ROLE [--name NAME] [--center CENTER]`, `linli user list`, `linli user reset
// LOGIN`, `linli user center LOGIN --center CENTER`:
// accounts for the administrator's scripts. Passwords are read from standard input (one line), never
// from the command line, where other users of the machine could see them.
class UserCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;

private:
    int add(const QString &login, const QString &roleKey, const QString &displayName, qint64 centerId,
            Database &database, CommandContext &context);
    int changeCenter(const QString &login, qint64 centerId, Database &database, CommandContext &context);
    int list(Database &database, CommandContext &context);
    int reset(const QString &login, Database &database, CommandContext &context);
    int changeRole(const QString &login, const QString &roleKey, Database &database, CommandContext &context);
    int setDisabled(const QString &login, bool disabled, Database &database, CommandContext &context);
};

} // namespace linli
