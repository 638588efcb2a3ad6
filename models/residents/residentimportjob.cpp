#include "residentimportjob.h"

#include "database.h"
#include "sqlitefilesinuse.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace linli {

ResidentImportJob::ResidentImportJob(const DatabaseLocation &location, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_actor(actor)
    , m_worker(new QObject)
{
    qRegisterMetaType<Preview>();
    qRegisterMetaType<Summary>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ResidentImportJob::~ResidentImportJob()
{
    cancel();
    // The connection belongs to the worker thread and is closed there, once the step running ends.
    QMetaObject::invokeMethod(
            m_worker,
            [this] {
                m_import.reset();
                if (m_database)
                    Actor::forget(m_database->connection());
                m_database.reset();
            },
            Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ResidentImportJob::run(std::function<void()> step)
{
    m_cancel.store(false);
    QMetaObject::invokeMethod(m_worker, std::move(step));
}

bool ResidentImportJob::openDatabase()
{
    if (m_database)
        return true;
    auto database = std::make_unique<Database>();
    if (!database->open(m_location, Database::Mode::Attach)) {
        emit failed(database->errorString());
        return false;
    }
    Actor::actFor(database->connection(), m_actor);
    m_database = std::move(database);
    return true;
}

void ResidentImportJob::load(const QString &path)
{
    run([this, path] {
        if (const QString refusal = SqliteFilesInUse::refusalFor(path); !refusal.isEmpty()) {
            emit failed(refusal);
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            emit failed(tr("%1 cannot be read: %2").arg(path, file.errorString()));
            return;
        }
        if (!openDatabase())
            return;
        m_import = std::make_unique<ResidentImport>(m_database->connection());
        // A mapping that needs the clerk's hand still gives a preview; the check then says what is missing.
        m_import->setSourceName(QFileInfo(path).fileName());
        m_import->read(file.readAll());
        const CsvTable &table = m_import->table();
        if (table.header().isEmpty()) {
            emit failed(m_import->errorString());
            return;
        }
        Preview preview;
        preview.encoding = CsvTable::encodingName(table.encoding());
        preview.header = table.header();
        for (qsizetype i = 0; i < qMin<qsizetype>(table.rows().size(), previewRows); ++i)
            preview.rows.append(table.rows().at(i).fields);
        preview.mapping = m_import->mapping();
        preview.rowCount = m_import->rowCount();
        emit loaded(preview);
    });
}

void ResidentImportJob::check(const ResidentImport::Mapping &mapping)
{
    run([this, mapping] {
        if (!m_import)
            return;
        if (!m_import->setMapping(mapping)) {
            emit failed(m_import->errorString());
            return;
        }
        const auto report = [this](qint64 done, qint64 total) { emit progress(done, total); };
        if (!m_import->check(report, &m_cancel)) {
            emit failed(m_cancel.load() ? tr("Cancelled.") : m_import->errorString());
            return;
        }
        emit checked({m_import->rowCount(), m_import->validRowCount(), m_import->problems(), m_import->newGrids(),
                      m_import->convertedIdRows()});
    });
}

void ResidentImportJob::write(bool skipInvalid)
{
    run([this, skipInvalid] {
        if (!m_import)
            return;
        const auto report = [this](qint64 done, qint64 total) { emit progress(done, total); };
        if (m_import->write(skipInvalid, report, &m_cancel) != ResidentImport::Outcome::Imported) {
            emit failed(m_import->errorString());
            return;
        }
        emit written(m_import->writtenCount());
        // Done: the sheet's rows are freed and the connection closed (copying its log into the
        // file) here, rather than later on the UI thread's wait when the job is destroyed. A next
        // load() opens again.
        m_import.reset();
        Actor::forget(m_database->connection());
        m_database.reset();
    });
}

} // namespace linli
