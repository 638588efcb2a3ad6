#include "benchdatabase.h"

#include "database.h"
#include "databasesetup.h"
#include "actor.h"
#include "demodatagenerator.h"
#include "residentexport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace linli::bench {

namespace {

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

} // namespace

BenchDatabase::BenchDatabase(const QString &cacheFolder)
    : m_folder(cacheFolder)
{}

QString BenchDatabase::demo(const Scale &scale, QTextStream &log) const
{
    QDir().mkpath(m_folder);
    const QString path = QDir(m_folder).filePath(u"demo-r%1-s%2-v%3-schema%4.sqlite"_s.arg(scale.residents)
                                                         .arg(scale.services)
                                                         .arg(scale.visits)
                                                         .arg(Database::latestSchemaVersion()));
    if (QFile::exists(path))
        return path;
    const QString partial = path + u".partial"_s;
    removeDatabase(partial);
    log << "Generating " << path << " (once; kept for later runs)…" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    {
        Database database;
        if (!DatabaseSetup::open(database, DatabaseLocation::fromArgument(partial))) {
            log << database.errorString() << Qt::endl;
            return {};
        }
        DemoDataGenerator::Options options;
        options.residents = scale.residents;
        options.services = scale.services;
        options.visits = scale.visits;
        DemoDataGenerator generator(database.connection(), options);
        if (!generator.run()) {
            log << generator.errorString() << Qt::endl;
            return {};
        }
    }
    removeDatabase(path);
    if (!QFile::rename(partial, path)) {
        log << "Could not rename " << partial << Qt::endl;
        return {};
    }
    log << "Generated in " << timer.elapsed() / 1000.0 << " s." << Qt::endl;
    return path;
}

QString BenchDatabase::sheet(qint64 residents, QTextStream &log) const
{
    const QString path = QDir(m_folder).filePath(u"import-%1.csv"_s.arg(residents));
    if (QFile::exists(path))
        return path;
    const QString source = demo({residents, 0, 0}, log);
    Database database;
    if (source.isEmpty() || !DatabaseSetup::open(database, DatabaseLocation::fromArgument(source)))
        return {};
    Actor::actFor(database.connection(), Actor{0, u"bench"_s, u"bench"_s, Role::Admin});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !ResidentExport(database.connection()).write(&file).isDone()
        || !file.commit())
        return {};
    Actor::forget(database.connection());
    return path;
}

bool BenchDatabase::createEmpty(const QString &path, QTextStream &log)
{
    removeDatabase(path);
    Database database;
    if (!DatabaseSetup::open(database, DatabaseLocation::fromArgument(path))) {
        log << database.errorString() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace linli::bench
