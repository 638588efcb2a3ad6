#include "savedentries.h"

#include "storageerror.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

SavedEntries::SavedEntries(const QSqlDatabase &database)
    : m_database(database)
{}

Result<qint64> SavedEntries::savedAs(const QString &entryKey, const QString &objectType)
{
    if (entryKey.isEmpty())
        return qint64(0);
    QSqlQuery query(m_database);
    query.prepare(u"SELECT object_id FROM saved_entries WHERE entry_key = ? AND object_type = ?"_s);
    query.addBindValue(entryKey);
    query.addBindValue(objectType);
    if (!query.exec())
        return StorageError::failure(query.lastError(), tr("Nothing was saved: the database could not be read."));
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

bool SavedEntries::remember(const QString &entryKey, const QString &objectType, qint64 objectId)
{
    if (entryKey.isEmpty())
        return true;
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO saved_entries (entry_key, object_type, object_id, saved_at) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(entryKey);
    query.addBindValue(objectType);
    query.addBindValue(objectId);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return query.exec();
}

} // namespace linli
