#pragma once

#include "actor.h"
#include "databaselocation.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace linli {

// Backs up or restores for the window on a worker thread with its own connection, so that copying
// a district's database never freezes the window. Works for `actor` (their rights, their name in
// the audit log). One task at a time; the result comes back as a signal on the creating thread;
// the destructor waits for a running task.
class BackupJob : public QObject
{
    Q_OBJECT

public:
    BackupJob(const DatabaseLocation &location, const Actor &actor, QObject *parent = nullptr);
    ~BackupJob() override;

    bool isRunning() const { return !m_thread.isNull(); }
    // Each returns false, doing nothing, while a task runs.
    bool backUpTo(const QString &filePath);
    bool backUpIntoFolder(const QString &folder, const QDate &today);
    bool restoreFrom(const QString &backupPath);

    // The whole restore on a connection of its own: checked backup in, the database before kept
    // aside, opened again (and upgraded when the backup is older), the RESTORE row written.
    // False with `message` set on failure; `keptPath` names where the database before went.
    static bool restore(const DatabaseLocation &location, const Actor &actor, const QString &backupPath,
                        QString *message, QString *keptPath);

signals:
    // path: the backup written, or after a restore where the database before it was kept.
    void finished(bool ok, const QString &message, const QString &path);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        QString path;
    };
    // Runs `task` on a backup of the worker's own connection.
    bool start(const std::function<Outcome(const DatabaseLocation &, const Actor &)> &task);

    DatabaseLocation m_location;
    Actor m_actor;
    QPointer<QThread> m_thread;
};

} // namespace linli
