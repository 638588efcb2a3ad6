#include "childprocess.h"

#include "windowchild.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace linli::bench {

ChildRun ChildRun::run(const QStringList &arguments, const QHash<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (auto variable = environment.cbegin(); variable != environment.cend(); ++variable)
        variables.insert(variable.key(), variable.value());
    process.setProcessEnvironment(variables);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 started = monotonicNanoseconds();
    process.start(QCoreApplication::applicationFilePath(), QStringList{u"--child"_s} + arguments);
    process.waitForFinished(-1);
    ChildRun result;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            result.values.insert(QString::fromUtf8(parts.at(0)), parts.at(1).toDouble());
    }
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
            && result.values.contains(u"first-paint"_s);
    if (!result.ok)
        QTextStream(stderr) << "child " << arguments.join(u' ') << " failed" << Qt::endl;
    result.firstPaintMs = (result.values.value(u"first-paint"_s) - double(started)) / 1e6;
    return result;
}

ChildRun ChildRun::median(int times, const QStringList &arguments)
{
    QList<ChildRun> runs;
    for (int i = 0; i < times; ++i)
        runs.append(run(arguments));
    std::sort(runs.begin(), runs.end(),
              [](const ChildRun &a, const ChildRun &b) { return a.firstPaintMs < b.firstPaintMs; });
    return runs.at(runs.size() / 2);
}

} // namespace linli::bench
