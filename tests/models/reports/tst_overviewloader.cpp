#include "database.h"
#include "overviewloader.h"
#include "servicerecordstore.h"
#include "demodata.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

using Counts = QHash<QString, qint64>;

// The counts of the window's status bar, read on a worker.
class TstOverviewLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsWhatTheUserSees();
    void aRefreshWhileCountingCountsAgain();

private:
    qint64 logOne();

    QTemporaryDir m_dir;
    Database m_database;
};

void TstOverviewLoader::initTestCase()
{
    QVERIFY(DemoData().residents(120).services(300).visits(12).openIn(m_database, locationFor(m_dir)));
}

qint64 TstOverviewLoader::logOne()
{
    ServiceEntry entry;
    entry.residentId = scalar(m_database.connection(), u"SELECT min(id) FROM residents"_s);
    entry.serviceTypeId = scalar(m_database.connection(), u"SELECT id FROM service_types WHERE code = 'LG01'"_s);
    entry.servedAt = QDateTime::currentDateTime();
    entry.handlerId = 1;
    return ServiceRecordStore(m_database.connection()).log(entry).valueOr(0);
}

void TstOverviewLoader::countsWhatTheUserSees()
{
    OverviewLoader loader(m_database.location());
    QSignalSpy loaded(&loader, &OverviewLoader::loaded);
    loader.refresh();
    QTRY_COMPARE(loaded.size(), 1);
    const auto counts = loaded.at(0).at(0).value<Counts>();
    QCOMPARE(counts.value(u"residents"_s), 120);
    QCOMPARE(counts.value(u"service_records"_s),
             scalar(m_database.connection(), u"SELECT count(*) FROM service_records"_s));
    QCOMPARE(counts.value(u"visits"_s), 12);
}

void TstOverviewLoader::aRefreshWhileCountingCountsAgain()
{
    OverviewLoader loader(m_database.location());
    QSignalSpy loaded(&loader, &OverviewLoader::loaded);
    // Asked again right after a write, while the first count may still run: the figures that
    // arrive last are never older than the write.
    for (int round = 0; round < 5; ++round) {
        loader.refresh();
        QVERIFY(logOne() > 0);
        loader.refresh();
        const qint64 now = scalar(m_database.connection(), u"SELECT count(*) FROM service_records"_s);
        QTRY_VERIFY(!loaded.isEmpty() && loaded.last().at(0).value<Counts>().value(u"service_records"_s) == now);
        QTest::qWait(20);
        QCOMPARE(loaded.last().at(0).value<Counts>().value(u"service_records"_s), now);
    }
}

QTEST_GUILESS_MAIN(TstOverviewLoader)
#include "tst_overviewloader.moc"
