#pragma once

// Another program on a SQLite database this test holds (the sqlite3 shell), and what this program
// would notice if it had lost its locks: its descriptors of the database's files pointing at
// files another program deleted.

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace linli::test {

// Runs `sql` in the sqlite3 shell on `databasePath` (it opens, runs and closes the database);
// empty, with its output in `output`, when it ran; what went wrong otherwise.
inline QString runSqliteShell(const QString &databasePath, const QString &sql, QString *output)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        return QStringLiteral("the sqlite3 program is needed");
    QProcess other;
    other.start(sqlite,
                {QStringLiteral("-batch"), QStringLiteral("-cmd"), QStringLiteral(".timeout 5000"), databasePath, sql});
    if (!other.waitForFinished(20000) || other.exitCode() != 0)
        return QStringLiteral("sqlite3 failed: ") + QString::fromUtf8(other.readAllStandardError());
    *output = QString::fromUtf8(other.readAllStandardOutput()).trimmed();
    return {};
}

// This program's descriptors of `databasePath`'s files (itself, -wal, -shm) that point at a
// deleted file.
inline QStringList deletedDatabaseFilesHeld(const QString &databasePath)
{
    QStringList deleted;
    const QString base = QFileInfo(databasePath).fileName();
    QDirIterator descriptors(QStringLiteral("/proc/self/fd"), QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    while (descriptors.hasNext()) {
        const QString target = QFileInfo(descriptors.next()).symLinkTarget();
        if (target.contains(base) && target.endsWith(QStringLiteral("(deleted)")))
            deleted.append(target);
    }
    return deleted;
}

} // namespace linli::test
