#include "sqlselect.h"

#include <QSqlError>

namespace linli {

bool runSelect(QSqlQuery &query, const QString &sql, const QVariantList &values, QString &error)
{
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec()) {
        error.clear();
        return true;
    }
    error = query.lastError().text();
    return false;
}

qint64 returnedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

} // namespace linli
