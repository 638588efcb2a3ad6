#pragma once

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

} // namespace linli
