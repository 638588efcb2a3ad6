#include "backupactions.h"

#include "actor.h"
#include "backupjob.h"
#include "backuprotation.h"
#include "centerprofile.h"
#include "databasebackup.h"
#include "filechooser.h"

#include <QAction>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// The daily backup is the center's, not the person's who happened to start Linli first that day.
Actor dailyBackupActor()
{
    return Actor{0, u"system:daily-backup"_s, {}, Role::Admin};
}

const auto backupFilter = QT_TRANSLATE_NOOP("linli::BackupActions", "Linli backups (*.sqlite);;All files (*)");

} // namespace

BackupActions::BackupActions(const Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

BackupActions::~BackupActions() = default;

void BackupActions::addFileActions(QMenu *file)
{
    m_backUp = file->addAction(tr("&Back up now…"), this, &BackupActions::backUpNow);
    m_restore = file->addAction(tr("&Restore from a backup…"), this, &BackupActions::restoreFromBackup);
}

QAction *BackupActions::addSettingsAction(QMenu *settings)
{
    return settings->addAction(tr("Daily &backups…"), this, &BackupActions::chooseBackupFolder);
}

void BackupActions::startDailyBackup()
{
    const QString folder = CenterProfile(m_session.connection()).backupFolder();
    if (folder.isEmpty() || m_daily)
        return;
    if (QFileInfo::exists(
                QDir(folder).filePath(DatabaseBackup(m_session.connection()).dailyFileName(QDate::currentDate()))))
        return;
    m_daily = new BackupJob(m_session.location(), dailyBackupActor(), this);
    connect(m_daily, &BackupJob::finished, this, [this](bool ok, const QString &message) {
        if (!ok)
            emit dailyBackupFailed(tr("Today's backup failed: %1").arg(message));
        m_daily->deleteLater();
    });
    m_daily->backUpIntoFolder(folder, QDate::currentDate());
}

BackupJob *BackupActions::newJob()
{
    auto *job = new BackupJob(m_session.location(), m_session.actor(), this);
    connect(job, &BackupJob::finished, job, &QObject::deleteLater);
    connect(job, &BackupJob::finished, this, [this] {
        if (m_busy)
            m_busy->deleteLater();
    });
    return job;
}

void BackupActions::showBusy(const QString &text)
{
    // No cancel: a backup or restore half done is worth nothing, and each is one step.
    m_busy = new QProgressDialog(text, QString(), 0, 0, m_window);
    m_busy->setWindowTitle(tr("Please wait"));
    m_busy->setWindowModality(Qt::WindowModal);
    m_busy->setMinimumDuration(0);
    m_busy->show();
}

void BackupActions::backUpNow()
{
    const QString folder = CenterProfile(m_session.connection()).backupFolder();
    const QString start
            = QDir(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder)
                      .filePath(DatabaseBackup(m_session.connection()).dailyFileName(QDate::currentDate()));
    const QString path = FileChooser::saveFile(m_window, tr("Back up the database"), start, tr(backupFilter));
    if (path.isEmpty())
        return;
    BackupJob *job = newJob();
    connect(job, &BackupJob::finished, this, [this](bool ok, const QString &message, const QString &written) {
        if (ok)
            QMessageBox::information(
                    m_window, tr("Backup"),
                    tr("The backup was written and checked:\n%1").arg(QDir::toNativeSeparators(written)));
        else
            QMessageBox::warning(m_window, tr("Backup"), message);
    });
    showBusy(tr("Writing and checking the backup…"));
    job->backUpTo(path);
}

void BackupActions::restoreFromBackup()
{
    const QString path = FileChooser::openFile(m_window, tr("Restore from a backup"), QString(), tr(backupFilter));
    if (path.isEmpty())
        return;
    const QString question
            = tr("Replace everything in the database by the contents of %1?\n\nThe database as it is now is kept "
                 "beside it first. Linli closes afterwards; start it again to work with the restored data.")
                      .arg(QDir::toNativeSeparators(QFileInfo(path).fileName()));
    if (QMessageBox::question(m_window, tr("Restore from a backup"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    BackupJob *job = newJob();
    connect(job, &BackupJob::finished, this, [this, path](bool ok, const QString &message, const QString &kept) {
        if (!ok) {
            QMessageBox::warning(m_window, tr("Restore from a backup"), message);
            return;
        }
        QMessageBox::information(m_window, tr("Restore from a backup"),
                                 tr("Restored from:\n%1\n\nThe database as it was before is kept as:\n%2\n\n"
                                    "Linli closes now.")
                                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(kept)));
        emit restored();
    });
    showBusy(tr("Checking the backup and restoring it…"));
    job->restoreFrom(path);
}

void BackupActions::chooseBackupFolder()
{
    CenterProfile profile(m_session.connection());
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Daily backups"));
    auto *explanation = new QLabel(tr("At the first start of each day Linli writes a checked backup of the database "
                                      "into this folder, and keeps those of the last %1 days and %2 weeks. Best a "
                                      "folder on another disk or a network drive. Empty: no daily backup.")
                                           .arg(BackupRotation::dailyKept)
                                           .arg(BackupRotation::weeklyKept),
                                   &dialog);
    explanation->setWordWrap(true);
    auto *folder = new QLineEdit(QDir::toNativeSeparators(profile.backupFolder()), &dialog);
    folder->setClearButtonEnabled(true);
    folder->setMinimumWidth(440);
    auto *browse = new QPushButton(tr("Choose…"), &dialog);
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, folder] {
        const QString chosen = FileChooser::folder(&dialog, tr("Folder of the daily backups"), folder->text());
        if (!chosen.isEmpty())
            folder->setText(QDir::toNativeSeparators(chosen));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(folder, 1);
    row->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (const Result<void> saved = profile.setBackupFolder(QDir::fromNativeSeparators(folder->text()));
            !saved.isDone()) {
            QMessageBox::warning(&dialog, tr("Daily backups"), saved.message());
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addLayout(row);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        startDailyBackup();
}

} // namespace linli
