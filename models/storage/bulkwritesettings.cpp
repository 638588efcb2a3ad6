#include "bulkwritesettings.h"

#include "sqlitehandle.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

BulkWriteSettings::BulkWriteSettings(const QSqlDatabase &database)
    : m_database(database)
{
    // A server sizes its memory itself.
    if (!isSqlite(m_database))
        return;
    QSqlQuery pragma(m_database);
    pragma.exec(u"PRAGMA cache_size = -262144"_s);
    pragma.exec(u"PRAGMA temp_store = MEMORY"_s);
}

BulkWriteSettings::~BulkWriteSettings()
{
    if (!isSqlite(m_database))
        return;
    QSqlQuery pragma(m_database);
    pragma.exec(u"PRAGMA cache_size = -2000"_s);
    pragma.exec(u"PRAGMA temp_store = DEFAULT"_s);
}

} // namespace linli
