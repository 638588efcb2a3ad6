#pragma once

#include <QCoreApplication>
#include <QString>

namespace linli {

// A password from standard input: from a script's pipe as it comes, and at a terminal after a
// prompt with the typing not shown.
class PasswordInput
{
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)

public:
    static QString read(const QString &prompt);
    // Whether someone types at standard input (a terminal), rather than a pipe or a file.
    static bool isTerminal();
};

} // namespace linli
