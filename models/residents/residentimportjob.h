#pragma once

#include "actor.h"
#include "databaselocation.h"
#include "residentimport.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

namespace linli {

class Database;

// Runs a resident import for the window on a worker thread with its own connection: reading the
// file, checking it (again after the clerk changes the column mapping) and writing it, each with
// progress and a way to cancel. One step at a time; results come back as signals on the thread
// that created the job. The destructor cancels what runs and waits for it.
class ResidentImportJob : public QObject
{
    Q_OBJECT

public:
    struct Preview
    {
        QString encoding;
        QStringList header;
        QList<QStringList> rows; // the first rows, as the file has them
        ResidentImport::Mapping mapping;
        qint64 rowCount = 0;
    };
    struct Summary
    {
        qint64 rowCount = 0;
        qint64 validRowCount = 0;
        QList<ResidentImport::Problem> problems;
        QStringList newGrids;
        QList<int> convertedIdRows;
    };

    static constexpr int previewRows = 20;

    // The work is done for `actor` (the one signed in at the window): their rights and their name in
    // the audit log, although on a connection of its own.
    ResidentImportJob(const DatabaseLocation &location, const Actor &actor, QObject *parent = nullptr);
    ~ResidentImportJob() override;

    void load(const QString &path);
    void check(const ResidentImport::Mapping &mapping);
    void write(bool skipInvalid);
    void cancel() { m_cancel.store(true); }

signals:
    void loaded(const linli::ResidentImportJob::Preview &preview);
    void checked(const linli::ResidentImportJob::Summary &summary);
    void written(qint64 count);
    void progress(qint64 done, qint64 total);
    // The step did not finish: cancelled, or the message says why.
    void failed(const QString &message);

private:
    void run(std::function<void()> step);
    bool openDatabase();

    DatabaseLocation m_location;
    Actor m_actor;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    std::atomic_bool m_cancel{false};
    // Used on the worker thread only.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ResidentImport> m_import;
};

} // namespace linli

Q_DECLARE_METATYPE(linli::ResidentImportJob::Preview)
Q_DECLARE_METATYPE(linli::ResidentImportJob::Summary)
