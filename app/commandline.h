#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace linli {

// The options that come before a subcommand
// (`linli [--db LOCATION] [--lang zh_CN|en] [--user LOGIN] [--screenshot FILE] [COMMAND …]`).
// Parsed by hand, before any QCoreApplication exists, because whether to create a window-less
// application depends on whether a subcommand was given.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static CommandLine parse(const QStringList &arguments);

    bool isValid() const { return m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }
    bool wantsHelp() const { return m_help; }
    bool wantsVersion() const { return m_version; }
    bool hasCommand() const { return !m_command.isEmpty(); }
    QString command() const { return m_command; }
    QStringList commandArguments() const { return m_commandArguments; }
    QString databaseArgument() const { return m_database; }
    // "zh_CN", "en" or empty for the system's language.
    QString language() const { return m_language; }
    // Where to save a picture of the window once it shows its figures, then quit (for the
    // documentation and for tests in a real X window); empty for a normal start.
    QString screenshotPath() const { return m_screenshot; }
    // Signs the window in as LOGIN with the password read from standard input (for scripts and
    // tests); empty: the sign-in dialog asks.
    QString user() const { return m_user; }

private:
    QString m_errorString;
    bool m_help = false;
    bool m_version = false;
    QString m_command;
    QStringList m_commandArguments;
    QString m_database;
    QString m_language;
    QString m_screenshot;
    QString m_user;
};

} // namespace linli
