// The linli executable: a window by default, or a subcommand that runs with no display.

#include "backupcommand.h"
#include "centercommand.h"
#include "checkcommand.h"
#include "commandline.h"
#include "connectionkeeper.h"
#include "centerprofile.h"
#include "database.h"
#include "databaseopener.h"
#include "deskstyle.h"
#include "democommand.h"
#include "exportcommand.h"
#include "findcommand.h"
#include "importcommand.h"
#include "migratecommand.h"
#include "passwordinput.h"
#include "reportcommand.h"
#include "signindialog.h"
#include "usercommand.h"
#include "userstore.h"
#include "idlelock.h"
#include "language.h"
#include "mainwindow.h"
#include "visitserieskeeper.h"

#include <sys/stat.h>
#include <QApplication>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace linli;

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<CenterCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<FindCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<MigrateCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    return commands;
}

// Gives main()'s own messages a translation context.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

void printUsage(QTextStream &stream, const std::vector<std::unique_ptr<Command>> &commands)
{
    stream << Main::tr("Usage: linli [--db FILE] [--lang zh_CN|en] [COMMAND [OPTIONS]]") << '\n'
           << Main::tr("Without a command, Linli opens its window.") << "\n\n"
           << Main::tr("Options:") << '\n'
           << "  --db FILE         "
           << Main::tr("the database file (default: %1)").arg(DatabaseLocation::remembered().displayName()) << '\n'
           << "  --lang zh_CN|en   " << Main::tr("the language (default: the system's)") << '\n'
           << "  --screenshot FILE " << Main::tr("open the window, save a picture of it as PNG, and quit") << '\n'
           << "  --user LOGIN      " << Main::tr("sign the window in as LOGIN, the password read from standard input")
           << '\n'
           << "  -h, --help        " << Main::tr("show this help") << '\n'
           << "  -v, --version     " << Main::tr("show the version") << "\n\n"
           << Main::tr("Commands:") << '\n';
    for (const auto &command : commands)
        stream << u"  %1 %2"_s.arg(command->name(), -16).arg(command->summary()) << '\n';
}

void configureApplication()
{
    QCoreApplication::setOrganizationName(u"Linli"_s);
    QCoreApplication::setApplicationName(u"linli"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(LINLI_VERSION));
}

DatabaseLocation chosenLocation(const CommandLine &line)
{
    return line.databaseArgument().isEmpty() ? DatabaseLocation::remembered()
                                             : DatabaseLocation::fromArgument(line.databaseArgument());
}

// A command that draws (the monthly report's charts) gets a widget application on the offscreen
// platform, so it still needs no display; the others stay without any.
std::unique_ptr<QCoreApplication> commandApplication(int &argc, char *argv[], const CommandLine &line)
{
    if (line.command() != u"report"_s)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

int runCommandLine(int argc, char *argv[], const CommandLine &line)
{
    const std::unique_ptr<QCoreApplication> owner = commandApplication(argc, argv, line);
    QCoreApplication &application = *owner;
    configureApplication();
    Language::install(application, line.language());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto commands = allCommands();

    if (!line.isValid()) {
        err << line.errorString() << '\n';
        printUsage(err, commands);
        return Command::UsageError;
    }
    if (line.wantsVersion() && !line.hasCommand()) {
        out << u"linli "_s << QCoreApplication::applicationVersion() << '\n';
        return Command::Success;
    }
    if (line.wantsHelp() || !line.hasCommand()) {
        printUsage(out, commands);
        return Command::Success;
    }
    for (const auto &command : commands) {
        if (command->name() != line.command())
            continue;
        const DatabaseLocation location = chosenLocation(line);
        if (!location.isValid()) {
            err << location.errorString() << '\n';
            return Command::UsageError;
        }
        CommandContext context{location, out, err};
        const int code = command->run(line.commandArguments(), context);
        out.flush();
        err.flush();
        return code;
    }
    err << Main::tr("Unknown command \"%1\".").arg(line.command()) << '\n';
    printUsage(err, commands);
    return Command::UsageError;
}

// Once the window shows its figures (or after a while without them), saves a picture of it and
// quits: with exit code 0 when the picture was saved.
void saveScreenshotAndQuit(MainWindow &window, const QString &path)
{
    auto save = [&window, path] {
        const bool saved = window.grab().save(path, "PNG");
        if (!saved)
            QTextStream(stderr) << Main::tr("The picture could not be saved to %1.").arg(path) << '\n';
        QCoreApplication::exit(saved ? Command::Success : Command::UserError);
    };
    // A moment after the figures arrive, so that the status bar has been painted with them.
    QObject::connect(&window, &MainWindow::countsShown, &window,
                     [save, &window] { QTimer::singleShot(300, &window, save); });
    QTimer::singleShot(20000, &window, save);
}

// Who uses the window: asked by the sign-in dialog, or given with --user (the password on standard
// input). False when nobody signed in (the dialog was left, or the password was refused).
bool signIn(const QSqlDatabase &database, const CommandLine &line)
{
    if (line.user().isEmpty()) {
        SignInDialog dialog(database);
        return dialog.exec() == QDialog::Accepted;
    }
    UserStore users(database);
    const UserStore::SignInResult result
            = users.signIn(line.user(), PasswordInput::read(Main::tr("Password for %1: ").arg(line.user())));
    if (result.outcome == UserStore::SignIn::Accepted && !result.mustChangePassword)
        return true;
    QTextStream(stderr)
            << (result.outcome == UserStore::SignIn::Accepted
                        ? Main::tr("%1 must choose a new password first, in the sign-in dialog.").arg(line.user())
                        : result.message)
            << '\n';
    return false;
}

int runWindow(int argc, char *argv[], const CommandLine &line)
{
    QApplication application(argc, argv);
    configureApplication();
    QApplication::setApplicationDisplayName(u"Linli"_s);
    QApplication::setDesktopFileName(u"org.linli.Linli"_s);
    Language::install(application, line.language());
    DeskStyle::install();

    const DatabaseLocation location = chosenLocation(line);
    Database database;
    if (!DatabaseOpener::open(database, location))
        return Command::UserError;
    VisitSeriesKeeper visitSeries(database.connection());
    visitSeries.start();
    if (!signIn(database.connection(), line))
        return line.user().isEmpty() ? Command::Success : Command::UserError;
    // One window per sign-in: signing out closes it and the next person signs in, in the dialog.
    for (;;) {
        bool signedOut = false;
        {
            const Session session(database);
            MainWindow window(session);
            QObject::connect(&window, &MainWindow::signedOut, &window, [&signedOut] { signedOut = true; });
            ConnectionKeeper keeper(database);
            QObject::connect(&keeper, &ConnectionKeeper::connectionLost, &window,
                             [&window] { window.showConnectionLost(true); });
            QObject::connect(&keeper, &ConnectionKeeper::connectionRestored, &window,
                             [&window] { window.showConnectionLost(false); });
            window.show();
            IdleLock idleLock(session, std::chrono::minutes(CenterProfile(session.connection()).idleLockMinutes()));
            if (!line.screenshotPath().isEmpty())
                saveScreenshotAndQuit(window, line.screenshotPath());
            const int code = application.exec();
            if (!signedOut)
                return code;
        }
        SignInDialog next(database.connection());
        if (next.exec() != QDialog::Accepted)
            return Command::Success;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Every file the program makes holds residents' data or is about them — the database and its
    // log, backups, the copies kept aside by a restore, exports, reports, error lists: readable and
    // writable by their owner alone, whatever the desk's umask says.
    ::umask(S_IRWXG | S_IRWXO);
    // Without TZ, glibc looks at /etc/localtime again for every local time it converts: reading a
    // week's visits spent half its time there. Naming the file once keeps the same zone.
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine line = CommandLine::parse(arguments);
    if (line.isValid() && !line.hasCommand() && !line.wantsHelp() && !line.wantsVersion())
        return runWindow(argc, argv, line);
    return runCommandLine(argc, argv, line);
}
