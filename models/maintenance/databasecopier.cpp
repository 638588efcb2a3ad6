#include "databasecopier.h"

#include "bulkinserter.h"
#include "databasechecker.h"
#include "logging.h"
#include "monthlyrollup.h"
#include "schemamigrator.h"
#include "servercopystream.h"
#include "sqldialect.h"
#include "writetransaction.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr qint64 progressEvery = 20000;

// The order rows are read in on both sides: the table's primary key.
QString keyOf(const QString &table)
{
    if (table == u"settings"_s)
        return u"key"_s;
    if (table == u"saved_entries"_s)
        return u"entry_key"_s;
    if (table == u"calendar_days"_s)
        return u"day"_s;
    if (table == u"resident_spellings"_s)
        return u"resident_id, spelling, initials"_s;
    if (table == u"resident_tags"_s)
        return u"resident_id, tag"_s;
    if (table == u"staff_favourite_types"_s)
        return u"staff_id, service_type_id"_s;
    return u"id"_s;
}

QStringList columnsOf(const QSqlDatabase &database, const QString &table)
{
    const QSqlRecord record = database.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    return columns;
}

QString selectAll(const QString &table, const QStringList &columns)
{
    return u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "_s), table, keyOf(table));
}

} // namespace

DatabaseCopier::DatabaseCopier(const QSqlDatabase &source, const QSqlDatabase &destination)
    : m_source(source)
    , m_destination(destination)
{}

QStringList DatabaseCopier::copiedTables()
{
    return {u"settings"_s,
            u"calendar_days"_s,
            u"centers"_s,
            u"grids"_s,
            u"staff"_s,
            u"users"_s,
            u"service_categories"_s,
            u"service_types"_s,
            u"households"_s,
            u"residents"_s,
            u"resident_tags"_s,
            u"resident_spellings"_s,
            u"staff_favourite_types"_s,
            u"service_records"_s,
            u"case_events"_s,
            u"voided_service_records"_s,
            u"voided_case_events"_s,
            u"record_corrections"_s,
            u"visit_series"_s,
            u"visits"_s,
            u"saved_entries"_s,
            u"audit_log"_s};
}

bool DatabaseCopier::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

Result<void> DatabaseCopier::copy()
{
    m_digests.clear();
    m_errorString.clear();
    if (copyAll())
        return Result<void>::done();
    m_digests.clear();
    return Problem::failed(m_errorString);
}

bool DatabaseCopier::copyAll()
{
    const SchemaMigrator sourceSchema(m_source);
    const SchemaMigrator destinationSchema(m_destination);
    if (sourceSchema.currentVersion() != sourceSchema.latestVersion()
        || destinationSchema.currentVersion() != destinationSchema.latestVersion()) {
        return fail(tr("Both databases must be at this program's schema version (%1); open the older one with "
                       "Linli first.")
                            .arg(sourceSchema.latestVersion()));
    }
    if (!destinationIsEmpty())
        return false;
    WriteTransaction transaction(m_destination);
    if (!transaction.isActive())
        return fail(tr("The destination could not be written: %1").arg(transaction.lastDriverError()));
    // What Linli put there when it built the database (the catalogue, the calendar) makes way for
    // the center's own.
    QSqlQuery clear(m_destination);
    const QStringList tables = copiedTables();
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        if (*table != u"audit_log"_s && !clear.exec(u"DELETE FROM "_s + *table))
            return fail(tr("The destination could not be emptied: %1").arg(clear.lastError().text()));
    }
    // On a server, the triggers that derive data row by row would make a district's copy take
    // hours: they rest while the rows arrive (inside this transaction only) and the derived data
    // is then built in a few set-wise statements.
    const bool server = SqlDialect::isServer(m_destination);
    if (server && !setTriggersEnabled(false))
        return false;
    for (const QString &table : tables) {
        if (!copyTable(table))
            return false;
    }
    if (server && (!setTriggersEnabled(true) || !buildDerivedOnServer()))
        return false;
    // Checked before the commit: a copy that differs is never left behind.
    if (!verify())
        return false;
    if (!transaction.commit())
        return fail(tr("The copy could not be committed: %1").arg(transaction.lastDriverError()));
    return true;
}

bool DatabaseCopier::setTriggersEnabled(bool enabled)
{
    // USER: the triggers Linli wrote; the server's own, which enforce foreign keys, stay on.
    QSqlQuery query(m_destination);
    for (const QString &table : copiedTables()) {
        if (!query.exec(u"ALTER TABLE %1 %2 TRIGGER USER"_s.arg(table, enabled ? u"ENABLE"_s : u"DISABLE"_s)))
            return fail(tr("The destination could not be prepared for the copy: %1").arg(query.lastError().text()));
    }
    return true;
}

bool DatabaseCopier::buildDerivedOnServer()
{
    QSqlQuery query(m_destination);
    // The planner knows nothing yet of the rows just copied (the server's own statistics come
    // after a commit): without them a district's monthly figures took longer than the copy.
    // The building's sorts and joins get the memory a one-off bulk job deserves.
    if (!query.exec(u"SET LOCAL work_mem = '256MB'"_s))
        return fail(tr("The destination could not be prepared for the copy: %1").arg(query.lastError().text()));
    for (const QString &table : copiedTables()) {
        if (!query.exec(u"ANALYZE "_s + table))
            return fail(tr("The destination could not be prepared for the copy: %1").arg(query.lastError().text()));
    }
    // What the resting triggers would have done: sequences past the copied ids, the name index,
    // the monthly figures.
    for (const QString &table : copiedTables()) {
        if (keyOf(table) != u"id"_s)
            continue;
        if (!query.exec(
                    u"SELECT setval(pg_get_serial_sequence('%1', 'id'), max(id)) FROM %1 HAVING max(id) IS NOT NULL"_s
                            .arg(table)))
            return fail(tr("The destination's numbering could not be set: %1").arg(query.lastError().text()));
    }
    if (!query.exec(u"INSERT INTO resident_name_grams (gram, name_pinyin, resident_id) "
                    "SELECT DISTINCT g.gram, r.name_pinyin, r.id FROM residents r "
                    "CROSS JOIN LATERAL (SELECT resident_name_grams_of(r.name) UNION "
                    "SELECT resident_name_grams_of(r.name_simplified)) AS g(gram)"_s))
        return fail(tr("The destination's name index could not be built: %1").arg(query.lastError().text()));
    MonthlyRollup rollup(m_destination);
    if (!rollup.rebuildAtOnceOnServer())
        return fail(tr("The destination's monthly figures could not be built: %1").arg(rollup.lastError()));
    return true;
}

bool DatabaseCopier::destinationIsEmpty()
{
    for (const QString &table : {u"residents"_s, u"service_records"_s, u"visits"_s, u"users"_s, u"audit_log"_s}) {
        QSqlQuery query(m_destination);
        if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
            return fail(tr("The destination cannot be read: %1").arg(query.lastError().text()));
        if (query.value(0).toLongLong() > 0) {
            return fail(tr("The destination already holds records (%1). Linli copies only into a database it has "
                           "just built, so that nothing there is overwritten.")
                                .arg(table));
        }
    }
    return true;
}

bool DatabaseCopier::copyTable(const QString &table)
{
    const QStringList columns = columnsOf(m_destination, table);
    const QStringList sourceColumns = columnsOf(m_source, table);
    for (const QString &column : columns) {
        if (!sourceColumns.contains(column))
            return fail(tr("The source's table %1 has no column %2.").arg(table, column));
    }
    QSqlQuery rows(m_source);
    rows.setForwardOnly(true);
    if (!rows.exec(selectAll(table, columns)))
        return fail(tr("The source's table %1 cannot be read: %2").arg(table, rows.lastError().text()));
    // A server takes a whole table in one COPY; a file, batches of prepared inserts.
    if (SqlDialect::isServer(m_destination)) {
        ServerCopyStream stream(m_destination, table, columns);
        if (!stream.isOpen())
            return fail(tr("Table %1 could not be written: %2").arg(table, stream.lastError()));
        if (!copyRows(table, rows, stream, [&] { return stream.lastError(); }))
            return false;
        if (!stream.finish())
            return fail(tr("Table %1 could not be written: %2").arg(table, stream.lastError()));
        return true;
    }
    BulkInserter inserter(m_destination, table, columns);
    if (!copyRows(table, rows, inserter, [&] { return inserter.lastDriverError(); }))
        return false;
    if (!inserter.flush())
        return fail(tr("Table %1 could not be written: %2").arg(table, inserter.lastDriverError()));
    return true;
}

template<typename RowSink>
bool DatabaseCopier::copyRows(const QString &table, QSqlQuery &rows, RowSink &sink,
                              const std::function<QString()> &sinkError)
{
    const int columns = rows.record().count();
    qint64 written = 0;
    while (rows.next()) {
        for (int column = 0; column < columns; ++column)
            sink.add(rows.value(column));
        if (!sink.endRow())
            return fail(tr("Table %1 could not be written: %2").arg(table, sinkError()));
        if (++written % progressEvery == 0 && m_progress)
            m_progress(table, written);
    }
    if (rows.lastError().isValid())
        return fail(tr("The source's table %1 could not be read to the end: %2").arg(table, rows.lastError().text()));
    if (m_progress)
        m_progress(table, written);
    return true;
}

bool DatabaseCopier::verify()
{
    for (const QString &table : copiedTables()) {
        QString error;
        const std::optional<TableDigest> original = digest(m_source, table, &error);
        const std::optional<TableDigest> copied = original ? digest(m_destination, table, &error) : std::nullopt;
        if (!original || !copied)
            return fail(tr("Table %1 could not be read back: %2").arg(table, error));
        if (original->rows != copied->rows || original->sha256 != copied->sha256) {
            qCWarning(lcDatabase) << "copy of" << table << "differs:" << original->rows << copied->rows;
            return fail(tr("Table %1 differs after copying (%2 rows there, %3 here); nothing was kept.")
                                .arg(table)
                                .arg(original->rows)
                                .arg(copied->rows));
        }
        m_digests.append(*original);
    }
    const DatabaseChecker::Report report = DatabaseChecker(m_destination).run(DatabaseChecker::Depth::Full);
    if (!report.ok)
        return fail(tr("The copy does not pass the check: %1").arg(report.problems.join(u' ')));
    return true;
}

std::optional<DatabaseCopier::TableDigest> DatabaseCopier::digest(const QSqlDatabase &database, const QString &table,
                                                                  QString *error)
{
    const QStringList columns = columnsOf(database, table);
    QSqlQuery rows(database);
    rows.setForwardOnly(true);
    // The columns in name order: the engines may list them differently.
    QStringList sorted = columns;
    sorted.sort();
    if (!rows.exec(selectAll(table, sorted))) {
        if (error)
            *error = rows.lastError().text();
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    TableDigest result{table, 0, {}};
    while (rows.next()) {
        for (int column = 0; column < sorted.size(); ++column) {
            const QVariant value = rows.value(column);
            if (value.isNull()) {
                hash.addData("N;");
                continue;
            }
            const QByteArray text = value.toString().toUtf8();
            hash.addData(QByteArray::number(text.size()) + ':');
            hash.addData(text);
        }
        ++result.rows;
    }
    result.sha256 = hash.result();
    return result;
}

} // namespace linli
