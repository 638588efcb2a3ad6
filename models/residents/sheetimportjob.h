#pragma once

#include "actor.h"
#include "databaselocation.h"
#include "sheetimport.h"
#include "worker.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace linli {

// Runs a sheet import (residents, services) for the window on a Worker: reading the file, checking
// it (again after the clerk changes the column mapping) and writing it, each with progress and a
// way to cancel.
// One step at a time, in the order asked; results come back as signals on the thread that
// created the job. The destructor cancels what runs and waits for it.
class SheetImportJob : public QObject
{
    Q_OBJECT

public:
    struct Preview
    {
        QString encoding;
        QStringList header;
        QList<QStringList> rows;  // the first rows, as the file has them
        QStringList columnLabels; // the sheet's columns, to choose among
        QList<int> columnChoices; // per column of the file: its place in columnLabels, -1 for none
        qint64 rowCount = 0;
    };
    struct Summary
    {
        qint64 rowCount = 0;
        qint64 validRowCount = 0;
        QList<ImportProblem> problems;
        QStringList notes; // what the clerk should know before writing
    };
    // Makes the import on the worker's connection.
    using Factory = std::function<std::unique_ptr<SheetImport>(const QSqlDatabase &connection)>;

    static constexpr int previewRows = 20;

    // The work is done for `actor` (the one signed in at the window): their rights and their name in
    // the audit log, although on a connection of its own.
    SheetImportJob(const DatabaseLocation &location, const Actor &actor, Factory factory, QObject *parent = nullptr);
    ~SheetImportJob() override;

    void load(const QString &path);
    void check(const QList<int> &columnChoices);
    void write(bool skipInvalid);
    void cancel() { m_worker.cancel(); }

signals:
    void loaded(const linli::SheetImportJob::Preview &preview);
    void checked(const linli::SheetImportJob::Summary &summary);
    void written(qint64 count);
    void progress(qint64 done, qint64 total);
    // The step did not finish: cancelled, or the message says why.
    void failed(const QString &message);

private:
    // Runs `step` on the worker; a connection that cannot be opened fails the step.
    void run(std::function<void(const Worker::Job &job)> step);

    // Used on the worker's thread only; declared before it, so it outlives the worker's last step.
    Factory m_factory;
    std::unique_ptr<SheetImport> m_import;
    Worker m_worker;
};

} // namespace linli

Q_DECLARE_METATYPE(linli::SheetImportJob::Preview)
Q_DECLARE_METATYPE(linli::SheetImportJob::Summary)
