#include "worker.h"
#include "database.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// Reads on a worker with a connection of its own: only the latest request is answered, a newer one
// stops the query of an older one, the connection is kept between requests.
class TstWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyTheLatestRequestIsAnswered();
    void aNewerRequestStopsALongQuery();
    void theConnectionIsKeptBetweenRequests();
    void aDatabaseThatCannotBeOpenedIsTold();

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
    reader.run([&worked](const Worker::Job &) { worked = true; },
               [&message](const QString &text) { message = text; });
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY(!worked);
}

QTEST_GUILESS_MAIN(TstWorker)
#include "tst_worker.moc"
