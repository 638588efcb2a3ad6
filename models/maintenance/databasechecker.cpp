#include "databasechecker.h"

#include "auditlog.h"
#include "logging.h"
#include "monthlyrollup.h"
#include "overviewstore.h"
#include "schemamigrator.h"
#include "sqldialect.h"
#include "sqlitehandle.h"
#include "sqlscript.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Schema objects as (type, name, normalised SQL), for comparison with a freshly built schema.
QSet<QString> schemaObjects(const QSqlDatabase &db)
{
    QSet<QString> objects;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT type, name, coalesce(sql, '') FROM sqlite_schema "
                    "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s))
        return objects;
    while (query.next()) {
        const QString sql = query.value(2).toString().simplified();
        objects.insert(query.value(0).toString() + u' ' + query.value(1).toString() + u' ' + sql);
    }
    return objects;
}

QString objectLabel(const QString &object)
{
    return object.section(u' ', 0, 1);
}

// A server schema's objects as (kind, name, definition), the schema's own name taken out of the
// definitions so that two schemas built alike compare equal.
QSet<QString> serverSchemaObjects(QSqlQuery &query, const QString &schema)
{
    const QString sql = uR"(
        WITH target AS (SELECT CAST(? AS name) AS nspname)
        SELECT 'column', c.relname || '.' || a.attname,
               format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
               || coalesce(' COLLATE ' || co.collname, '') || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 0
        WHERE n.nspname = (SELECT nspname FROM target) AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        UNION ALL
        SELECT 'constraint', c.relname || '.' || k.conname, pg_get_constraintdef(k.oid)
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = (SELECT nspname FROM target)
        UNION ALL
        SELECT 'index', i.relname, pg_get_indexdef(i.oid)
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
        WHERE n.nspname = (SELECT nspname FROM target)
        UNION ALL
        SELECT 'trigger', c.relname || '.' || t.tgname, pg_get_triggerdef(t.oid)
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = (SELECT nspname FROM target) AND NOT t.tgisinternal
        UNION ALL
        SELECT 'function', p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
               CAST(p.prokind AS text) || ' ' || md5(coalesce(p.prosrc, ''))
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = (SELECT nspname FROM target)
    )"_s;
    QSet<QString> objects;
    query.prepare(sql);
    query.addBindValue(schema);
    if (!query.exec()) {
        qCWarning(lcDatabase) << "reading the server's schema failed:" << query.lastError().text();
        return objects;
    }
    const QString qualifier = schema + u'.';
    while (query.next()) {
        QString definition = query.value(2).toString().simplified();
        definition.remove(qualifier);
        objects.insert(query.value(0).toString() + u' ' + query.value(1).toString() + u' ' + definition);
    }
    return objects;
}

} // namespace

DatabaseChecker::DatabaseChecker(const QSqlDatabase &database)
    : m_database(database)
{}

DatabaseChecker::Report DatabaseChecker::run(Depth depth) const
{
    Report report;
    SchemaMigrator migrator(m_database);
    report.schemaVersion = migrator.currentVersion();
    report.latestSchemaVersion = migrator.latestVersion();
    const bool server = SqlDialect::isServer(m_database);
    QSqlQuery query(m_database);
    // A server database is Linli's by its version table (its version is read above).
    if (!server
        && (!query.exec(u"PRAGMA application_id"_s) || !query.next()
            || query.value(0).toInt() != SchemaMigrator::applicationId()))
        report.problems.append(tr("The file is not marked as a Linli database."));
    if (report.schemaVersion != report.latestSchemaVersion)
        report.problems.append(tr("The database version is %1; this program expects %2.")
                                       .arg(report.schemaVersion)
                                       .arg(report.latestSchemaVersion));
    // The file's pages, its links and its schema objects are SQLite's to check. A server enforces
    // links itself and looks after its own storage.
    if (!server) {
        checkIntegrity(report, depth);
        checkForeignKeys(report);
        checkSchema(report);
    } else if (report.schemaVersion == report.latestSchemaVersion) {
        checkServerSchema(report);
    }
    if (depth == Depth::Full && report.schemaVersion == report.latestSchemaVersion) {
        checkRollups(report);
        checkAuditChain(report);
    }
    countRows(report);
    report.ok = report.problems.isEmpty();
    return report;
}

void DatabaseChecker::checkIntegrity(Report &report, Depth depth) const
{
    QSqlQuery query(m_database);
    const QString pragma = depth == Depth::Full ? u"PRAGMA integrity_check(20)"_s : u"PRAGMA quick_check(20)"_s;
    if (!query.exec(pragma)) {
        qCWarning(lcDatabase) << pragma << query.lastError().text();
        report.problems.append(tr("The file's integrity could not be checked: it may be damaged."));
        return;
    }
    QStringList findings;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            findings.append(line);
    }
    if (!findings.isEmpty()) {
        qCWarning(lcDatabase) << "integrity:" << findings;
        report.problems.append(tr("The file is damaged (problems found by SQLite: %1). Restore it from a backup.")
                                       .arg(findings.size()));
    }
}

void DatabaseChecker::checkForeignKeys(Report &report) const
{
    QSqlQuery query(m_database);
    if (!query.exec(u"PRAGMA foreign_key_check"_s)) {
        report.problems.append(tr("The links between records could not be checked."));
        return;
    }
    QMap<QString, int> broken;
    while (query.next())
        ++broken[query.value(0).toString()];
    for (auto it = broken.cbegin(); it != broken.cend(); ++it)
        report.problems.append(
                tr("Rows of table %1 that point to records that do not exist: %2.").arg(it.key()).arg(it.value()));
}

void DatabaseChecker::checkSchema(Report &report) const
{
    // Build the schema this program expects in memory and compare object by object.
    static QAtomicInteger<int> counter;
    const QString name = u"linli-expected-schema-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    QSet<QString> expected;
    {
        QSqlDatabase reference = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        reference.setDatabaseName(u":memory:"_s);
        if (reference.open()) {
            SchemaMigrator migrator(reference);
            if (migrator.migrate())
                expected = schemaObjects(reference);
            reference.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (expected.isEmpty()) {
        report.problems.append(tr("The expected schema could not be built for comparison."));
        return;
    }
    if (report.schemaVersion != report.latestSchemaVersion)
        return; // already reported; an older schema differs by design
    compareSchemas(expected, schemaObjects(m_database), report);
}

void DatabaseChecker::checkServerSchema(Report &report) const
{
    QSqlQuery query(m_database);
    const QString actualSchema
            = query.exec(u"SELECT current_schema()"_s) && query.next() ? query.value(0).toString() : QString();
    query.finish();
    const QSet<QString> actual = serverSchemaObjects(query, actualSchema);
    // Built inside a transaction that is always rolled back, nothing of it staying on the server;
    // within the caller's transaction (a copy checked before it commits), a savepoint of it.
    const QString scratch = u"linli_expected_schema"_s;
    pg_conn *server = serverHandle(m_database);
    const bool withinTransaction = server && PQtransactionStatus(server) != PQTRANS_IDLE;
    QSqlDatabase connection = m_database; // the same connection, for its transaction calls
    bool built = withinTransaction ? query.exec(u"SAVEPOINT %1"_s.arg(scratch)) : connection.transaction();
    const bool started = built;
    built = built && query.exec(u"CREATE SCHEMA %1"_s.arg(scratch))
            && query.exec(u"SET LOCAL search_path = %1"_s.arg(scratch));
    const QList<SchemaMigrator::Migration> migrations = SchemaMigrator(m_database).migrations();
    for (const SchemaMigrator::Migration &migration : migrations) {
        QFile file(migration.resourcePath);
        if (!built || !file.open(QIODevice::ReadOnly))
            break;
        for (const QString &statement : SqlScript::statements(QString::fromUtf8(file.readAll()))) {
            if (!query.exec(statement)) {
                qCWarning(lcDatabase) << "building the expected schema failed:" << query.lastError().text();
                built = false;
                break;
            }
        }
    }
    QSet<QString> expected;
    if (built)
        expected = serverSchemaObjects(query, scratch);
    query.finish();
    if (started && withinTransaction) {
        if (!query.exec(u"ROLLBACK TO SAVEPOINT %1"_s.arg(scratch))
            || !query.exec(u"RELEASE SAVEPOINT %1"_s.arg(scratch)))
            qCWarning(lcDatabase) << "leaving the expected schema's savepoint failed:" << query.lastError().text();
    } else if (started) {
        connection.rollback();
    }
    if (!built || expected.isEmpty() || actual.isEmpty()) {
        report.problems.append(tr("The expected schema could not be built for comparison (the account needs the "
                                  "right to create a schema in the database)."));
        return;
    }
    compareSchemas(expected, actual, report);
}

void DatabaseChecker::compareSchemas(const QSet<QString> &expected, const QSet<QString> &actual, Report &report) const
{
    QStringList missing;
    QStringList unexpected;
    for (const QString &object : expected) {
        if (!actual.contains(object))
            missing.append(objectLabel(object));
    }
    for (const QString &object : actual) {
        if (!expected.contains(object))
            unexpected.append(objectLabel(object));
    }
    missing.sort();
    unexpected.sort();
    if (!missing.isEmpty())
        report.problems.append(tr("Missing or altered in the schema: %1.").arg(missing.join(u", "_s)));
    if (!unexpected.isEmpty())
        report.problems.append(tr("Not part of Linli's schema: %1.").arg(unexpected.join(u", "_s)));
}

void DatabaseChecker::countRows(Report &report) const
{
    const OverviewStore store(m_database);
    for (const QString &table : OverviewStore::knownTables()) {
        if (const std::optional<qint64> count = store.rowCount(table))
            report.rowCounts.append({table, *count});
        else
            report.problems.append(tr("Table %1 cannot be read.").arg(table));
    }
}

void DatabaseChecker::checkAuditChain(Report &report) const
{
    AuditLog audit(m_database);
    const std::optional<qint64> broken = audit.firstBrokenRow();
    if (!audit.lastError().isEmpty())
        report.problems.append(tr("The audit log could not be read: %1").arg(audit.lastError()));
    else if (broken)
        report.problems.append(tr("The audit log was changed outside Linli: its chain of hashes breaks at row %1. "
                                  "Rows from there on cannot be trusted; compare with a backup.")
                                       .arg(*broken));
}

void DatabaseChecker::checkRollups(Report &report) const
{
    MonthlyRollup rollup(m_database);
    const QStringList months = rollup.monthsOutOfStep();
    if (!rollup.lastError().isEmpty())
        report.problems.append(tr("The monthly figures could not be compared with the service log."));
    else if (!months.isEmpty())
        report.problems.append(tr("The monthly figures differ from the service log for %1. "
                                  "Run \"linli check --repair\" to build them again.")
                                       .arg(months.join(u", "_s)));
}

} // namespace linli
