#include "database.h"
#include "residentsearch.h"
#include "residentsearchrunner.h"
#include "demodata.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// Searches on the worker thread: the same rows and count as the store gives on the UI thread,
// and only the latest request answered.
class TstResidentSearchRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstPageThenCount();
    void onlyTheLatestRequestIsAnswered();
    void missingDatabaseIsReported();

private:
    QTemporaryDir m_dir;
    Database m_database;
};

void TstResidentSearchRunner::initTestCase()
{
    QVERIFY(DemoData().residents(2000).seed(11).openIn(m_database, locationFor(m_dir)));
}

void TstResidentSearchRunner::firstPageThenCount()
{
    ResidentSearchRunner runner(m_database.location());
    QSignalSpy pages(&runner, &ResidentSearchRunner::firstPage);
    QSignalSpy counts(&runner, &ResidentSearchRunner::counted);
    ResidentSearchRunner::Request request;
    request.searchText = u"w"_s;
    request.pageSize = 50;
    runner.run(request);
    QVERIFY(counts.wait(10000));
    QCOMPARE(pages.size(), 1);
    const auto rows = pages.at(0).at(1).value<QList<ResidentRow>>();
    ResidentStore store(m_database.connection());
    const QList<ResidentRow> expected
            = store.page(ResidentStore::Order::ByName, Qt::AscendingOrder, {}, 50, ResidentSearch::parse(u"w"_s));
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).id, expected.at(i).id);
    QCOMPARE(counts.at(0).at(1).toLongLong(), *store.count(ResidentSearch::parse(u"w"_s)));
}

void TstResidentSearchRunner::onlyTheLatestRequestIsAnswered()
{
    ResidentSearchRunner runner(m_database.location());
    QSignalSpy pages(&runner, &ResidentSearchRunner::firstPage);
    QSignalSpy counts(&runner, &ResidentSearchRunner::counted);
    for (const QString &text : {u"z"_s, u"zh"_s, u"zha"_s, u"zhang"_s}) {
        ResidentSearchRunner::Request request;
        request.searchText = text;
        runner.run(request);
    }
    QVERIFY(counts.wait(10000));
    QTest::qWait(200); // the older searches finish too; their answers must not arrive
    QCOMPARE(pages.size(), 1);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(pages.at(0).at(0).value<ResidentSearchRunner::Request>().searchText, u"zhang"_s);
    QCOMPARE(counts.at(0).at(0).toString(), u"zhang"_s);
}

void TstResidentSearchRunner::missingDatabaseIsReported()
{
    QTemporaryDir dir;
    ResidentSearchRunner runner(DatabaseLocation::fromArgument(dir.filePath(u"gone.sqlite"_s)));
    QSignalSpy failures(&runner, &ResidentSearchRunner::failed);
    runner.run({});
    QVERIFY(failures.wait(10000));
    QVERIFY(!failures.at(0).at(0).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TstResidentSearchRunner)
#include "tst_residentsearchrunner.moc"
