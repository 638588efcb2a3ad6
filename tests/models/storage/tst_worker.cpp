#include "worker.h"
#include "database.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// Work on a thread and a connection of its own. LatestOnly: only the latest request is answered, a
// newer one stops the query of an older one, the connection is kept between requests. Every: each
// piece runs and is answered in order, and nothing handed over is dropped.
class TstWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyTheLatestRequestIsAnswered();
    void aNewerRequestStopsALongQuery();
    void theConnectionIsKeptBetweenRequests();
    void aDatabaseThatCannotBeOpenedIsTold();
    void everyPieceRunsAndIsAnsweredInOrder();
    void nothingHandedOverIsDroppedAtTheEnd();
    void cancelStopsThePieceRunningOnly();
    void hooksActOnTheWorkersConnection();
    void aWorkerThatOpensNothingStillRuns();

private:
    QTemporaryDir m_dir;
    Database m_database;
};

void TstWorker::initTestCase()
{
    QVERIFY(DatabaseSetup::open(m_database, locationFor(m_dir)));
}

void TstWorker::onlyTheLatestRequestIsAnswered()
{
    Worker reader(m_database.location());
    QList<int> answers;
    for (int request = 1; request <= 5; ++request) {
        reader.run(
                [&answers, request](const Worker::Job &job) {
                    QSqlQuery query(job.connection());
                    query.exec(u"SELECT count(*) FROM service_types"_s);
                    job.deliver([&answers, request] { answers.append(request); });
                },
                [](const QString &) {});
    }
    QTRY_COMPARE(answers, QList<int>{5});
    QTest::qWait(100);
    QCOMPARE(answers, QList<int>{5});
}

void TstWorker::aNewerRequestStopsALongQuery()
{
    Worker reader(m_database.location());
    std::atomic_bool longQueryStarted = false;
    std::atomic_bool longQueryStopped = false;
    reader.run(
            [&](const Worker::Job &job) {
                QSqlQuery query(job.connection());
                longQueryStarted = true;
                // Minutes of counting, unless interrupted.
                const bool finished = query.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                                 "WHERE i < 10000000000) SELECT count(*) FROM n"_s);
                longQueryStopped = !finished && job.isOvertaken();
            },
            [](const QString &) {});
    QTRY_VERIFY(longQueryStarted.load());
    QTest::qWait(50);
    bool answered = false;
    reader.run([](const Worker::Job &job) { job.deliver([] {}); }, [](const QString &) {});
    reader.run([&answered](const Worker::Job &job) { job.deliver([&answered] { answered = true; }); },
               [](const QString &) {});
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QVERIFY(longQueryStopped.load());
}

void TstWorker::theConnectionIsKeptBetweenRequests()
{
    Worker reader(m_database.location());
    QStringList connections;
    for (int request = 0; request < 3; ++request) {
        bool answered = false;
        reader.run(
                [&connections, &answered](const Worker::Job &job) {
                    const QString name = job.connection().connectionName();
                    job.deliver([&connections, &answered, name] {
                        connections.append(name);
                        answered = true;
                    });
                },
                [](const QString &) {});
        QTRY_VERIFY(answered);
    }
    QCOMPARE(connections.size(), 3);
    QCOMPARE(connections.count(connections.first()), 3);
    QVERIFY(connections.first() != m_database.connection().connectionName());
}

void TstWorker::aDatabaseThatCannotBeOpenedIsTold()
{
    Worker reader(DatabaseLocation::fromArgument(m_dir.filePath(u"missing.sqlite"_s)));
    QString message;
    bool worked = false;
    reader.run([&worked](const Worker::Job &) { worked = true; }, [&message](const QString &text) { message = text; });
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY(!worked);
}

void TstWorker::everyPieceRunsAndIsAnsweredInOrder()
{
    Worker worker(m_database.location(), Worker::Rule::Every);
    QList<int> answers;
    for (int piece = 1; piece <= 20; ++piece) {
        worker.run(
                [&answers, piece](const Worker::Job &job) {
                    QSqlQuery query(job.connection());
                    query.exec(u"SELECT count(*) FROM service_types"_s);
                    job.deliver([&answers, piece] { answers.append(piece); });
                },
                [](const QString &) {});
    }
    QList<int> expected;
    for (int piece = 1; piece <= 20; ++piece)
        expected.append(piece);
    QTRY_COMPARE(answers, expected);
}

void TstWorker::nothingHandedOverIsDroppedAtTheEnd()
{
    QSqlQuery(m_database.connection()).exec(u"DELETE FROM settings WHERE key LIKE 'worker-%'"_s);
    {
        Worker worker(m_database.location(), Worker::Rule::Every);
        for (int piece = 0; piece < 10; ++piece) {
            worker.run(
                    [piece](const Worker::Job &job) {
                        QSqlQuery query(job.connection());
                        query.prepare(u"INSERT INTO settings (key, value) VALUES (?, 'v')"_s);
                        query.addBindValue(u"worker-%1"_s.arg(piece));
                        query.exec();
                    },
                    [](const QString &) {});
        }
        // Gone at once, without waiting for a single answer.
    }
    QCOMPARE(scalar(m_database.connection(), u"SELECT count(*) FROM settings WHERE key LIKE 'worker-%'"_s), 10);
}

void TstWorker::cancelStopsThePieceRunningOnly()
{
    Worker worker(m_database.location(), Worker::Rule::Every);
    std::atomic_bool started = false;
    bool stopped = false;
    bool nextRan = false;
    worker.run(
            [&started, &stopped](const Worker::Job &job) {
                started = true;
                QElapsedTimer waited;
                waited.start();
                while (!job.stopFlag()->load() && waited.elapsed() < 20000)
                    QThread::msleep(5);
                const bool sawStop = job.isOvertaken();
                job.deliver([&stopped, sawStop] { stopped = sawStop; });
            },
            [](const QString &) {});
    QTRY_VERIFY(started.load());
    worker.cancel();
    QTRY_VERIFY(stopped);
    worker.run(
            [&nextRan](const Worker::Job &job) {
                job.deliver([&nextRan, stop = job.isOvertaken()] { nextRan = !stop; });
            },
            [](const QString &) {});
    QTRY_VERIFY(nextRan);
}

void TstWorker::hooksActOnTheWorkersConnection()
{
    Worker worker(m_database.location(), Worker::Rule::Every);
    QStringList opened;
    QStringList closing;
    QMutex mutex;
    QThread *hookThread = nullptr;
    worker.setConnectionHooks(
            [&](const QSqlDatabase &connection) {
                QMutexLocker lock(&mutex);
                opened.append(connection.connectionName());
                hookThread = QThread::currentThread();
            },
            [&](const QSqlDatabase &connection) {
                QMutexLocker lock(&mutex);
                closing.append(connection.connectionName());
            });
    QStringList used;
    for (int piece = 0; piece < 2; ++piece) {
        worker.run(
                [&used](const Worker::Job &job) {
                    const QString name = job.connection().connectionName();
                    job.closeConnectionAfter();
                    job.deliver([&used, name] { used.append(name); });
                },
                [](const QString &) {});
    }
    QTRY_COMPARE(used.size(), 2);
    QMutexLocker lock(&mutex);
    // Each piece closed its connection after it: the second opened one anew.
    QCOMPARE(opened, used);
    QCOMPARE(closing, used);
    QVERIFY(hookThread && hookThread != QThread::currentThread());
}

void TstWorker::aWorkerThatOpensNothingStillRuns()
{
    Worker worker(DatabaseLocation::fromArgument(m_dir.filePath(u"missing.sqlite"_s)), Worker::Rule::Every);
    worker.setOpensConnection(false);
    bool ran = false;
    QString failure;
    worker.run(
            [&ran](const Worker::Job &job) {
                job.deliver([&ran, valid = job.connection().isValid()] { ran = !valid; });
            },
            [&failure](const QString &message) { failure = message; });
    QTRY_VERIFY(ran);
    QVERIFY(failure.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TstWorker)
#include "tst_worker.moc"
