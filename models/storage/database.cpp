#include "database.h"

#include "deferredindexes.h"
#include "logging.h"
#include "quickcheckschedule.h"
#include "writetransaction.h"
#include "schemamigrator.h"
#include "sqlitefileheader.h"
#include "sqlitefilesinuse.h"
#include "sqlitehandle.h"
#include "sqlitesharedmemory.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// RETURNING, UPSERT, window functions and VACUUM INTO are used; an old SQLite (for example one
// slipped in by an LD_PRELOADed SQLCipher) must not be used silently.
constexpr int minimumSqliteVersion = 3035000;

QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"linli-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QVariant pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + pragma) || !query.next()) {
        qCWarning(lcDatabase) << "PRAGMA" << pragma << "failed:" << query.lastError().text();
        return {};
    }
    return query.value(0);
}

// A SQLite file without a single schema object (left by an interrupted first start) holds nothing
// to protect, so it may become a Linli database.
bool isBlank(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT count(*) FROM sqlite_master"_s) && query.next() && query.value(0).toInt() == 0;
}

} // namespace

Database::Database()
    : m_connectionName(uniqueConnectionName())
    , m_quickCheckAlwaysBelowBytes(QuickCheckSchedule::defaultAlwaysBelowBytes)
{}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connection.isValid()) {
        m_connection.close();
        m_connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_fileClaim.reset();
}

int Database::latestSchemaVersion()
{
    return SchemaMigrator(QSqlDatabase()).latestVersion();
}

int Database::schemaVersion() const
{
    return SchemaMigrator(m_connection).currentVersion();
}

bool Database::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    return false;
}

bool Database::abandon(Error error, const QString &message)
{
    close();
    return fail(error, message);
}

bool Database::open(const DatabaseLocation &location, Mode mode)
{
    close();
    m_location = location;
    m_error = Error::None;
    m_errorString.clear();
    m_preUpgradeBackupPath.clear();
    m_quickCheckPassed = false;
    // Closing happens here, once every query and helper holding the connection has gone.
    const bool opened = openChecked(mode);
    if (!opened)
        close();
    return opened;
}

bool Database::openChecked(Mode mode)
{
    const DatabaseLocation &location = m_location;

    if (!location.isValid())
        return fail(Error::InvalidLocation, location.errorString());
    if (location.isServer())
        return openServer(mode);
    if (sqlite3_libversion_number() < minimumSqliteVersion) {
        return fail(Error::UnsafeSettings,
                    tr("This system's SQLite %1 is too old for Linli.").arg(QString::fromLatin1(sqlite3_libversion())));
    }

    const QString path = location.filePath();
    const bool exists = QFileInfo::exists(path);
    // Counted from before the first look at the file until close(): other connections of this
    // program then keep away from its files.
    bool walLeftBehind = false;
    m_fileClaim = SqliteFilesInUse::claim(path, [&] {
        // Seen before SQLite opens the file, since opening creates one. A log kept by another
        // program that has the database open now (a second window, a backup) is no sign of a crash;
        // when this program has it open, the log is its own.
        walLeftBehind = mode == Mode::Prepare && QFileInfo::exists(path + u"-wal"_s)
                && !SqliteSharedMemory::isOpenElsewhere(path);
    });
    if (mode == Mode::Attach) {
        if (!exists)
            return fail(Error::CannotOpen, tr("%1 no longer exists.").arg(location.displayName()));
    } else if (exists) {
        if (!inspectExistingFile(walLeftBehind))
            return false;
    } else if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(Error::CannotCreate, tr("Linli cannot create the folder for %1.").arg(location.displayName()));
    } else {
        // A new file has nothing to check; recording that spares it a write on its next opening.
        m_quickCheckPassed = true;
    }

    m_connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_connection.setDatabaseName(path);
    m_connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    if (!m_connection.open()) {
        qCWarning(lcDatabase) << "open failed:" << m_connection.lastError().text();
        return fail(exists ? Error::CannotOpen : Error::CannotCreate,
                    tr("Linli cannot open %1. Check that the folder exists and that you may write to it.")
                            .arg(location.displayName()));
    }
    if (!applyPragmas())
        return false;
    return prepareSchema(mode);
}

bool Database::openServer(Mode mode)
{
    const DatabaseLocation &location = m_location;
    m_connection = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    if (!m_connection.isValid()) {
        return fail(Error::CannotOpen,
                    tr("This installation of Linli cannot reach PostgreSQL servers: its "
                       "PostgreSQL driver is missing (Debian package libqt6sql6-psql)."));
    }
    m_connection.setHostName(location.host());
    m_connection.setPort(location.port());
    m_connection.setDatabaseName(location.databaseName());
    if (!location.userName().isEmpty())
        m_connection.setUserName(location.userName());
    // Without one, the client library looks in PGPASSWORD and ~/.pgpass.
    if (!location.password().isEmpty())
        m_connection.setPassword(location.password());
    m_connection.setConnectOptions(u"connect_timeout=%1;application_name=Linli"_s.arg(serverConnectTimeoutSeconds));
    if (!m_connection.open()) {
        const QString reason = m_connection.lastError().text();
        qCWarning(lcDatabase) << "server connection failed:" << reason;
        if (reason.contains(u"password"_s, Qt::CaseInsensitive)) {
            return fail(Error::PasswordRequired,
                        tr("The server %1 did not accept the password for %2.")
                                .arg(location.displayName(), location.userName()));
        }
        return fail(Error::CannotOpen,
                    tr("Linli cannot reach the database server %1. Check the address and "
                       "that the server is running.")
                            .arg(location.displayName()));
    }
    if (!applyServerSession()) {
        return fail(Error::UnsafeSettings,
                    tr("The server %1 refused Linli's session settings.").arg(location.displayName()));
    }
    if (mode == Mode::Prepare && !isLinliOrEmpty())
        return fail(Error::NotLinli,
                    tr("The database %1 holds tables of another program; Linli keeps its "
                       "data in a database of its own.")
                            .arg(location.displayName()));
    return prepareSchema(mode);
}

bool Database::applyServerSession()
{
    // Errors carry their SQLSTATE in the text too, where StorageError::lastOn() finds it.
    if (PGconn *server = serverHandle(m_connection))
        PQsetErrorVerbosity(server, PQERRORS_VERBOSE);
    // A statement that waits on another clerk's row gives up rather than hangs.
    QSqlQuery session(m_connection);
    if (!session.exec(u"SET lock_timeout = '%1ms'"_s.arg(busyTimeoutMs))) {
        qCWarning(lcDatabase) << "session setting failed:" << session.lastError().text();
        return false;
    }
    return true;
}

bool Database::isLost() const
{
    if (!m_location.isServer() || !m_connection.isValid())
        return false;
    // Closed here: an earlier attempt to connect again failed.
    PGconn *server = serverHandle(m_connection);
    if (!server)
        return true;
    // Between statements, reading what already arrived finds a server's goodbye (it ended the
    // session) without asking it anything.
    // The goodbye and the closing come apart: a read returns once it has the first, so a second
    // one meets the end of the connection.
    if (PQtransactionStatus(server) == PQTRANS_IDLE && PQconsumeInput(server))
        PQconsumeInput(server);
    return PQstatus(server) == CONNECTION_BAD;
}

bool Database::reconnectIfLost()
{
    if (!isLost())
        return true;
    m_connection.close();
    if (!m_connection.open()) {
        qCWarning(lcDatabase) << "connecting again failed:" << m_connection.lastError().text();
        return false;
    }
    if (!applyServerSession()) {
        m_connection.close();
        return false;
    }
    qCInfo(lcDatabase) << "connected again to" << m_location.displayName();
    return true;
}

bool Database::isLinliOrEmpty() const
{
    QSqlQuery query(m_connection);
    return query.exec(u"SELECT to_regclass('linli_schema') IS NOT NULL OR NOT EXISTS "
                      "(SELECT 1 FROM pg_tables WHERE schemaname = current_schema())"_s)
            && query.next() && query.value(0).toBool();
}

bool Database::prepareSchema(Mode mode)
{
    const DatabaseLocation &location = m_location;
    SchemaMigrator migrator(m_connection);
    const int current = migrator.currentVersion();
    if (mode == Mode::Attach) {
        if (current != migrator.latestVersion())
            return fail(Error::NewerSchema,
                        tr("%1 was changed by another version of Linli while open.").arg(location.displayName()));
        return true;
    }
    if (current > 0 && current < migrator.latestVersion() && !location.isServer() && !backUpBeforeUpgrade())
        return false;
    if (!migrator.migrate()) {
        return fail(Error::UpgradeFailed,
                    tr("%1: %2 The file was left as it was.").arg(location.displayName(), migrator.errorString()));
    }
    if (!location.isServer() && DeferredIndexes::hasPending(m_connection)) {
        // A bulk load died before it could rebuild its indexes.
        DeferredIndexes indexes(m_connection);
        if (!indexes.restore()) {
            qCCritical(lcDatabase) << "rebuilding indexes failed:" << indexes.lastDriverError();
            return fail(Error::UpgradeFailed,
                        tr("%1: the search indexes could not be rebuilt.").arg(location.displayName()));
        }
    }
    if (m_quickCheckPassed)
        recordQuickCheck();
    return true;
}

bool Database::inspectExistingFile(bool walLeftBehind)
{
    const QString name = m_location.displayName();
    const QString untouched = tr("Linli did not change the file.");
    const bool walPresent = QFileInfo::exists(m_location.filePath() + u"-wal"_s);
    switch (SqliteFileHeader::read(m_location.filePath()).verdict()) {
    case SqliteFileHeader::Verdict::Missing:
    case SqliteFileHeader::Verdict::Plausible:
        break;
    case SqliteFileHeader::Verdict::Unreadable:
        return fail(Error::CannotOpen, tr("Linli may not read %1.").arg(name));
    case SqliteFileHeader::Verdict::Empty:
        return fail(Error::EmptyFile, tr("%1 is an empty file, not a Linli database. %2").arg(name, untouched));
    case SqliteFileHeader::Verdict::NotSqlite:
        return fail(Error::NotLinli, tr("%1 is not a Linli database. %2").arg(name, untouched));
    case SqliteFileHeader::Verdict::Truncated:
        // A program stopped in the middle of copying its log into the file leaves the header
        // ahead of the pages; the log still holds them, and SQLite's own check below decides.
        if (walPresent)
            break;
        return fail(Error::Damaged,
                    tr("%1 is incomplete (the file was cut short). Restore it from a backup. %2").arg(name, untouched));
    }

    // Read-only inspection by SQLite itself: it sees committed pages still in the WAL file.
    const QString inspectionName = m_connectionName + u"-inspect"_s;
    bool ok = false;
    {
        QSqlDatabase inspection = QSqlDatabase::addDatabase(u"QSQLITE"_s, inspectionName);
        inspection.setDatabaseName(m_location.filePath());
        inspection.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
        if (!inspection.open()) {
            qCWarning(lcDatabase) << "read-only open failed:" << inspection.lastError().text();
            fail(Error::CannotOpen, tr("Linli cannot read %1.").arg(name));
        } else {
            const QVariant applicationId = pragmaValue(inspection, u"application_id"_s);
            const QVariant userVersion = pragmaValue(inspection, u"user_version"_s);
            const bool blank = applicationId.toInt() == 0 && userVersion.toInt() == 0 && isBlank(inspection);
            if (!blank && (!applicationId.isValid() || applicationId.toInt() != SchemaMigrator::applicationId())) {
                fail(Error::NotLinli, tr("%1 is not a Linli database. %2").arg(name, untouched));
            } else if (userVersion.toInt() > latestSchemaVersion()) {
                fail(Error::NewerSchema,
                     tr("%1 was written by a newer version of Linli (database version %2; this program knows "
                        "up to %3). Install the newer Linli to open it. %4")
                             .arg(name)
                             .arg(userVersion.toInt())
                             .arg(latestSchemaVersion())
                             .arg(untouched));
            } else if (!quickCheckPasses(inspection, walLeftBehind)) {
                fail(Error::Damaged, tr("%1 is damaged. Restore it from a backup. %2").arg(name, untouched));
            } else {
                ok = true;
            }
            inspection.close();
        }
    }
    QSqlDatabase::removeDatabase(inspectionName);
    return ok;
}

bool Database::quickCheckPasses(const QSqlDatabase &inspection, bool walLeftBehind)
{
    std::optional<QDate> lastPassed;
    QSqlQuery query(inspection);
    query.prepare(u"SELECT value FROM settings WHERE key = :key"_s);
    query.bindValue(u":key"_s, QuickCheckSchedule::settingsKey());
    if (query.exec() && query.next())
        lastPassed = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    query.finish();
    if (!QuickCheckSchedule::isDue(QFileInfo(m_location.filePath()).size(), walLeftBehind, lastPassed,
                                   QDate::currentDate(), m_quickCheckAlwaysBelowBytes))
        return true;
    const QVariant check = pragmaValue(inspection, u"quick_check"_s);
    if (check.toString() != u"ok"_s) {
        qCCritical(lcDatabase) << "quick_check:" << check.toString();
        return false;
    }
    m_quickCheckPassed = true;
    return true;
}

void Database::recordQuickCheck()
{
    WriteTransaction transaction(m_connection);
    QSqlQuery query(m_connection);
    // Unchanged on a second opening the same day: opening a database to read it leaves it as it was.
    query.prepare(u"INSERT INTO settings (key, value) VALUES (:key, :value) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value <> excluded.value"_s);
    query.bindValue(u":key"_s, QuickCheckSchedule::settingsKey());
    query.bindValue(u":value"_s, QDate::currentDate().toString(Qt::ISODate));
    if (!transaction.isActive() || !query.exec() || !transaction.commit())
        qCWarning(lcDatabase) << "cannot record the quick check:" << query.lastError().text();
}

bool Database::applyPragmas()
{
    struct Setting
    {
        QString statement;
        QString pragma;
        QVariant expected;
    };
    // Set every one explicitly: builds of SQLite differ in their defaults.
    const Setting settings[] = {
            {u"PRAGMA foreign_keys = ON"_s, u"foreign_keys"_s, 1},
            {u"PRAGMA journal_mode = WAL"_s, u"journal_mode"_s, u"wal"_s},
            {u"PRAGMA synchronous = FULL"_s, u"synchronous"_s, 2},
            {u"PRAGMA secure_delete = ON"_s, u"secure_delete"_s, 1},
            {u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs), u"busy_timeout"_s, busyTimeoutMs},
            // SQLite's default cache (2 MB) is smaller than what two orders of the resident list touch
            // (200 rows of a page lie on up to 200 pages of the file): every header click would read
            // them from the file again. Grown only as pages are read.
            {u"PRAGMA cache_size = %1"_s.arg(-pageCacheKiB), u"cache_size"_s, -pageCacheKiB},
    };
    QSqlQuery query(m_connection);
    for (const Setting &setting : settings) {
        if (!query.exec(setting.statement))
            qCWarning(lcDatabase) << setting.statement << "failed:" << query.lastError().text();
        query.finish();
        const QVariant actual = pragmaValue(m_connection, setting.pragma);
        if (actual.toString() != setting.expected.toString()) {
            qCCritical(lcDatabase) << "pragma" << setting.pragma << "is" << actual << "expected" << setting.expected;
            return fail(Error::UnsafeSettings,
                        tr("%1 cannot be used safely here (setting %2 refused). A database on a network "
                           "share is not supported; keep it on a local disk.")
                                .arg(m_location.displayName(), setting.pragma));
        }
    }
    return true;
}

bool Database::backUpBeforeUpgrade()
{
    const QFileInfo info(m_location.filePath());
    const QString backupPath
            = info.dir().filePath(u"%1.before-v%2-%3.sqlite"_s.arg(info.completeBaseName())
                                          .arg(latestSchemaVersion())
                                          .arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s)));
    QSqlQuery query(m_connection);
    query.prepare(u"VACUUM INTO :path"_s);
    query.bindValue(u":path"_s, backupPath);
    if (!query.exec()) {
        qCCritical(lcDatabase) << "pre-upgrade backup failed:" << query.lastError().text();
        return fail(Error::UpgradeFailed,
                    tr("Linli could not make a backup of %1 before upgrading it, so it did not upgrade. The "
                       "file was left as it was.")
                            .arg(m_location.displayName()));
    }
    m_preUpgradeBackupPath = backupPath;
    qCInfo(lcDatabase) << "backup before upgrade:" << backupPath;
    return true;
}

} // namespace linli
