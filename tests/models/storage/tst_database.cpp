#include "database.h"
#include "schemamigrator.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsLatestSchema();
    void createsMissingFolder();
    void pragmasAreSetOnEveryConnection();
    void foreignKeysAreEnforced();
    void reopeningKeepsData();
    void auditLogIsAppendOnly();
    void blankSqliteFileBecomesLinli();
    void refusesWithoutTouchingTheFile_data();
    void refusesWithoutTouchingTheFile();
    void invalidLocation();
    void serverAddressesAreRead_data();
    void serverAddressesAreRead();
    void quickCheckFollowsItsSchedule();
    void aLogKeptByAnotherProgramIsNoSignOfACrash();
};

namespace {

// A Linli database with enough rows to span many pages, closed cleanly (WAL checkpointed).
QString makeFilledDatabase(const QTemporaryDir &dir)
{
    const QString path = dbPath(dir, u"filled.sqlite"_s);
    Database db;
    if (!db.open(DatabaseLocation::fromArgument(path)))
        return {};
    QSqlQuery query(db.connection());
    query.exec(u"BEGIN IMMEDIATE"_s);
    // Into a table that opening the file does not read, so that damage there is found by a check only.
    query.prepare(u"INSERT INTO grids (code, name) VALUES (?, ?)"_s);
    for (int i = 0; i < 3000; ++i) {
        query.addBindValue(u"G%1"_s.arg(i));
        query.addBindValue(QString(200, QChar(u'a' + i % 26)));
        query.exec();
    }
    query.exec(u"COMMIT"_s);
    query.finish();
    db.close();
    return path;
}

} // namespace

void TstDatabase::createsLatestSchema()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY2(db.open(DatabaseLocation::fromArgument(dbPath(dir))), qPrintable(db.errorString()));
    QCOMPARE(db.error(), Database::Error::None);
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar(db.connection(), u"PRAGMA application_id"_s), SchemaMigrator::applicationId());
    const QStringList tables = db.connection().tables();
    for (const auto &table : {u"residents"_s, u"households"_s, u"grids"_s, u"resident_tags"_s, u"service_categories"_s,
                              u"service_types"_s, u"service_records"_s, u"case_events"_s, u"visits"_s,
                              u"visit_series"_s, u"users"_s, u"staff"_s, u"audit_log"_s, u"settings"_s})
        QVERIFY2(tables.contains(table), qPrintable(table));
    // The schema only: the catalogue is DatabaseSetup's (tst_catalogueseeder).
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM service_types"_s), 0);
    QVERIFY(db.preUpgradeBackupPath().isEmpty());
}

void TstDatabase::createsMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nested/folder/linli.sqlite"_s);
    Database db;
    QVERIFY2(db.open(DatabaseLocation::fromArgument(path)), qPrintable(db.errorString()));
    QVERIFY(QFileInfo::exists(path));
}

void TstDatabase::pragmasAreSetOnEveryConnection()
{
    QTemporaryDir dir;
    for (int round = 0; round < 2; ++round) {
        Database db;
        QVERIFY2(db.open(DatabaseLocation::fromArgument(dbPath(dir))), qPrintable(db.errorString()));
        const QSqlDatabase c = db.connection();
        QCOMPARE(scalar(c, u"PRAGMA foreign_keys"_s), 1);
        QCOMPARE(scalar(c, u"PRAGMA synchronous"_s), 2);
        QCOMPARE(scalar(c, u"PRAGMA secure_delete"_s), 1);
        QCOMPARE(scalar(c, u"PRAGMA busy_timeout"_s), Database::busyTimeoutMs);
        QSqlQuery mode(c);
        QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
        QCOMPARE(mode.value(0).toString(), u"wal"_s);
    }
}

void TstDatabase::foreignKeysAreEnforced()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(DatabaseLocation::fromArgument(dbPath(dir))));
    QSqlQuery query(db.connection());
    query.prepare(u"INSERT INTO service_records (service_type_id, served_at, created_at) VALUES (?, ?, ?)"_s);
    query.addBindValue(999999);
    query.addBindValue(u"2024-01-01 09:00:00"_s);
    query.addBindValue(u"2024-01-01 09:00:00"_s);
    QVERIFY(!query.exec());
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM service_records"_s), 0);
}

void TstDatabase::reopeningKeepsData()
{
    QTemporaryDir dir;
    {
        Database db;
        QVERIFY(db.open(DatabaseLocation::fromArgument(dbPath(dir))));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"INSERT INTO grids (code, name) VALUES ('G01', '第一网格')"_s));
    }
    Database again;
    QVERIFY2(again.open(DatabaseLocation::fromArgument(dbPath(dir))), qPrintable(again.errorString()));
    QCOMPARE(scalar(again.connection(), u"SELECT count(*) FROM grids"_s), 1);
}

void TstDatabase::auditLogIsAppendOnly()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(DatabaseLocation::fromArgument(dbPath(dir))));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"INSERT INTO audit_log (at_utc, action) VALUES ('2024-01-01T00:00:00Z', 'LOGIN_OK')"_s));
    QVERIFY(!query.exec(u"UPDATE audit_log SET action = 'X'"_s));
    QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM audit_log WHERE action = 'LOGIN_OK'"_s), 1);
}

void TstDatabase::blankSqliteFileBecomesLinli()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir, u"blank.sqlite"_s);
    QVERIFY(execRaw(path, {u"PRAGMA user_version = 0"_s, u"VACUUM"_s}));
    Database db;
    QVERIFY2(db.open(DatabaseLocation::fromArgument(path)), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
}

void TstDatabase::refusesWithoutTouchingTheFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Database::Error>("expectedError");

    QTest::newRow("empty file") << u"empty"_s << Database::Error::EmptyFile;
    QTest::newRow("text file") << u"text"_s << Database::Error::NotLinli;
    QTest::newRow("foreign sqlite") << u"foreign"_s << Database::Error::NotLinli;
    QTest::newRow("newer schema") << u"newer"_s << Database::Error::NewerSchema;
    QTest::newRow("header overwritten") << u"header"_s << Database::Error::NotLinli;
    QTest::newRow("truncated") << u"truncated"_s << Database::Error::Damaged;
    QTest::newRow("corrupt page") << u"corrupt"_s << Database::Error::Damaged;
}

void TstDatabase::refusesWithoutTouchingTheFile()
{
    QFETCH(QString, kind);
    QFETCH(Database::Error, expectedError);

    QTemporaryDir dir;
    QString path = dbPath(dir, kind + u".sqlite"_s);
    if (kind == u"empty"_s) {
        writeFile(path, {});
    } else if (kind == u"text"_s) {
        writeFile(path, "name,phone\n张三,13800138000\n");
    } else if (kind == u"foreign"_s) {
        QVERIFY(execRaw(path,
                        {u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"_s,
                         u"INSERT INTO invoices (total) VALUES (12.5)"_s}));
    } else if (kind == u"newer"_s) {
        path = makeFilledDatabase(dir);
        QVERIFY(execRaw(path, {u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)}));
    } else if (kind == u"header"_s) {
        path = makeFilledDatabase(dir);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(16, '\x5a')); // "SQLite format 3\0" no more
        file.close();
    } else if (kind == u"truncated"_s) {
        path = makeFilledDatabase(dir);
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2 + 100));
    } else if (kind == u"corrupt"_s) {
        path = makeFilledDatabase(dir);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        const qint64 middlePage = file.size() / pageSize / 2;
        QVERIFY(file.seek(middlePage * pageSize));
        file.write(QByteArray(int(pageSize), '\x55'));
        file.close();
    }
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileDigest(path);
    const qint64 sizeBefore = QFileInfo(path).size();

    Database db;
    QVERIFY(!db.open(DatabaseLocation::fromArgument(path)));
    QCOMPARE(db.error(), expectedError);
    QVERIFY(!db.isOpen());
    QVERIFY2(db.errorString().contains(QFileInfo(path).fileName()), qPrintable(db.errorString()));
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(fileDigest(path), before);
}

void TstDatabase::invalidLocation()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(!db.open(DatabaseLocation::fromArgument(dir.path())));
    QCOMPARE(db.error(), Database::Error::InvalidLocation);
    QVERIFY(!db.errorString().isEmpty());
    QVERIFY(!db.open(DatabaseLocation::fromArgument(QString())));
    QCOMPARE(db.error(), Database::Error::InvalidLocation);
}

void TstDatabase::serverAddressesAreRead_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("shown");

    QTest::newRow("full") << u"postgresql://clerk@db.center.example:6543/linli"_s << true << u"db.center.example"_s
                          << 6543 << u"clerk"_s << u"linli"_s << u"postgresql://clerk@db.center.example:6543/linli"_s;
    QTest::newRow("default port, short scheme")
            << u" postgres://clerk@10.0.0.5/district "_s << true << u"10.0.0.5"_s << 5432 << u"clerk"_s << u"district"_s
            << u"postgresql://clerk@10.0.0.5:5432/district"_s;
    QTest::newRow("password never shown") << u"postgresql://clerk:s3cret@db/linli"_s << true << u"db"_s << 5432
                                          << u"clerk"_s << u"linli"_s << u"postgresql://clerk@db:5432/linli"_s;
    QTest::newRow("no database") << u"postgresql://clerk@db/"_s << false << QString() << 0 << QString() << QString()
                                 << QString();
    QTest::newRow("no host") << u"postgresql:///linli"_s << false << QString() << 0 << QString() << QString()
                             << QString();
    QTest::newRow("options") << u"postgresql://clerk@db/linli?sslmode=disable"_s << false << QString() << 0 << QString()
                             << QString() << QString();
}

void TstDatabase::serverAddressesAreRead()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    const DatabaseLocation location = DatabaseLocation::fromArgument(address);
    QCOMPARE(location.isValid(), valid);
    if (!valid) {
        QVERIFY(!location.errorString().isEmpty());
        QVERIFY(!location.errorString().contains(u"s3cret"_s));
        return;
    }
    QVERIFY(location.isServer());
    QTEST(location.host(), "host");
    QTEST(location.port(), "port");
    QTEST(location.userName(), "user");
    QTEST(location.databaseName(), "database");
    QTEST(location.displayName(), "shown");
}

void TstDatabase::quickCheckFollowsItsSchedule()
{
    QTemporaryDir dir;
    const QString path = makeFilledDatabase(dir);
    QVERIFY(!path.isEmpty());
    {
        // A small file is checked at every open, and the pass is recorded.
        Database db;
        QVERIFY(db.open(DatabaseLocation::fromArgument(path)));
        QVERIFY(db.ranQuickCheck());
    }
    // Damage a page of a file that counts as big: with a recent pass and a clean close, the
    // open does not read the whole file, so the damage is only found when a check is due.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() / 4096 / 2 * 4096));
    file.write(QByteArray(4096, '\x55'));
    file.close();
    {
        Database db;
        db.setQuickCheckAlwaysBelowBytes(0);
        QVERIFY2(db.open(DatabaseLocation::fromArgument(path)), qPrintable(db.errorString()));
        QVERIFY(!db.ranQuickCheck());
    }
    QVERIFY(execRaw(path, {u"UPDATE settings SET value = '2000-01-01' WHERE key = 'quick_check_passed_on'"_s}));
    const QByteArray before = fileDigest(path);
    Database db;
    db.setQuickCheckAlwaysBelowBytes(0);
    QVERIFY(!db.open(DatabaseLocation::fromArgument(path)));
    QCOMPARE(db.error(), Database::Error::Damaged);
    QCOMPARE(fileDigest(path), before);
}

void TstDatabase::aLogKeptByAnotherProgramIsNoSignOfACrash()
{
    QTemporaryDir dir;
    const QString path = makeFilledDatabase(dir);
    QVERIFY(!path.isEmpty());
    {
        Database db;
        QVERIFY(db.open(DatabaseLocation::fromArgument(path)));
    }
    // Another program reading the database, and staying open.
    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_s);
    QVERIFY2(!sqlite.isEmpty(), "the sqlite3 program is needed");
    QProcess other;
    other.start(sqlite, {path});
    QVERIFY(other.waitForStarted());
    other.write("SELECT count(*) FROM residents;\n");
    QVERIFY(other.waitForReadyRead(10000));
    QVERIFY(QFileInfo::exists(path + u"-wal"_s));
    {
        // Not a crash: no reading of the whole file (at a million residents, ten seconds at every start).
        Database db;
        db.setQuickCheckAlwaysBelowBytes(0);
        QVERIFY2(db.open(DatabaseLocation::fromArgument(path)), qPrintable(db.errorString()));
        QVERIFY(!db.ranQuickCheck());
    }
    // The other program dies without closing: its log is left behind, and that is checked.
    other.kill();
    QVERIFY(other.waitForFinished());
    QVERIFY(QFileInfo::exists(path + u"-wal"_s));
    Database db;
    db.setQuickCheckAlwaysBelowBytes(0);
    QVERIFY2(db.open(DatabaseLocation::fromArgument(path)), qPrintable(db.errorString()));
    QVERIFY(db.ranQuickCheck());
}

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
