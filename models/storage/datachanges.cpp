#include "datachanges.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Every connection to one database names it alike: a file by its canonical path, a server by
// host, port and database name.
QString databaseKey(const QSqlDatabase &connection)
{
    if (connection.driverName() == u"QSQLITE"_s) {
        const QString canonical = QFileInfo(connection.databaseName()).canonicalFilePath();
        return u"file:"_s + (canonical.isEmpty() ? connection.databaseName() : canonical);
    }
    return u"%1://%2:%3/%4"_s.arg(connection.driverName(), connection.hostName())
            .arg(connection.port())
            .arg(connection.databaseName());
}

} // namespace

DataChanges *DataChanges::of(const QSqlDatabase &connection)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<DataChanges>> announcers;
    const QString key = databaseKey(connection);
    const QMutexLocker locker(&mutex);
    std::shared_ptr<DataChanges> &announcer = announcers[key];
    if (!announcer) {
        static const int registered = qRegisterMetaType<linli::DataKinds>();
        Q_UNUSED(registered)
        announcer.reset(new DataChanges);
        // Owned by no thread's objects: it belongs to the program's main thread, where the pages
        // that listen live, whichever thread asked first.
        if (QCoreApplication *application = QCoreApplication::instance())
            announcer->moveToThread(application->thread());
    }
    return announcer.get();
}

void DataChanges::announce(DataKinds kinds)
{
    if (kinds)
        emit changed(kinds);
}

} // namespace linli
