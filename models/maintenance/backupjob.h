#pragma once

#include "actor.h"
#include "databaselocation.h"
#include "worker.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>

#include <functional>

namespace linli {

// Backs up or restores for the window on a Worker, so that copying a district's database never
// freezes the window. Each task opens the connection it needs itself (a restore replaces the very
// file) and works for `actor` (their rights, their name in the audit log). One task at a time;
// the result comes back as a signal on the creating thread; the destructor waits for a running
// task.
class BackupJob : public QObject
{
    Q_OBJECT

public:
    BackupJob(const DatabaseLocation &location, const Actor &actor, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }
    // Each returns false, doing nothing, while a task runs.
    bool backUpTo(const QString &filePath);
    bool backUpIntoFolder(const QString &folder, const QDate &today);
    bool restoreFrom(const QString &backupPath);

    // The whole restore on a connection of its own: checked backup in, the database before kept
    // aside, opened again (and upgraded when the backup is older), the RESTORE row written. Where
    // the database as it was went.
    static Result<QString> restore(const DatabaseLocation &location, const Actor &actor, const QString &backupPath);

signals:
    // path: the backup written, or after a restore where the database before it was kept.
    void finished(bool ok, const QString &message, const QString &path);

private:
    // Runs `task` on the worker's thread; it opens the connection it needs.
    bool start(const std::function<Result<QString>(const DatabaseLocation &, const Actor &)> &task);

    DatabaseLocation m_location;
    Actor m_actor;
    bool m_running = false;
    Worker m_worker;
};

} // namespace linli
