#include "database.h"
#include "datachanges.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// What a write announces, when and to whom: the pages of the window refresh from it.
class TstDataChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aCommitAnnouncesWhatTheTransactionChanged();
    void aRollbackAnnouncesNothing();
    void aWriteWithoutAnnouncementIsSilent();
    void aWorkersCommitReachesTheMainThread();
    void anotherDatabaseHasItsOwnAnnouncer();

private:
    QTemporaryDir m_dir;
    Database m_database;
};

namespace {

bool insertSetting(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO settings (key, value) VALUES (?, 'v')"_s);
    query.addBindValue(key);
    return query.exec();
}

} // namespace

void TstDataChanges::init()
{
    QVERIFY(m_database.open(locationFor(m_dir)));
}

void TstDataChanges::cleanup()
{
    m_database.close();
}

void TstDataChanges::aCommitAnnouncesWhatTheTransactionChanged()
{
    QSignalSpy heard(DataChanges::of(m_database.connection()), &DataChanges::changed);
    {
        WriteTransaction transaction(m_database.connection());
        transaction.announce(DataKind::Residents);
        transaction.announce(DataKind::Visits);
        QVERIFY(insertSetting(m_database.connection(), u"a"_s));
        QCOMPARE(heard.size(), 0); // not before the commit: a reader would not see it yet
        QVERIFY(transaction.commit());
    }
    QCOMPARE(heard.size(), 1);
    QCOMPARE(heard.at(0).at(0).value<DataKinds>(), DataKinds(DataKind::Residents | DataKind::Visits));
}

void TstDataChanges::aRollbackAnnouncesNothing()
{
    QSignalSpy heard(DataChanges::of(m_database.connection()), &DataChanges::changed);
    {
        WriteTransaction transaction(m_database.connection());
        transaction.announce(DataKind::Residents);
        QVERIFY(insertSetting(m_database.connection(), u"b"_s));
    }
    {
        // A failed commit rolls back: nothing to announce either.
        WriteTransaction transaction(m_database.connection());
        transaction.announce(DataKind::Cases);
        transaction.rollback();
        QVERIFY(!transaction.commit());
    }
    QTest::qWait(50);
    QCOMPARE(heard.size(), 0);
}

void TstDataChanges::aWriteWithoutAnnouncementIsSilent()
{
    QSignalSpy heard(DataChanges::of(m_database.connection()), &DataChanges::changed);
    WriteTransaction transaction(m_database.connection());
    QVERIFY(insertSetting(m_database.connection(), u"c"_s));
    QVERIFY(transaction.commit());
    QCOMPARE(heard.size(), 0);
}

void TstDataChanges::aWorkersCommitReachesTheMainThread()
{
    DataChanges *changes = DataChanges::of(m_database.connection());
    QThread *heardOn = nullptr;
    DataKinds heardKinds;
    connect(changes, &DataChanges::changed, this, [&](DataKinds kinds) {
        heardOn = QThread::currentThread();
        heardKinds = kinds;
    });
    const DatabaseLocation location = locationFor(m_dir);
    bool written = false;
    DataChanges *workersAnnouncer = nullptr;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        Database own;
        if (!own.open(location, Database::Mode::Attach))
            return;
        workersAnnouncer = DataChanges::of(own.connection());
        WriteTransaction transaction(own.connection());
        transaction.announce(DataKind::ServiceRecords);
        written = insertSetting(own.connection(), u"d"_s) && transaction.commit();
    }));
    worker->start();
    QVERIFY(worker->wait(20000));
    QVERIFY(written);
    // One announcer for the database, whichever connection asks.
    QCOMPARE(workersAnnouncer, changes);
    QTRY_COMPARE(heardKinds, DataKinds(DataKind::ServiceRecords));
    QCOMPARE(heardOn, QThread::currentThread());
}

void TstDataChanges::anotherDatabaseHasItsOwnAnnouncer()
{
    QTemporaryDir otherDir;
    Database other;
    QVERIFY(other.open(locationFor(otherDir, u"other.sqlite"_s)));
    QVERIFY(DataChanges::of(other.connection()) != DataChanges::of(m_database.connection()));
    QSignalSpy heardHere(DataChanges::of(m_database.connection()), &DataChanges::changed);
    WriteTransaction transaction(other.connection());
    transaction.announce(DataKind::Residents);
    QVERIFY(insertSetting(other.connection(), u"e"_s));
    QVERIFY(transaction.commit());
    QCOMPARE(heardHere.size(), 0);
}

QTEST_GUILESS_MAIN(TstDataChanges)
#include "tst_datachanges.moc"
