#include "catalogueseeder.h"
#include "database.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstCatalogueSeeder : public QObject
{
    Q_OBJECT

private slots:
    void seedsTheWholeCatalogue();
    void neverOverwritesEdits();
    void malformedCatalogueChangesNothing();
};

void TstCatalogueSeeder::seedsTheWholeCatalogue()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(DatabaseSetup::open(db, locationFor(dir)));
    const QSqlDatabase c = db.connection();
    QCOMPARE(scalar(c, u"SELECT count(*) FROM service_types"_s), 63);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM service_categories"_s), 15);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM service_types WHERE opens_case = 1"_s), 18);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM service_types WHERE visit_kind = 'rehab'"_s), 4);
    QSqlQuery query(c);
    QVERIFY(query.exec(u"SELECT t.name_zh, t.name_en, t.deadline_workdays, c.name_zh FROM service_types t "
                       "JOIN service_categories c ON c.id = t.category_id WHERE t.code = 'CM01'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"居民诉求受理"_s);
    QCOMPARE(query.value(1).toString(), u"Resident complaint/appeal intake"_s);
    QCOMPARE(query.value(2).toInt(), 15);
    QCOMPARE(query.value(3).toString(), u"诉求与调解"_s);
    QVERIFY(query.exec(u"SELECT name_en FROM service_types WHERE code = 'EC05'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"Home care (cleaning, bathing, errands)"_s);
    QVERIFY(query.exec(u"SELECT deadline_workdays FROM service_types WHERE code = 'LG01'"_s) && query.next());
    QVERIFY(query.value(0).isNull());
}

void TstCatalogueSeeder::neverOverwritesEdits()
{
    QTemporaryDir dir;
    {
        Database db;
        QVERIFY(DatabaseSetup::open(db, locationFor(dir)));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"UPDATE service_types SET name_zh = '法律咨询（新）' WHERE code = 'LG01'"_s));
        LINLI_VERIFY_DONE(CatalogueSeeder(db.connection()).seedIfEmpty());
    }
    Database db;
    QVERIFY(DatabaseSetup::open(db, locationFor(dir)));
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM service_types"_s), 63);
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM service_types WHERE name_zh = '法律咨询（新）'"_s), 1);
}

void TstCatalogueSeeder::malformedCatalogueChangesNothing()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(DatabaseSetup::open(db, locationFor(dir)));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"DELETE FROM service_types"_s));
    QVERIFY(query.exec(u"DELETE FROM service_categories"_s));
    const QString csv = dir.filePath(u"broken.csv"_s);
    writeFile(csv,
              "code,category_code,category_zh,category_en,name_zh,name_en,opens_case,deadline_workdays,"
              "visit_kind\nAA01,AA,甲,A,一,One,0,,\nAA02,AA,甲,A,二\n");
    const Result<void> seeded = CatalogueSeeder(db.connection(), csv).seedIfEmpty();
    QVERIFY(seeded.is(Problem::Kind::Failed));
    QVERIFY2(seeded.message().contains(u"3"_s), qPrintable(seeded.message()));
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM service_types"_s), 0);
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM service_categories"_s), 0);
}

QTEST_GUILESS_MAIN(TstCatalogueSeeder)
#include "tst_catalogueseeder.moc"
