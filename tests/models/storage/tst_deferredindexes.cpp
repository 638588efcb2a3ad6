#include "database.h"
#include "databasechecker.h"
#include "deferredindexes.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstDeferredIndexes : public QObject
{
    Q_OBJECT

private slots:
    void suspendAndRestore();
    void nextStartRebuildsAfterADeath();
};

namespace {

qint64 indexCount(const QSqlDatabase &db, const QString &table)
{
    return scalar(db,
                  u"SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                  "AND tbl_name = '%1'"_s.arg(table));
}

} // namespace

void TstDeferredIndexes::suspendAndRestore()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(DatabaseLocation::fromArgument(dbPath(dir))));
    const qint64 before = indexCount(db.connection(), u"service_records"_s);
    QVERIFY(before >= 5);
    DeferredIndexes indexes(db.connection());
    QVERIFY(!DeferredIndexes::hasPending(db.connection()));
    QVERIFY(indexes.suspend({u"service_records"_s, u"visits"_s}));
    QVERIFY(DeferredIndexes::hasPending(db.connection()));
    QCOMPARE(indexCount(db.connection(), u"service_records"_s), 0);
    QCOMPARE(indexCount(db.connection(), u"visits"_s), 0);
    // Unique constraints stay: they are not secondary indexes.
    QVERIFY(!QSqlQuery(db.connection())
                     .exec(u"INSERT INTO service_types (code, category_id, name_zh, name_en) "
                           "VALUES ('LG01', 1, 'x', 'x')"_s));
    QVERIFY(indexes.restore());
    QVERIFY(!DeferredIndexes::hasPending(db.connection()));
    QCOMPARE(indexCount(db.connection(), u"service_records"_s), before);
    const DatabaseChecker::Report report = DatabaseChecker(db.connection()).run(DatabaseChecker::Depth::Quick);
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
}

void TstDeferredIndexes::nextStartRebuildsAfterADeath()
{
    QTemporaryDir dir;
    {
        Database db;
        QVERIFY(db.open(DatabaseLocation::fromArgument(dbPath(dir))));
        DeferredIndexes indexes(db.connection());
        QVERIFY(indexes.suspend({u"residents"_s}));
        QVERIFY(indexes.suspend({u"visits"_s}));
        QCOMPARE(indexCount(db.connection(), u"residents"_s), 0);
        // The process "dies" here: nobody calls restore().
    }
    Database db;
    QVERIFY2(db.open(DatabaseLocation::fromArgument(dbPath(dir))), qPrintable(db.errorString()));
    QVERIFY(!DeferredIndexes::hasPending(db.connection()));
    QVERIFY(indexCount(db.connection(), u"residents"_s) >= 7);
    QVERIFY(indexCount(db.connection(), u"visits"_s) >= 4);
    const DatabaseChecker::Report report = DatabaseChecker(db.connection()).run(DatabaseChecker::Depth::Quick);
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TstDeferredIndexes)
#include "tst_deferredindexes.moc"
