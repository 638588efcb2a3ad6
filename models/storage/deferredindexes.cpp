#include "deferredindexes.h"

#include "logging.h"
#include "sqlitehandle.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto pendingKey = u"deferred_indexes"_s;
// Separates index definitions in the settings value; never part of our CREATE INDEX text.
const QChar separator = QChar(0x1E);

} // namespace

DeferredIndexes::DeferredIndexes(const QSqlDatabase &database)
    : m_database(database)
{}

bool DeferredIndexes::hasPending(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    query.prepare(u"SELECT 1 FROM settings WHERE key = :key"_s);
    query.bindValue(u":key"_s, pendingKey);
    return query.exec() && query.next();
}

bool DeferredIndexes::suspend(const QStringList &tables)
{
    if (!isSqlite(m_database) || tables.isEmpty())
        return true;
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_lastDriverError = transaction.lastDriverError();
        return false;
    }
    QStringList names;
    QStringList definitions;
    QSqlQuery query(m_database);
    query.prepare(u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                  "AND tbl_name = :table ORDER BY name"_s);
    for (const QString &table : tables) {
        query.bindValue(u":table"_s, table);
        if (!query.exec()) {
            m_lastDriverError = query.lastError().text();
            return false;
        }
        while (query.next()) {
            names.append(query.value(0).toString());
            definitions.append(query.value(1).toString());
        }
    }
    QSqlQuery write(m_database);
    write.prepare(u"INSERT INTO settings (key, value) VALUES (:key, :value) "
                  "ON CONFLICT (key) DO UPDATE SET value = value || :separator || excluded.value"_s);
    write.bindValue(u":key"_s, pendingKey);
    write.bindValue(u":value"_s, definitions.join(separator));
    write.bindValue(u":separator"_s, QString(separator));
    if (!definitions.isEmpty() && !write.exec()) {
        m_lastDriverError = write.lastError().text();
        return false;
    }
    for (const QString &name : std::as_const(names)) {
        // Index names come from sqlite_schema, quoted as identifiers.
        if (!write.exec(u"DROP INDEX \"%1\""_s.arg(QString(name).replace(u'"', u"\"\""_s)))) {
            m_lastDriverError = write.lastError().text();
            return false;
        }
    }
    write.finish();
    if (!transaction.commit()) {
        m_lastDriverError = transaction.lastDriverError();
        return false;
    }
    return true;
}

bool DeferredIndexes::restore()
{
    if (!isSqlite(m_database))
        return true;
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_lastDriverError = transaction.lastDriverError();
        return false;
    }
    QSqlQuery query(m_database);
    query.prepare(u"SELECT value FROM settings WHERE key = :key"_s);
    query.bindValue(u":key"_s, pendingKey);
    if (!query.exec()) {
        m_lastDriverError = query.lastError().text();
        return false;
    }
    if (!query.next())
        return true;
    const QStringList definitions = query.value(0).toString().split(separator, Qt::SkipEmptyParts);
    query.finish();
    for (const QString &definition : definitions) {
        // The text is what SQLite itself stored for an index of ours.
        if (!query.exec(definition)) {
            m_lastDriverError = query.lastError().text();
            return false;
        }
    }
    query.prepare(u"DELETE FROM settings WHERE key = :key"_s);
    query.bindValue(u":key"_s, pendingKey);
    if (!query.exec()) {
        m_lastDriverError = query.lastError().text();
        return false;
    }
    query.finish();
    if (!transaction.commit()) {
        m_lastDriverError = transaction.lastDriverError();
        return false;
    }
    qCInfo(lcDatabase) << "rebuilt" << definitions.size() << "indexes";
    return true;
}

} // namespace linli
