#pragma once

#include <QSqlDatabase>
#include <QString>

namespace linli {

// The few pieces of SQL that SQLite and PostgreSQL write differently, so that each store keeps one
// query text for both engines. Everything else Linli writes is common SQL (and `instr`, which the
// PostgreSQL schema defines as SQLite has it).
namespace SqlDialect {

// Whether the connection is to a PostgreSQL server (otherwise a SQLite file).
bool isServer(const QSqlDatabase &database);

enum class Unit { Minutes, Days };

// A 'YYYY-MM-DD HH:MM:SS' timestamp `amount` minutes or days after the timestamp text `from` (both
// SQL expressions); NULL when either is.
QString timestampAfter(const QSqlDatabase &database, const QString &from, const QString &amount, Unit unit);

// The first day of the month `month` (a 'YYYY-MM' SQL expression) less `years` years, as 'YYYY-MM-DD'
// text: who was born on or before it is that old in that month.
QString yearsBefore(const QSqlDatabase &database, const QString &month, int years);

} // namespace SqlDialect

} // namespace linli
