#include "sheetimportjob.h"

#include "sqlitefilesinuse.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace linli {

SheetImportJob::SheetImportJob(const DatabaseLocation &location, const Actor &actor, Factory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_worker(location, Worker::Rule::Every)
{
    qRegisterMetaType<Preview>();
    qRegisterMetaType<Summary>();
    m_worker.setConnectionHooks([actor](const QSqlDatabase &connection) { Actor::actFor(connection, actor); },
                                [](const QSqlDatabase &connection) { Actor::forget(connection); });
}

SheetImportJob::~SheetImportJob()
{
    cancel();
    // The sheet's statements belong to the worker's connection and end on its thread.
    m_worker.runWithoutConnection([this] { m_import.reset(); });
}

void SheetImportJob::run(std::function<void(const Worker::Job &job)> step)
{
    m_worker.run(std::move(step), [this](const QString &message) { emit failed(message); });
}

void SheetImportJob::load(const QString &path)
{
    run([this, path](const Worker::Job &job) {
        if (const QString refusal = SqliteFilesInUse::refusalFor(path); !refusal.isEmpty()) {
            emit failed(refusal);
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            emit failed(tr("%1 cannot be read: %2").arg(path, file.errorString()));
            return;
        }
        m_import = m_factory(job.connection());
        // A mapping that needs the clerk's hand still gives a preview; the check then says what is missing.
        m_import->setSourceName(QFileInfo(path).fileName());
        const Result<void> read = m_import->read(file.readAll());
        const CsvTable &table = m_import->table();
        if (table.header().isEmpty()) {
            emit failed(read.message());
            return;
        }
        Preview preview;
        preview.encoding = CsvTable::encodingName(table.encoding());
        preview.header = table.header();
        for (qsizetype i = 0; i < qMin<qsizetype>(table.rows().size(), previewRows); ++i)
            preview.rows.append(table.rows().at(i).fields);
        preview.columnLabels = m_import->columnLabels();
        preview.columnChoices = m_import->columnChoices();
        preview.rowCount = m_import->rowCount();
        emit loaded(preview);
    });
}

void SheetImportJob::check(const QList<int> &columnChoices)
{
    run([this, columnChoices](const Worker::Job &job) {
        if (!m_import)
            return;
        if (const Result<void> mapped = m_import->chooseColumns(columnChoices); !mapped.isDone()) {
            emit failed(mapped.message());
            return;
        }
        const auto report = [this](qint64 done, qint64 total) { emit progress(done, total); };
        if (const Result<void> checked = m_import->check(report, job.stopFlag()); !checked.isDone()) {
            emit failed(job.isOvertaken() ? tr("Cancelled.") : checked.message());
            return;
        }
        emit checked({m_import->rowCount(), m_import->validRowCount(), m_import->problems(), m_import->notes()});
    });
}

void SheetImportJob::write(bool skipInvalid)
{
    run([this, skipInvalid](const Worker::Job &job) {
        if (!m_import)
            return;
        const auto report = [this](qint64 done, qint64 total) { emit progress(done, total); };
        const Result<qint64> imported = m_import->write(skipInvalid, report, job.stopFlag());
        if (!imported.isDone()) {
            emit failed(imported.message());
            return;
        }
        emit written(imported.value());
        // Done: the sheet's rows are freed and the connection closed (copying its log into the
        // file) here, rather than later on the UI thread's wait when the job is destroyed. A next
        // load() opens again.
        m_import.reset();
        job.closeConnectionAfter();
    });
}

} // namespace linli
