#include "schemamigrator.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstSchemaMigrator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bundledMigrationsAreContiguous();
    void appliesEachMigrationOnce();
    void failedMigrationLeavesPreviousVersion();
    void gapInNumbersIsRefused();
    void newerDatabaseIsRefused();

private:
    void writeScript(const QString &name, const QByteArray &sql);

    QTemporaryDir *m_dir = nullptr;
    QString m_scripts;
    QSqlDatabase m_db;
};

void TstSchemaMigrator::init()
{
    m_dir = new QTemporaryDir;
    m_scripts = m_dir->filePath(u"scripts"_s);
    QDir().mkpath(m_scripts);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"migrator"_s);
    m_db.setDatabaseName(m_dir->filePath(u"db.sqlite"_s));
    QVERIFY(m_db.open());
}

void TstSchemaMigrator::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"migrator"_s);
    delete m_dir;
}

void TstSchemaMigrator::writeScript(const QString &name, const QByteArray &sql)
{
    writeFile(QDir(m_scripts).filePath(name), sql);
}

void TstSchemaMigrator::bundledMigrationsAreContiguous()
{
    const SchemaMigrator migrator(m_db);
    const auto migrations = migrator.migrations();
    QVERIFY(!migrations.isEmpty());
    for (int i = 0; i < migrations.size(); ++i)
        QCOMPARE(migrations.at(i).version, i + 1);
}

void TstSchemaMigrator::appliesEachMigrationOnce()
{
    writeScript(u"0001_first.sql"_s, "CREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);\n");
    writeScript(u"0002_second.sql"_s, "CREATE TABLE b (y TEXT);\n");
    SchemaMigrator migrator(m_db, m_scripts);
    QCOMPARE(migrator.currentVersion(), 0);
    QVERIFY2(migrator.migrate(), qPrintable(migrator.errorString()));
    QCOMPARE(migrator.currentVersion(), 2);
    QCOMPARE(scalar(m_db, u"PRAGMA application_id"_s), SchemaMigrator::applicationId());
    QVERIFY(migrator.migrate());
    QCOMPARE(scalar(m_db, u"SELECT count(*) FROM a"_s), 1);

    writeScript(u"0003_third.sql"_s, "INSERT INTO a VALUES (3);\n");
    QVERIFY(migrator.migrate());
    QCOMPARE(migrator.currentVersion(), 3);
    QCOMPARE(scalar(m_db, u"SELECT count(*) FROM a"_s), 2);
}

void TstSchemaMigrator::failedMigrationLeavesPreviousVersion()
{
    writeScript(u"0001_first.sql"_s, "CREATE TABLE a (x INTEGER);\n");
    writeScript(u"0002_broken.sql"_s, "CREATE TABLE c (z INTEGER);\nINSERT INTO missing_table VALUES (1);\n");
    SchemaMigrator migrator(m_db, m_scripts);
    QVERIFY(!migrator.migrate());
    QVERIFY(migrator.errorString().contains(u"2"_s));
    QCOMPARE(migrator.currentVersion(), 1);
    QVERIFY(!m_db.tables().contains(u"c"_s));
    QVERIFY(m_db.tables().contains(u"a"_s));
}

void TstSchemaMigrator::gapInNumbersIsRefused()
{
    writeScript(u"0001_first.sql"_s, "CREATE TABLE a (x INTEGER);\n");
    writeScript(u"0003_third.sql"_s, "CREATE TABLE c (z INTEGER);\n");
    SchemaMigrator migrator(m_db, m_scripts);
    QVERIFY(migrator.migrations().isEmpty());
    QVERIFY(!migrator.migrate());
    QCOMPARE(migrator.currentVersion(), 0);
    QVERIFY(m_db.tables().isEmpty());
}

void TstSchemaMigrator::newerDatabaseIsRefused()
{
    writeScript(u"0001_first.sql"_s, "CREATE TABLE a (x INTEGER);\n");
    QSqlQuery query(m_db);
    QVERIFY(query.exec(u"PRAGMA user_version = 7"_s));
    SchemaMigrator migrator(m_db, m_scripts);
    QVERIFY(!migrator.migrate());
    QCOMPARE(migrator.currentVersion(), 7);
    QVERIFY(!m_db.tables().contains(u"a"_s));
}

QTEST_GUILESS_MAIN(TstSchemaMigrator)
#include "tst_schemamigrator.moc"
