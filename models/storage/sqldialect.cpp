#include "sqldialect.h"

using namespace Qt::StringLiterals;

namespace linli::SqlDialect {

bool isServer(const QSqlDatabase &database)
{
    return database.driverName() == u"QPSQL"_s;
}

QString timestampAfter(const QSqlDatabase &database, const QString &from, const QString &amount, Unit unit)
{
    const QString unitName = unit == Unit::Minutes ? u"mins"_s : u"days"_s;
    if (isServer(database)) {
        return u"to_char(CAST(%1 AS timestamp) + make_interval(%2 => %3), 'YYYY-MM-DD HH24:MI:SS')"_s.arg(from,
                                                                                                          unitName,
                                                                                                          amount);
    }
    return u"datetime(%1, '+' || (%2) || ' %3')"_s.arg(from, amount, unit == Unit::Minutes ? u"minutes"_s : u"days"_s);
}

QString yearsBefore(const QSqlDatabase &database, const QString &month, int years)
{
    // The server's schema defines linli_years_before; its triggers count ages with it.
    if (isServer(database))
        return u"linli_years_before(%1, %2)"_s.arg(month).arg(years);
    return u"date(%1 || '-01', '-%2 years')"_s.arg(month).arg(years);
}

} // namespace linli::SqlDialect
