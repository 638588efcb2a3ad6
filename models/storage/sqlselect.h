#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace linli {

// Runs a SELECT with its values bound in order, forward only (the rows are read once); false with
// `error` set to the driver's words when it fails.
bool runSelect(QSqlQuery &query, const QString &sql, const QVariantList &values, QString &error);

// The id an executed "INSERT … RETURNING id" gave (0 when none), the statement then finished so that
// its transaction can commit. (Qt's lastInsertId() is SQLite's alone.)
qint64 returnedId(QSqlQuery &query);

// The first id after the largest in `table`, for rows the caller writes with ids of its own inside
// its write transaction; 0 when it cannot be read. On the server the table is first locked against
// other writers until that transaction ends (readers go on), so that no other desk takes the same
// ids meanwhile (SQLite's write transaction already excludes them).
qint64 nextFreeId(const QSqlDatabase &database, const QString &table, QSqlError &error);

// "How many rows meet `condition`" as an aggregate both engines read (PostgreSQL does not sum truth
// values); 0, not NULL, over no rows.
QString countWhere(const QString &condition);

} // namespace linli
