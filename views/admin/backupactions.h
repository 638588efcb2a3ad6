#pragma once

#include "session.h"
#include "databaselocation.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace linli {

class BackupJob;

// The window's part in keeping data safe: "Back up now…" and "Restore from a backup…" in the
// File menu, the folder of the daily backups in the Settings menu (all the administrator's), and
// the daily backup itself, made in the background at the first start of a day.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(const Session &session, QWidget *window);
    ~BackupActions() override;

    void addFileActions(QMenu *file);
    QAction *addSettingsAction(QMenu *settings);
    // Starts today's backup into the chosen folder, when there is one and it was not made yet.
    void startDailyBackup();

    QAction *backUpAction() const { return m_backUp; }
    QAction *restoreAction() const { return m_restore; }

signals:
    // A sentence for the status bar when the daily backup fails (the clerk tells the administrator).
    void dailyBackupFailed(const QString &message);
    // After a restore the window must close: everything it shows is from before.
    void restored();

private:
    void backUpNow();
    void restoreFromBackup();
    void chooseBackupFolder();
    BackupJob *newJob();
    void showBusy(const QString &text);

    Session m_session;
    QWidget *m_window;
    QAction *m_backUp = nullptr;
    QAction *m_restore = nullptr;
    QPointer<BackupJob> m_daily;
    QPointer<QProgressDialog> m_busy;
};

} // namespace linli
