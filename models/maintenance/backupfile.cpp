#include "backupfile.h"

#include "database.h"
#include "schemamigrator.h"
#include "sqlitefileheader.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace linli {

BackupFile BackupFile::inspect(const QString &filePath)
{
    BackupFile file;
    const QString name = QDir::toNativeSeparators(filePath);
    switch (SqliteFileHeader::read(filePath).verdict()) {
    case SqliteFileHeader::Verdict::Missing:
        file.m_problem = tr("There is no file %1.").arg(name);
        return file;
    case SqliteFileHeader::Verdict::Unreadable:
        file.m_problem = tr("Linli may not read %1.").arg(name);
        return file;
    case SqliteFileHeader::Verdict::Empty:
    case SqliteFileHeader::Verdict::NotSqlite:
        file.m_problem = tr("%1 is not a Linli backup.").arg(name);
        return file;
    case SqliteFileHeader::Verdict::Truncated:
        file.m_problem = tr("%1 is incomplete (the file was cut short).").arg(name);
        return file;
    case SqliteFileHeader::Verdict::Plausible:
        break;
    }

    const QString connectionName = u"backup-inspection-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        connection.setDatabaseName(filePath);
        connection.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery query(connection);
        auto pragma = [&query](const QString &name) {
            return query.exec(u"PRAGMA "_s + name) && query.next() ? query.value(0) : QVariant();
        };
        if (!connection.open()) {
            file.m_problem = tr("Linli cannot read %1.").arg(name);
        } else if (pragma(u"application_id"_s).toInt() != SchemaMigrator::applicationId()) {
            file.m_problem = tr("%1 is not a Linli backup.").arg(name);
        } else if ((file.m_schemaVersion = pragma(u"user_version"_s).toInt()) > Database::latestSchemaVersion()) {
            file.m_problem = tr("%1 was written by a newer version of Linli (database version %2; this program "
                                "knows up to %3).")
                                     .arg(name)
                                     .arg(file.m_schemaVersion)
                                     .arg(Database::latestSchemaVersion());
        } else if (file.m_schemaVersion < 1) {
            file.m_problem = tr("%1 is not a Linli backup.").arg(name);
        } else if (pragma(u"integrity_check(1)"_s).toString() != u"ok"_s) {
            file.m_problem = tr("%1 is damaged.").arg(name);
        }
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return file;
}

} // namespace linli
