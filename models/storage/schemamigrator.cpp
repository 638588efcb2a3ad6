#include "schemamigrator.h"

#include "logging.h"
#include "sqldialect.h"
#include "sqlscript.h"
#include "writetransaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// "LNLI": marks a SQLite file as ours (PRAGMA application_id).
constexpr int linliApplicationId = 0x4C4E4C49;

} // namespace

SchemaMigrator::SchemaMigrator(const QSqlDatabase &database, const QString &scriptFolder)
    : m_database(database)
    , m_scriptFolder(!scriptFolder.isEmpty() ? scriptFolder : scriptFolderFor(database))
{}

QString SchemaMigrator::scriptFolderFor(const QSqlDatabase &database)
{
    return SqlDialect::isServer(database) ? u":/migrations/postgresql"_s : u":/migrations/sqlite"_s;
}

int SchemaMigrator::applicationId()
{
    return linliApplicationId;
}

QList<SchemaMigrator::Migration> SchemaMigrator::migrations() const
{
    static const QRegularExpression fileName(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> found;
    const QStringList files = QDir(m_scriptFolder).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = fileName.match(file);
        if (!match.hasMatch()) {
            qCWarning(lcDatabase) << "ignoring migration with a malformed name:" << file;
            continue;
        }
        found.append({match.captured(1).toInt(), match.captured(2), QDir(m_scriptFolder).filePath(file)});
    }
    // An engine added later starts from a script that builds a whole version at once.
    const int first = found.isEmpty() ? 1 : found.constFirst().version;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (found.at(i).version != first + i) {
            qCCritical(lcDatabase) << "migrations are not numbered without gaps at" << found.at(i).resourcePath;
            return {};
        }
    }
    return found;
}

int SchemaMigrator::latestVersion() const
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

int SchemaMigrator::currentVersion() const
{
    QSqlQuery query(m_database);
    if (SqlDialect::isServer(m_database)) {
        // A new, empty database has no version table yet. Read from the catalogue with the
        // statement's own snapshot: to_regclass() may answer from the session's cache, which still
        // misses a table another client created while this one waited for the upgrade lock.
        const bool read = query.exec(u"SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = "
                                     "current_schema() AND tablename = 'linli_schema')"_s)
                && query.next();
        if (read && !query.value(0).toBool())
            return 0;
        if (!read || !query.exec(u"SELECT max(version) FROM linli_schema"_s) || !query.next()) {
            qCWarning(lcDatabase) << "cannot read the schema version:" << query.lastError().text();
            return -1;
        }
        return query.value(0).toInt();
    }
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        qCWarning(lcDatabase) << "cannot read user_version:" << query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool SchemaMigrator::migrate()
{
    m_errorString.clear();
    const QList<Migration> all = migrations();
    if (all.isEmpty()) {
        m_errorString = tr("This copy of Linli is incomplete: its database upgrade scripts are missing.");
        return false;
    }
    const int current = currentVersion();
    if (current < 0) {
        m_errorString = tr("The database version cannot be read.");
        return false;
    }
    const int latest = all.constLast().version;
    if (current > latest) {
        m_errorString = tr("The database was written by a newer version of Linli (schema %1; this version "
                           "knows up to %2).")
                                .arg(current)
                                .arg(latest);
        return false;
    }
    for (const Migration &migration : all) {
        if (migration.version <= current)
            continue;
        if (!apply(migration))
            return false;
    }
    return true;
}

bool SchemaMigrator::apply(const Migration &migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString
                = tr("This copy of Linli is incomplete: upgrade script %1 cannot be read.").arg(migration.version);
        return false;
    }
    const QStringList statements = SqlScript::statements(QString::fromUtf8(file.readAll()));
    const int before = currentVersion();

    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_errorString = tr("The database is busy or cannot be written; the upgrade was not started.");
        return false;
    }
    QSqlQuery query(m_database);
    if (SqlDialect::isServer(m_database)) {
        // Clients starting together upgrade one after the other; the later ones find it done.
        if (!query.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(linliApplicationId))) {
            m_errorString = tr("The database is busy or cannot be written; the upgrade was not started.");
            return false;
        }
        query.finish();
        if (currentVersion() >= migration.version)
            return transaction.commit();
    }
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            qCCritical(lcDatabase) << "migration" << migration.version << "failed:" << query.lastError().text() << "in"
                                   << statement.left(200);
            m_errorString = tr("Upgrading the database to version %1 failed; it was left at version %2.")
                                    .arg(migration.version)
                                    .arg(before);
            return false;
        }
    }
    if (!SqlDialect::isServer(m_database) && migration.version == 1
        && !query.exec(u"PRAGMA application_id = %1"_s.arg(linliApplicationId))) {
        m_errorString = tr("The database cannot be marked as a Linli database.");
        return false;
    }
    // PRAGMA does not take bound values; the version is our own integer, never user input.
    const QString recordVersion = SqlDialect::isServer(m_database) ? u"UPDATE linli_schema SET version = %1"_s
                                                                   : u"PRAGMA user_version = %1"_s;
    if (!query.exec(recordVersion.arg(migration.version))) {
        m_errorString = tr("The database version cannot be recorded.");
        return false;
    }
    query.finish();
    if (!transaction.commit()) {
        m_errorString = tr("Upgrading the database to version %1 could not be saved; it was left at "
                           "version %2.")
                                .arg(migration.version)
                                .arg(before);
        return false;
    }
    qCInfo(lcDatabase) << "applied migration" << migration.version << migration.name;
    return true;
}

} // namespace linli
