#include "commandline.h"

using namespace Qt::StringLiterals;

namespace linli {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        auto valueOf = [&](const QString &option, QString &target) {
            if (argument.startsWith(option + u'=')) {
                target = argument.mid(option.size() + 1);
                return true;
            }
            if (argument != option)
                return false;
            if (i + 1 >= arguments.size()) {
                line.m_errorString = tr("Option %1 needs a value.").arg(option);
                return true;
            }
            target = arguments.at(++i);
            return true;
        };
        if (argument == u"-h"_s || argument == u"--help"_s) {
            line.m_help = true;
        } else if (argument == u"-v"_s || argument == u"--version"_s) {
            line.m_version = true;
        } else if (valueOf(u"--db"_s, line.m_database) || valueOf(u"--lang"_s, line.m_language)
                   || valueOf(u"--screenshot"_s, line.m_screenshot) || valueOf(u"--user"_s, line.m_user)) {
            if (!line.isValid())
                return line;
        } else if (argument.startsWith(u'-')) {
            line.m_errorString = tr("Unknown option %1.").arg(argument);
            return line;
        } else {
            line.m_command = argument;
            line.m_commandArguments = arguments.mid(i + 1);
            break;
        }
    }
    if (!line.m_language.isEmpty() && line.m_language != u"zh_CN"_s && line.m_language != u"en"_s)
        line.m_errorString = tr("Language %1 is not available; use zh_CN or en.").arg(line.m_language);
    else if (!line.m_screenshot.isEmpty() && !line.m_command.isEmpty())
        line.m_errorString = tr("--screenshot is for the window, not for a command.");
    else if (!line.m_user.isEmpty() && !line.m_command.isEmpty())
        line.m_errorString = tr("--user is for the window, not for a command.");
    return line;
}

} // namespace linli
