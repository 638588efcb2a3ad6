#include "sqldialect.h"

using namespace Qt::StringLiterals;

namespace linli::SqlDialect {

bool isServer(const QSqlDatabase &database)
{
    return database.driverName() == u"QPSQL"_s;
}

QString timestampAfterDays(const QSqlDatabase &database, const QString &from, const QString &days)
{
    if (isServer(database))
        return u"to_char(CAST(%1 AS timestamp) + make_interval(days => %2), 'YYYY-MM-DD HH24:MI:SS')"_s.arg(from, days);
    return u"datetime(%1, '+' || (%2) || ' days')"_s.arg(from, days);
}

} // namespace linli::SqlDialect
