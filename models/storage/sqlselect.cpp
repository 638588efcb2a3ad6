#include "sqlselect.h"

#include "sqldialect.h"

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

qint64 nextFreeId(const QSqlDatabase &database, const QString &table, QSqlError &error)
{
    QSqlQuery query(database);
    if (SqlDialect::isServer(database) && !query.exec(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(table))) {
        error = query.lastError();
        return 0;
    }
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table)) || !query.next()) {
        error = query.lastError();
        return 0;
    }
    return query.value(0).toLongLong();
}

QString countWhere(const QString &condition)
{
    return QStringLiteral("coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0)").arg(condition);
}

} // namespace linli
