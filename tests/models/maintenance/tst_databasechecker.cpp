#include "database.h"
#include "databasechecker.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstDatabaseChecker : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseIsOk();
    void brokenLinksAreReported();
    void schemaDriftIsReported();
};

void TstDatabaseChecker::freshDatabaseIsOk()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(DatabaseSetup::open(db, DatabaseLocation::fromArgument(dbPath(dir))));
    for (const auto depth : {DatabaseChecker::Depth::Quick, DatabaseChecker::Depth::Full}) {
        const DatabaseChecker::Report report = DatabaseChecker(db.connection()).run(depth);
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.schemaVersion, Database::latestSchemaVersion());
        QCOMPARE(report.latestSchemaVersion, Database::latestSchemaVersion());
        QVERIFY(report.rowCounts.contains({u"service_types"_s, 63}));
        QVERIFY(report.rowCounts.contains({u"residents"_s, 0}));
    }
}

void TstDatabaseChecker::brokenLinksAreReported()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    {
        Database db;
        QVERIFY(DatabaseSetup::open(db, DatabaseLocation::fromArgument(path)));
    }
    // Written behind Linli's back, with foreign keys off (the SQLite default).
    QVERIFY(execRaw(path,
                    {u"INSERT INTO service_records (resident_id, service_type_id, served_at, created_at) "
                     "VALUES (4242, 1, '2024-05-01 10:00:00', '2024-05-01 10:00:00')"_s}));
    Database db;
    QVERIFY(DatabaseSetup::open(db, DatabaseLocation::fromArgument(path)));
    const DatabaseChecker::Report report = DatabaseChecker(db.connection()).run();
    QVERIFY(!report.ok);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().contains(u"service_records"_s), qPrintable(report.problems.first()));
}

void TstDatabaseChecker::schemaDriftIsReported()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    {
        Database db;
        QVERIFY(DatabaseSetup::open(db, DatabaseLocation::fromArgument(path)));
    }
    QVERIFY(execRaw(path, {u"DROP INDEX service_records_served_at"_s, u"CREATE TABLE scratch (x)"_s}));
    Database db;
    QVERIFY(DatabaseSetup::open(db, DatabaseLocation::fromArgument(path)));
    const DatabaseChecker::Report report = DatabaseChecker(db.connection()).run();
    QVERIFY(!report.ok);
    const QString all = report.problems.join(u'\n');
    QVERIFY2(all.contains(u"service_records_served_at"_s), qPrintable(all));
    QVERIFY2(all.contains(u"scratch"_s), qPrintable(all));
}

QTEST_GUILESS_MAIN(TstDatabaseChecker)
#include "tst_databasechecker.moc"
