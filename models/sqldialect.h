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

} // namespace SqlDialect

} // namespace linli
