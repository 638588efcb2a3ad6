#include "database.h"
#include "preferredservicetypes.h"
#include "servicelogqueue.h"
#include "staffstore.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The desk's side of logging: entries written behind the clerk's back in order, the staff who can
// handle them, and the types each of them wants first.
class TstServiceLogQueue : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aBurstIsHandedOverWhileTheDatabaseIsHeld();
    void aRefusedEntryIsToldAndTheOthersAreLogged();
    void queuedEntriesAreWrittenBeforeTheQueueGoes();
    void activeStaffInPinyinOrder();
    void favouritesThenRecentTypes();

private:
    ServiceEntry entry(const QString &code, int minutesAgo = 1) const;
    qint64 typeId(const QString &code) const;
    qint64 records() const { return scalar(m_database->connection(), u"SELECT count(*) FROM service_records"_s); }
    FreshDatabase m_database;
    DatabaseLocation m_location;
};

void TstServiceLogQueue::init()
{
    QVERIFY(m_database.open());
    m_location = m_database->location();
    QVERIFY(addDeskPeople(m_database->connection(), u"(1, '李敏', 1), (2, '张伟', 0), (3, '陈静', 1)"_s));
}

void TstServiceLogQueue::cleanup()
{
    m_database.close();
}

qint64 TstServiceLogQueue::typeId(const QString &code) const
{
    return scalar(m_database->connection(), u"SELECT id FROM service_types WHERE code = '%1'"_s.arg(code));
}

ServiceEntry TstServiceLogQueue::entry(const QString &code, int minutesAgo) const
{
    ServiceEntry entry;
    entry.residentId = 5;
    entry.serviceTypeId = typeId(code);
    entry.servedAt = QDateTime::currentDateTime().addSecs(-60 * minutesAgo);
    entry.handlerId = 1;
    return entry;
}

void TstServiceLogQueue::aBurstIsHandedOverWhileTheDatabaseIsHeld()
{
    ServiceLogQueue queue(m_location);
    QSignalSpy logged(&queue, &ServiceLogQueue::logged);
    QSignalSpy drained(&queue, &ServiceLogQueue::drained);
    {
        // Another writer holds the database: handing over must not wait for it.
        WriteTransaction held(m_database->connection());
        QVERIFY(held.isActive());
        for (int i = 0; i < 20; ++i)
            QCOMPARE(queue.enqueue(entry(u"LG01"_s, 20 - i)), i + 1);
        QCOMPARE(queue.pending(), 20);
        QVERIFY(logged.isEmpty());
        QVERIFY(held.commit());
    }
    QVERIFY(drained.wait(10000));
    QCOMPARE(logged.size(), 20);
    QCOMPARE(queue.pending(), 0);
    QCOMPARE(records(), 20);
    // Written in the order handed over: tickets and record ids rise together.
    for (int i = 0; i < logged.size(); ++i) {
        QCOMPARE(logged.at(i).at(0).toInt(), i + 1);
        if (i > 0)
            QVERIFY(logged.at(i).at(1).toLongLong() > logged.at(i - 1).at(1).toLongLong());
    }
}

void TstServiceLogQueue::aRefusedEntryIsToldAndTheOthersAreLogged()
{
    ServiceLogQueue queue(m_location);
    QSignalSpy logged(&queue, &ServiceLogQueue::logged);
    QSignalSpy refused(&queue, &ServiceLogQueue::refused);
    QSignalSpy drained(&queue, &ServiceLogQueue::drained);
    queue.enqueue(entry(u"LG01"_s));
    ServiceEntry future = entry(u"LG01"_s);
    future.servedAt = QDateTime::currentDateTime().addDays(2);
    const int refusedTicket = queue.enqueue(future);
    queue.enqueue(entry(u"CM01"_s));
    QVERIFY(drained.wait(10000));
    QCOMPARE(logged.size(), 2);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(0).toInt(), refusedTicket);
    QVERIFY(refused.first().at(1).toString().contains(u"future"_s));
    QCOMPARE(records(), 2);
}

void TstServiceLogQueue::queuedEntriesAreWrittenBeforeTheQueueGoes()
{
    {
        ServiceLogQueue queue(m_location);
        for (int i = 0; i < 10; ++i)
            queue.enqueue(entry(u"LG01"_s, 10 - i));
    }
    QCOMPARE(records(), 10);
}

void TstServiceLogQueue::activeStaffInPinyinOrder()
{
    const QList<StaffMember> staff = StaffStore(m_database->connection()).active();
    QCOMPARE(staff.size(), 2);
    // chen before li, although 李 comes before 陈 in Unicode.
    QCOMPARE(staff.at(0).name, u"陈静"_s);
    QCOMPARE(staff.at(1).name, u"李敏"_s);
}

void TstServiceLogQueue::favouritesThenRecentTypes()
{
    ServiceRecordStore store(m_database->connection());
    // 李敏 logged LG01, then CM01 twice, then EC01; 陈静 logged HP02.
    const QList<std::pair<QString, qint64>> log
            = {{u"LG01"_s, 1}, {u"CM01"_s, 1}, {u"CM01"_s, 1}, {u"EC01"_s, 1}, {u"HP02"_s, 3}};
    int minutesAgo = 60;
    for (const auto &[code, handler] : log) {
        ServiceEntry logged = entry(code, minutesAgo--);
        logged.handlerId = handler;
        QVERIFY(store.log(logged).isDone());
    }
    PreferredServiceTypes preferences(m_database->connection());
    QCOMPARE(preferences.recent(1), QList<qint64>({typeId(u"EC01"_s), typeId(u"CM01"_s), typeId(u"LG01"_s)}));
    QCOMPARE(preferences.recent(3), QList<qint64>({typeId(u"HP02"_s)}));
    QVERIFY(preferences.recent(2).isEmpty());

    QVERIFY(preferences.setFavourite(1, typeId(u"LG01"_s), true));
    QVERIFY(preferences.setFavourite(1, typeId(u"FC02"_s), true));
    QVERIFY(preferences.setFavourite(1, typeId(u"FC02"_s), true)); // twice is once
    QCOMPARE(preferences.favourites(1).size(), 2);
    QCOMPARE(preferences.preferred(1).mid(2), QList<qint64>({typeId(u"EC01"_s), typeId(u"CM01"_s)}));
    QVERIFY(preferences.favourites(3).isEmpty());

    QVERIFY(preferences.setFavourite(1, typeId(u"FC02"_s), false));
    QCOMPARE(preferences.favourites(1), QList<qint64>({typeId(u"LG01"_s)}));
}

QTEST_GUILESS_MAIN(TstServiceLogQueue)
#include "tst_servicelogqueue.moc"
