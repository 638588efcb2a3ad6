#include "sqlitefilesinuse.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <mutex>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// SQLite names them so beside the database (a WAL database has no journal, an older one may).
const QString companionSuffixes[] = {u"-wal"_s, u"-shm"_s, u"-journal"_s};

std::mutex &registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Connections per file; guarded by registryMutex().
QHash<QString, int> &connectionCounts()
{
    static QHash<QString, int> counts;
    return counts;
}

// The path with every link resolved, for a file that need not exist yet (its folder does).
QString keyOf(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

} // namespace

SqliteFilesInUse::Claim::~Claim()
{
    const std::lock_guard<std::mutex> lock(registryMutex());
    QHash<QString, int> &counts = connectionCounts();
    if (--counts[m_key] <= 0)
        counts.remove(m_key);
}

std::unique_ptr<SqliteFilesInUse::Claim> SqliteFilesInUse::claim(const QString &path,
                                                                 const std::function<void()> &whileAlone)
{
    QString key = keyOf(path);
    const std::lock_guard<std::mutex> lock(registryMutex());
    int &count = connectionCounts()[key];
    if (count == 0 && whileAlone)
        whileAlone();
    ++count;
    return std::make_unique<Claim>(std::move(key));
}

SqliteFilesInUse::Held SqliteFilesInUse::held(const QString &path)
{
    const QString key = keyOf(path);
    const std::lock_guard<std::mutex> lock(registryMutex());
    const QHash<QString, int> &counts = connectionCounts();
    if (counts.contains(key))
        return Held::Database;
    for (const QString &suffix : companionSuffixes) {
        if (key.endsWith(suffix) && counts.contains(key.chopped(suffix.size())))
            return Held::Companion;
    }
    return Held::No;
}

QString SqliteFilesInUse::refusalFor(const QString &path)
{
    if (held(path) == Held::No)
        return {};
    return tr("%1 is a file of the database Linli has open. Choose another file.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).fileName()));
}

} // namespace linli
