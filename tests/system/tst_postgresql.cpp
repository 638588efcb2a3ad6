// Linli on a PostgreSQL server: the schema built there, the counts its triggers keep (compared with
// SQLite's for the same writes), and what a clerk is told when the server is not there. Runs
// against the private server the test command starts; fails when there is none.

#include "database.h"
#include "databasechecker.h"
#include "connectionkeeper.h"
#include "worker.h"
#include "databasecopier.h"
#include "residentstore.h"
#include "userstore.h"
#include "residentwriter.h"
#include "storageerror.h"
#include "writetransaction.h"
#include "schemamigrator.h"
#include "servercopystream.h"
#include "serverdatabase.h"
#include "testsupport.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstPostgreSql : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aNewDatabaseGetsTheSchemaSqliteHas();
    void openingAgainChangesNothing();
    void theCheckComparesTheServersSchemaWithTheMigrations();
    void clientsStartingTogetherBuildItOnce();
    void derivedCountsFollowWritesAsOnSqlite();
    void givenIdsAreNotTakenAgain();
    void anotherProgramsDatabaseIsRefused();
    void anUnreachableServerIsSaidPlainly();
    void aLockHeldTooLongAndALostConnectionAreToldApart();
    void twoDesksWritingWithIdsOfTheirOwnTakeTurns();
    void migrateCopiesACenterToTheServerAndBack();
    void aCopyStreamCarriesEveryValueAsItIs();
    void theCommandLineTakesAServerPasswordFromTheEnvironment();
    void aLostConnectionIsConnectedAgainAndItsTransactionLeftNothing();
    void theKeeperConnectsAgainOnceTheServerTakesConnections();
    void aWorkerConnectsAgainForItsNextRequest();
    void aRowTheServerRefusesEndsTheCopyAndTheConnectionGoesOn();
    void aCopyThatFailsHalfwayLeavesTheServerAsItWas();
};

namespace {

QSet<QString> namesOf(const QSqlDatabase &db, const QString &sql)
{
    QSet<QString> names;
    QSqlQuery query(db);
    if (!query.exec(sql))
        qWarning() << query.lastError().text();
    while (query.next())
        names.insert(query.value(0).toString());
    return names;
}

// Table and column names, "table.column".
QSet<QString> sqliteColumns(const QSqlDatabase &db)
{
    return namesOf(db,
                   u"SELECT m.name || '.' || c.name FROM sqlite_master m, pragma_table_info(m.name) c "
                   "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'name_positions'"_s);
}

QSet<QString> serverColumns(const QSqlDatabase &db)
{
    return namesOf(db,
                   u"SELECT table_name || '.' || column_name FROM information_schema.columns "
                   "WHERE table_schema = current_schema() AND table_name <> 'linli_schema'"_s);
}

// Every row of a table (and condition), in a stable order, as text.
QStringList rowsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT * FROM "_s + table)) {
        rows.append(u"cannot read: "_s + query.lastError().text());
        return rows;
    }
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.isNull(i) ? u"NULL"_s : query.value(i).toString());
        rows.append(values.join(u'|'));
    }
    rows.sort();
    return rows;
}

// Writes in the shape the stores make them: registrations, services, cases taken to their end,
// visits, and then the corrections that move counts between months, grids and groups.
const QStringList writes = {
        u"INSERT INTO grids (id, code, name) VALUES (1, 'G1', '一网格'), (2, 'G2', '二网格')"_s,
        u"INSERT INTO residents (id, name, name_pinyin, gender, birth_date, grid_id, registered_at, updated_at) VALUES "
        "(1, '王秀英', 'wang xiu ying', 'F', '1940-03-01', 1, '2025-01-05 09:00:00', ''), "
        "(2, '张伟', 'zhang wei', 'M', '1966-11-15', 1, '2025-02-01 10:00:00', ''), "
        "(3, '李芳', 'li fang', 'F', '1990-06-30', 2, '2026-09-01 08:00:00', '')"_s,
        u"INSERT INTO resident_tags (resident_id, tag) VALUES (1, 'living_alone'), (1, 'key_care'), (2, 'disabled')"_s,
        u"INSERT INTO service_records (id, resident_id, service_type_id, served_at, created_at, case_status, due_date) "
        "VALUES (1, 1, (SELECT min(id) FROM service_types WHERE opens_case = 1), '2026-09-03 10:00', '', 'received', "
        "'2026-09-17'), "
        "(2, 1, 1, '2026-09-20 10:00', '', NULL, NULL), (3, 2, 2, '2026-10-01 11:00', '', NULL, NULL), "
        "(4, NULL, 3, '2026-10-02 11:00', '', NULL, NULL), "
        "(5, 3, (SELECT min(id) FROM service_types WHERE opens_case = 1), '2026-10-09 15:00', '', 'in_progress', '2026-10-23')"_s,
        u"INSERT INTO visits (id, resident_id, kind, starts_at, status) VALUES (1, 1, 'home_visit', '2026-10-05 "
        u"09:00', "
        "'planned'), (2, 2, 'rehab_home', '2026-10-06 09:00', 'done'), (3, 3, 'phone_check', '2026-11-01 09:00', 'planned')"_s,
        u"UPDATE service_records SET case_status = 'closed', resolved_date = '2026-09-15', satisfaction = 4 WHERE id = 1"_s,
        u"UPDATE service_records SET case_status = 'closed', resolved_date = '2026-11-02', satisfaction = 2 WHERE id = 5"_s,
        u"UPDATE residents SET grid_id = 2 WHERE id = 1"_s,
        u"UPDATE residents SET birth_date = '1956-01-01' WHERE id = 2"_s,
        u"UPDATE residents SET registered_at = '2026-10-15 09:00:00' WHERE id = 2"_s,
        u"UPDATE visits SET status = 'done' WHERE id = 1"_s,
        u"UPDATE service_records SET served_at = '2026-11-03 10:00' WHERE id = 2"_s,
        u"DELETE FROM service_records WHERE id = 3"_s,
        u"INSERT INTO resident_tags (resident_id, tag) VALUES (3, 'low_income')"_s,
        u"DELETE FROM resident_tags WHERE resident_id = 1 AND tag = 'key_care'"_s,
        u"UPDATE residents SET name = '李芳芳', name_pinyin = 'li fang fang' WHERE id = 3"_s,
        u"DELETE FROM visits WHERE id = 3"_s,
        u"UPDATE residents SET grid_id = 1 WHERE id = 3"_s,
};

const QStringList derivedTables = {u"service_month_counts"_s, u"service_month_totals"_s,      u"resident_months"_s,
                                   u"served_month_counts"_s,  u"visit_month_counts"_s,        u"visit_month_totals"_s,
                                   u"case_month_counts"_s,    u"registration_month_counts"_s, u"resident_name_grams"_s};

bool runAll(const QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            qWarning() << statement << query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

void TstPostgreSql::initTestCase()
{
    QVERIFY2(!ServerDatabase::serverAddress().isEmpty(),
             "LINLI_TEST_POSTGRESQL is not set: run the tests with tools/test.sh, which starts a private "
             "PostgreSQL server for them.");
    ServerDatabase probe;
    QVERIFY2(probe.isValid(), qPrintable(u"The test server cannot be used: "_s + probe.errorString()));
}

void TstPostgreSql::aNewDatabaseGetsTheSchemaSqliteHas()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    Database db;
    QVERIFY2(DatabaseSetup::open(db, server.location()), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(SchemaMigrator(db.connection()).latestVersion(), Database::latestSchemaVersion());

    QTemporaryDir dir;
    Database file;
    QVERIFY(DatabaseSetup::open(file, DatabaseLocation::fromArgument(dbPath(dir))));
    QCOMPARE(serverColumns(db.connection()), sqliteColumns(file.connection()));
    // Both catalogues seeded alike.
    QCOMPARE(rowsOf(db.connection(), u"service_types"_s), rowsOf(file.connection(), u"service_types"_s));
    QCOMPARE(rowsOf(db.connection(), u"calendar_days"_s), rowsOf(file.connection(), u"calendar_days"_s));
    // The settings but for SQLite's record of its file check.
    const QString settings = u"settings WHERE key <> 'quick_check_passed_on'"_s;
    QCOMPARE(rowsOf(db.connection(), settings), rowsOf(file.connection(), settings));
}

void TstPostgreSql::openingAgainChangesNothing()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    {
        Database db;
        QVERIFY2(DatabaseSetup::open(db, server.location()), qPrintable(db.errorString()));
    }
    Database again;
    QVERIFY2(DatabaseSetup::open(again, server.location()), qPrintable(again.errorString()));
    QCOMPARE(scalar(again.connection(), u"SELECT count(*) FROM service_types"_s), 63);
    QCOMPARE(scalar(again.connection(), u"SELECT count(*) FROM linli_schema"_s), 1);
    Database worker;
    QVERIFY2(worker.open(server.location(), Database::Mode::Attach), qPrintable(worker.errorString()));
}

void TstPostgreSql::theCheckComparesTheServersSchemaWithTheMigrations()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    Database db;
    QVERIFY2(DatabaseSetup::open(db, server.location()), qPrintable(db.errorString()));
    const DatabaseChecker::Report clean = DatabaseChecker(db.connection()).run(DatabaseChecker::Depth::Quick);
    QVERIFY2(clean.ok, qPrintable(clean.problems.join(u"; "_s)));
    // The scratch schema it was compared with is gone.
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'linli_expected%'"_s), 0);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"DROP INDEX residents_pinyin"_s));
    QVERIFY(query.exec(u"ALTER TABLE residents ADD COLUMN nickname TEXT"_s));
    QVERIFY(query.exec(u"ALTER TABLE visits ALTER COLUMN notes DROP NOT NULL"_s));
    QVERIFY(query.exec(u"DROP TRIGGER grids_follow_ids ON grids"_s));
    const DatabaseChecker::Report tampered = DatabaseChecker(db.connection()).run(DatabaseChecker::Depth::Quick);
    QVERIFY(!tampered.ok);
    const QString problems = tampered.problems.join(u"\n"_s);
    QVERIFY2(problems.contains(u"index residents_pinyin"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"column residents.nickname"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"column visits.notes"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"trigger grids.grids_follow_ids"_s), qPrintable(problems));
}

void TstPostgreSql::clientsStartingTogetherBuildItOnce()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    const int clients = 4;
    std::vector<int> opened(clients, 0);
    std::vector<QString> errors(clients);
    std::vector<std::thread> threads;
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back([&, i] {
            Database db;
            opened[i] = DatabaseSetup::open(db, server.location()) ? 1 : 0;
            errors[i] = db.errorString();
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int i = 0; i < clients; ++i)
        QVERIFY2(opened[i], qPrintable(errors[i]));
    Database db;
    QVERIFY(DatabaseSetup::open(db, server.location()));
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM service_types"_s), 63);
    QCOMPARE(scalar(db.connection(), u"SELECT max(version) FROM linli_schema"_s), Database::latestSchemaVersion());
}

void TstPostgreSql::derivedCountsFollowWritesAsOnSqlite()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    Database db;
    QVERIFY2(DatabaseSetup::open(db, server.location()), qPrintable(db.errorString()));
    QTemporaryDir dir;
    Database file;
    QVERIFY(DatabaseSetup::open(file, DatabaseLocation::fromArgument(dbPath(dir))));

    // After the first writes, and after the corrections.
    for (const QStringList &step : {writes.mid(0, 5), writes.mid(5)}) {
        QVERIFY(runAll(db.connection(), step));
        QVERIFY(runAll(file.connection(), step));
        for (const QString &table : derivedTables) {
            const QStringList onServer = rowsOf(db.connection(), table);
            QVERIFY2(!onServer.isEmpty(), qPrintable(table));
            QCOMPARE(onServer, rowsOf(file.connection(), table));
        }
    }
}

void TstPostgreSql::givenIdsAreNotTakenAgain()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    Database db;
    QVERIFY2(DatabaseSetup::open(db, server.location()), qPrintable(db.errorString()));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (10, 'G10', '十网格')"_s));
    QVERIFY2(query.exec(u"INSERT INTO grids (code, name) VALUES ('G11', '十一网格') RETURNING id"_s),
             qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 11);
}

void TstPostgreSql::aLockHeldTooLongAndALostConnectionAreToldApart()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    Database desk;
    Database other;
    QVERIFY(DatabaseSetup::open(desk, server.location()));
    QVERIFY(DatabaseSetup::open(other, server.location()));
    WriteTransaction holding(other.connection());
    QVERIFY(QSqlQuery(other.connection()).exec(u"LOCK TABLE grids IN EXCLUSIVE MODE"_s));
    {
        WriteTransaction waiting(desk.connection());
        QSqlQuery insert(desk.connection());
        QVERIFY(!insert.exec(u"INSERT INTO grids (code, name) VALUES ('G9', '九网格')"_s));
        QCOMPARE(StorageError::kindOf(insert.lastError()), StorageError::Kind::Busy);
        QCOMPARE(StorageError::lastOn(desk.connection()), StorageError::Kind::Busy);
    }
    holding.rollback();

    // The server ends the desk's session, as when it restarts or the network drops.
    QSqlQuery pid(desk.connection());
    QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
    QVERIFY(QSqlQuery(other.connection()).exec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid.value(0).toLongLong())));
    QSqlQuery afterwards(desk.connection());
    QVERIFY(!afterwards.exec(u"SELECT 1"_s));
    QCOMPARE(StorageError::kindOf(afterwards.lastError()), StorageError::Kind::Disconnected);
    QVERIFY(!StorageError::explain(StorageError::Kind::Disconnected).isEmpty());
}

void TstPostgreSql::twoDesksWritingWithIdsOfTheirOwnTakeTurns()
{
    // A writer numbers its rows after the largest id; the second desk waits for the first to
    // commit instead of taking the same ids.
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    Database first;
    Database second;
    QVERIFY(DatabaseSetup::open(first, server.location()));
    QVERIFY(DatabaseSetup::open(second, server.location()));
    QVERIFY(QSqlQuery(first.connection()).exec(u"INSERT INTO grids (id, code, name) VALUES (1, 'G1', '一网格')"_s));
    ResidentDraft draft;
    draft.name = u"李敏"_s;
    draft.gender = u"F"_s;
    draft.birthDate = QDate(1950, 1, 1);
    draft.gridId = 1;
    auto firstTransaction = std::make_unique<WriteTransaction>(first.connection());
    ResidentWriter firstWriter(first.connection());
    QVERIFY(firstWriter.insert(draft) > 0);
    QVERIFY(firstWriter.finish());
    std::atomic_bool secondDone = false;
    qint64 secondId = 0;
    std::thread secondDesk([&] {
        Database db;
        if (!DatabaseSetup::open(db, server.location()))
            return;
        WriteTransaction transaction(db.connection());
        ResidentWriter writer(db.connection());
        draft.name = u"张伟"_s;
        secondId = writer.insert(draft);
        if (secondId > 0 && writer.finish())
            transaction.commit();
        secondDone = true;
    });
    QTest::qWait(300);
    QVERIFY(!secondDone.load()); // waiting for the first desk
    QVERIFY(firstTransaction->commit());
    secondDesk.join();
    QVERIFY(secondDone.load());
    QCOMPARE(secondId, 2);
    QCOMPARE(scalar(first.connection(), u"SELECT count(*) FROM residents"_s), 2);
}

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runLinli(const QStringList &arguments,
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice()); // a script: nobody at a terminal
    process.start(qEnvironmentVariable("LINLI_EXECUTABLE"), arguments);
    Run run;
    if (!process.waitForFinished(300000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QList<DatabaseCopier::TableDigest> digestsOf(const DatabaseLocation &location)
{
    Database database;
    QList<DatabaseCopier::TableDigest> digests;
    if (!database.open(location, Database::Mode::Attach))
        return digests;
    for (const QString &table : DatabaseCopier::copiedTables()) {
        if (const auto digest = DatabaseCopier::digest(database.connection(), table))
            digests.append(*digest);
    }
    return digests;
}

} // namespace

void TstPostgreSql::migrateCopiesACenterToTheServerAndBack()
{
    // A small center: demo data, an account, audited registrations and an edit.
    QTemporaryDir dir;
    const QString original = dir.filePath(u"center.sqlite"_s);
    Run run = runLinli({u"--db"_s, original, u"demo"_s, u"--residents"_s, u"300"_s, u"--services"_s, u"3000"_s,
                        u"--visits"_s, u"200"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    {
        Database center;
        QVERIFY(DatabaseSetup::open(center, DatabaseLocation::fromArgument(original)));
        QVERIFY(UserStore(center.connection())
                        .add(u"admin"_s, u"管理员"_s, Role::Admin, u"correct horse battery"_s)
                        .isDone());
        ResidentStore residents(center.connection());
        ResidentDraft draft;
        draft.name = u"阿依古丽·买买提"_s;
        draft.gender = u"F"_s;
        draft.birthDate = QDate(1948, 3, 1);
        draft.gridId = 1;
        draft.notes = u"独居\t子女在外地\n电话 C:\\备注"_s; // what COPY's text format must escape
        const qint64 id = residents.create(draft).valueOr(0);
        QVERIFY(id > 0);
        draft.room = u"302"_s;
        QVERIFY(residents.update(id, residents.load(id)->version, draft).isDone());
    }
    const QList<DatabaseCopier::TableDigest> before = digestsOf(DatabaseLocation::fromArgument(original));
    QCOMPARE(before.size(), DatabaseCopier::copiedTables().size());
    QVERIFY(before.last().table == u"audit_log"_s && before.last().rows >= 3); // the chain travels too

    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    QString address = ServerDatabase::serverAddress();
    address.truncate(address.lastIndexOf(u'/') + 1);
    address += server.location().databaseName();
    run = runLinli({u"--db"_s, original, u"migrate"_s, u"--to"_s, address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"verified"_s));
    QCOMPARE(digestsOf(server.location()), before);

    // Never into a database that already holds a center, nor over a file.
    run = runLinli({u"--db"_s, original, u"migrate"_s, u"--to"_s, address});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"already holds records"_s), qPrintable(run.err));
    QCOMPARE(digestsOf(server.location()), before);
    run = runLinli({u"--db"_s, address, u"migrate"_s, u"--to"_s, original});
    QCOMPARE(run.exitCode, 1);

    const QString back = dir.filePath(u"back.sqlite"_s);
    run = runLinli({u"--db"_s, address, u"migrate"_s, u"--to"_s, back});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(digestsOf(DatabaseLocation::fromArgument(back)), before);
    run = runLinli({u"--db"_s, back, u"check"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
}

void TstPostgreSql::anotherProgramsDatabaseIsRefused()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QPSQL"_s, u"other"_s);
        other.setHostName(server.location().host());
        other.setPort(server.location().port());
        other.setUserName(server.location().userName());
        other.setDatabaseName(server.location().databaseName());
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(u"CREATE TABLE invoices (id integer)"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    Database db;
    QVERIFY(!DatabaseSetup::open(db, server.location()));
    QCOMPARE(db.error(), Database::Error::NotLinli);
    QVERIFY(db.errorString().contains(server.location().displayName()));
}

void TstPostgreSql::anUnreachableServerIsSaidPlainly()
{
    // Nothing listens on port 1.
    Database db;
    QVERIFY(!DatabaseSetup::open(db, DatabaseLocation::fromArgument(u"postgresql://linli@127.0.0.1:1/linli"_s)));
    QCOMPARE(db.error(), Database::Error::CannotOpen);
    QVERIFY2(db.errorString().contains(u"postgresql://linli@127.0.0.1:1/linli"_s), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
}

void TstPostgreSql::aCopyStreamCarriesEveryValueAsItIs()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    Database db;
    QVERIFY2(DatabaseSetup::open(db, server.location()), qPrintable(db.errorString()));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"CREATE TABLE copied (id BIGINT PRIMARY KEY, note TEXT, amount DOUBLE PRECISION, day DATE)"_s));
    const QList<QVariantList> rows = {
            {1, u"王秀英"_s, 1.5, u"2026-11-24"_s},
            {2, u""_s, QVariant(), QVariant()}, // empty text is not NULL
            {3, QVariant(), 0.1, QDate(1948, 3, 1)},
            {4, u"tab\there\nnew line\r\\N back\\slash \\"_s, -2e-7, u"1900-01-01"_s},
    };
    {
        WriteTransaction transaction(db.connection());
        ServerCopyStream stream(db.connection(), u"copied"_s, {u"id"_s, u"note"_s, u"amount"_s, u"day"_s});
        QVERIFY2(stream.isOpen(), qPrintable(stream.lastError()));
        for (const QVariantList &row : rows) {
            for (const QVariant &value : row)
                stream.add(value);
            QVERIFY(stream.endRow());
        }
        QVERIFY2(stream.finish(), qPrintable(stream.lastError()));
        QVERIFY(transaction.commit());
    }
    QVERIFY(query.exec(u"SELECT id, note, amount, day FROM copied ORDER BY id"_s));
    for (const QVariantList &row : rows) {
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), row[0].toInt());
        QCOMPARE(query.isNull(1), row[1].isNull());
        QCOMPARE(query.value(1).toString(), row[1].toString());
        QCOMPARE(query.isNull(2), row[2].isNull());
        QCOMPARE(query.value(2).toDouble(), row[2].toDouble());
        QCOMPARE(query.isNull(3), row[3].isNull());
        QCOMPARE(query.value(3).toDate(), row[3].toDate());
    }
    QVERIFY(!query.next());
}

void TstPostgreSql::aRowTheServerRefusesEndsTheCopyAndTheConnectionGoesOn()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    Database db;
    QVERIFY2(DatabaseSetup::open(db, server.location()), qPrintable(db.errorString()));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"CREATE TABLE copied (id BIGINT PRIMARY KEY, day DATE)"_s));
    {
        WriteTransaction transaction(db.connection());
        ServerCopyStream stream(db.connection(), u"copied"_s, {u"id"_s, u"day"_s});
        QVERIFY(stream.isOpen());
        for (const QVariantList &row : QList<QVariantList>{{1, u"2026-11-24"_s}, {2, u"the day after"_s}}) {
            stream.add(row[0]);
            stream.add(row[1]);
            QVERIFY(stream.endRow()); // gathered, not yet sent
        }
        QVERIFY(!stream.finish());
        QVERIFY2(stream.lastError().contains(u"the day after"_s), qPrintable(stream.lastError()));
    }
    // Nothing of it stays, and the connection serves the next statement.
    QVERIFY2(query.exec(u"SELECT count(*) FROM copied"_s), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    // Abandoned without finish(): the transaction fails as a whole.
    {
        WriteTransaction transaction(db.connection());
        {
            ServerCopyStream stream(db.connection(), u"copied"_s, {u"id"_s, u"day"_s});
            stream.add(3);
            stream.add(u"2026-11-25"_s);
            QVERIFY(stream.endRow());
        }
        QVERIFY(!transaction.commit());
    }
    QVERIFY(query.exec(u"SELECT count(*) FROM copied"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    ServerCopyStream intoNothing(db.connection(), u"no_such_table"_s, {u"id"_s});
    QVERIFY(!intoNothing.isOpen());
    QVERIFY2(intoNothing.lastError().contains(u"no_such_table"_s), qPrintable(intoNothing.lastError()));
    QVERIFY(query.exec(u"SELECT 1"_s));
}

void TstPostgreSql::aCopyThatFailsHalfwayLeavesTheServerAsItWas()
{
    // A center whose file holds a resident of a grid that is not there (written with SQLite's
    // foreign keys off): the server refuses that row in the middle of the copy.
    QTemporaryDir dir;
    Database center;
    QVERIFY(DatabaseSetup::open(center, DatabaseLocation::fromArgument(dbPath(dir))));
    QVERIFY(runAll(center.connection(),
                   {writes[0], writes[1], u"PRAGMA foreign_keys = OFF"_s,
                    u"UPDATE residents SET grid_id = 99 WHERE id = 3"_s, u"PRAGMA foreign_keys = ON"_s}));
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    Database db;
    QVERIFY2(DatabaseSetup::open(db, server.location()), qPrintable(db.errorString()));
    const QStringList catalogue = rowsOf(db.connection(), u"service_types"_s);
    QVERIFY(!catalogue.isEmpty());

    DatabaseCopier copier(center.connection(), db.connection());
    const Result<void> copied = copier.copy();
    QVERIFY(copied.is(Problem::Kind::Failed));
    QVERIFY2(copied.message().contains(u"residents"_s), qPrintable(copied.message()));
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM grids"_s), 0);
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM residents"_s), 0);
    QCOMPARE(rowsOf(db.connection(), u"service_types"_s), catalogue); // emptied only within the copy
    QVERIFY(copier.digests().isEmpty());
}

void TstPostgreSql::theCommandLineTakesAServerPasswordFromTheEnvironment()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    const DatabaseLocation location = server.locationAskingPassword(u"correct horse battery"_s);
    QVERIFY2(location.isServer(), qPrintable(server.errorString()));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PGPASSWORD"_s);
    Run run = runLinli({u"--db"_s, location.argument(), u"check"_s}, environment);
    QCOMPARE(run.exitCode, 1); // told, not asked: standard input is no terminal
    QVERIFY2(run.err.contains(u"did not accept the password for linli_with_password"_s), qPrintable(run.err));
    environment.insert(u"PGPASSWORD"_s, u"correct horse battery"_s);
    run = runLinli({u"--db"_s, location.argument(), u"check"_s}, environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
}

namespace {

// Ends every other session on the test database, as a server restart or a dropped network would.
void endOtherSessions(const QSqlDatabase &administrator)
{
    QSqlQuery query(administrator);
    QVERIFY2(query.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s),
             qPrintable(query.lastError().text()));
}

} // namespace

void TstPostgreSql::aLostConnectionIsConnectedAgainAndItsTransactionLeftNothing()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    Database desk;
    Database administrator;
    QVERIFY(DatabaseSetup::open(desk, server.location()));
    QVERIFY(DatabaseSetup::open(administrator, server.location()));
    QVERIFY(!desk.isLost());
    {
        WriteTransaction transaction(desk.connection());
        QVERIFY(QSqlQuery(desk.connection()).exec(u"INSERT INTO grids (code, name) VALUES ('G7', '七网格')"_s));
        endOtherSessions(administrator.connection());
        QVERIFY(!transaction.commit());
    }
    QTRY_VERIFY(desk.isLost());
    QVERIFY(desk.reconnectIfLost());
    QVERIFY(!desk.isLost());
    QCOMPARE(scalar(desk.connection(), u"SELECT count(*) FROM grids WHERE code = 'G7'"_s), 0);
    QSqlQuery setting(desk.connection());
    QVERIFY(setting.exec(u"SHOW lock_timeout"_s) && setting.next());
    QCOMPARE(setting.value(0).toString(), u"5s"_s); // the session is set up as at the first opening

    // Between statements, a server that ended the session is noticed without asking it anything.
    endOtherSessions(administrator.connection());
    QTRY_VERIFY(desk.isLost());
    QVERIFY(desk.reconnectIfLost());
    QCOMPARE(scalar(desk.connection(), u"SELECT 1"_s), 1);
}

void TstPostgreSql::theKeeperConnectsAgainOnceTheServerTakesConnections()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    Database desk;
    QVERIFY(DatabaseSetup::open(desk, server.location()));
    ConnectionKeeper keeper(desk, nullptr, std::chrono::milliseconds(50));
    QSignalSpy lost(&keeper, &ConnectionKeeper::connectionLost);
    QSignalSpy restored(&keeper, &ConnectionKeeper::connectionRestored);

    // The database refuses new sessions for a while, as a server still starting does.
    Database administrator;
    QVERIFY(DatabaseSetup::open(administrator, server.location()));
    const QString database = server.location().databaseName();
    QVERIFY2(server.administer(u"ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false"_s.arg(database)),
             qPrintable(server.errorString()));
    endOtherSessions(administrator.connection());
    QTRY_COMPARE(lost.count(), 1);
    QTest::qWait(300);
    QVERIFY(!keeper.isConnected());
    QCOMPARE(restored.count(), 0);
    QVERIFY2(server.administer(u"ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true"_s.arg(database)),
             qPrintable(server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
    QVERIFY(keeper.isConnected());
    QCOMPARE(lost.count(), 1);
    QCOMPARE(scalar(desk.connection(), u"SELECT count(*) FROM service_types"_s), 63);
}

void TstPostgreSql::aWorkerConnectsAgainForItsNextRequest()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    Database administrator;
    QVERIFY(DatabaseSetup::open(administrator, server.location()));
    Worker reader(server.location());
    const auto countTypes = [&reader](qint64 &answer) {
        answer = -1;
        QString failed;
        reader.run(
                [&answer](const Worker::Job &job) {
                    QSqlQuery query(job.connection());
                    const qint64 count = query.exec(u"SELECT count(*) FROM service_types"_s) && query.next()
                            ? query.value(0).toLongLong()
                            : -2;
                    job.deliver([count, &answer] { answer = count; });
                },
                [&failed](const QString &message) { failed = message; });
        QTRY_VERIFY(answer != -1 || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    };
    qint64 types = 0;
    countTypes(types);
    QCOMPARE(types, 63);
    endOtherSessions(administrator.connection());
    QTest::qWait(100);
    countTypes(types);
    QCOMPARE(types, 63);
}

QTEST_GUILESS_MAIN(TstPostgreSql)
#include "tst_postgresql.moc"
