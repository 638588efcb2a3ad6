#include "passwordinput.h"

#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace linli {

QString PasswordInput::read(const QString &prompt)
{
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        // Echo off before the prompt: whatever is typed after seeing it stays hidden.
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
        QTextStream(stderr) << prompt << Qt::flush;
    }
    const QString password = QTextStream(stdin).readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream(stderr) << '\n';
    }
    return password;
#else
    Q_UNUSED(prompt);
    return QTextStream(stdin).readLine();
#endif
}

bool PasswordInput::isTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO);
#else
    return false;
#endif
}

} // namespace linli
