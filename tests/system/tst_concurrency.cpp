// Ten desks on one PostgreSQL server at once: client processes log services and edit the same few
// residents for a bounded time, then the counts are compared with what the clients report. A
// lost update would show as a resident whose version moved less than its saved edits; a refused
// save must be a conflict the clerk is told about, never a silent overwrite.

#include "database.h"
#include "databasechecker.h"
#include "residentstore.h"
#include "servicerecordstore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <memory>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

namespace {

constexpr int clientCount = 10;
constexpr int residentCount = 20; // few, so that desks often edit the same one
constexpr int clientSeconds = 4;
const auto clientVariable = "LINLI_CONCURRENCY_CLIENT"; // the database the client process works on

// What one client did, as it prints it: "logged edited conflicts failed".
struct Tally
{
    qint64 logged = 0;
    qint64 edited = 0;
    qint64 conflicts = 0;
    qint64 failed = 0;
};

// The client's work: until its time is up, log a service for a random resident or edit one.
int runClient(const QString &address)
{
    Database database;
    if (!database.open(DatabaseLocation::fromArgument(address), Database::Mode::Attach)) {
        std::fprintf(stderr, "client cannot open: %s\n", qPrintable(database.errorString()));
        return 2;
    }
    ResidentStore residents(database.connection());
    ServiceRecordStore services(database.connection());
    QRandomGenerator random(quint32(QCoreApplication::applicationPid()));
    Tally tally;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < clientSeconds * 1000) {
        const qint64 resident = 1 + random.bounded(residentCount);
        if (random.bounded(2) == 0) {
            ServiceEntry entry;
            entry.residentId = resident;
            entry.serviceTypeId = 1;
            entry.servedAt = QDateTime::currentDateTime().addSecs(-60);
            entry.handlerId = 1;
            services.log(entry).isDone() ? ++tally.logged : ++tally.failed;
            continue;
        }
        const std::optional<ResidentStore::Record> record = residents.load(resident);
        if (!record) {
            ++tally.failed;
            continue;
        }
        ResidentDraft draft = record->draft;
        draft.room = QString::number(random.bounded(1000));
        // A clerk takes a moment between opening the form and saving it.
        QThread::msleep(random.bounded(5));
        const Result<qint64> saved = residents.update(resident, record->version, draft);
        if (saved.isDone())
            ++tally.edited;
        else if (saved.is(Problem::Kind::Conflict))
            ++tally.conflicts;
        else
            ++tally.failed;
    }
    std::printf("%lld %lld %lld %lld\n", tally.logged, tally.edited, tally.conflicts, tally.failed);
    return 0;
}

} // namespace

class TstConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void tenDesksAtOnceLoseNothing();
};

void TstConcurrency::tenDesksAtOnceLoseNothing()
{
    QVERIFY2(!ServerDatabase::serverAddress().isEmpty(),
             "LINLI_TEST_POSTGRESQL is not set: run the tests with tools/test.sh, which starts a private "
             "PostgreSQL server for them.");
    const std::unique_ptr<ServerDatabase> server(ServerDatabase::prepared());
    QVERIFY2(server->isValid(), qPrintable(server->errorString()));
    const DatabaseLocation location = server->location();
    Database database;
    QVERIFY2(DatabaseSetup::open(database, location), qPrintable(database.errorString()));
    const QSqlDatabase db = database.connection();
    QVERIFY(addDeskPeople(db, u"(1, '李敏', 1)"_s));
    QSqlQuery query(db);
    QVERIFY(query.exec(u"DELETE FROM residents"_s));
    for (int id = 1; id <= residentCount; ++id) {
        QVERIFY2(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, grid_id, registered_at, updated_at) "
                            "VALUES (%1, '居民%1', 'F', '1950-01-01', 1, '', '')"_s.arg(id)),
                 qPrintable(query.lastError().text()));
    }
    query.finish();

    QString address = ServerDatabase::serverAddress();
    address.truncate(address.lastIndexOf(u'/') + 1);
    address += location.databaseName();
    QList<QProcess *> clients;
    for (int i = 0; i < clientCount; ++i) {
        auto *client = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(clientVariable), address);
        client->setProcessEnvironment(environment);
        client->start(QCoreApplication::applicationFilePath(), {});
        clients.append(client);
    }
    Tally total;
    for (QProcess *client : std::as_const(clients)) {
        QVERIFY(client->waitForFinished(60000));
        QVERIFY2(client->exitCode() == 0, client->readAllStandardError().constData());
        const QStringList figures = QString::fromLatin1(client->readAllStandardOutput()).simplified().split(u' ');
        QCOMPARE(figures.size(), 4);
        total.logged += figures.at(0).toLongLong();
        total.edited += figures.at(1).toLongLong();
        total.conflicts += figures.at(2).toLongLong();
        total.failed += figures.at(3).toLongLong();
    }
    qInfo("%d desks for %d s: %lld services logged, %lld resident edits saved, %lld edits refused as "
          "conflicts, %lld failed",
          clientCount, clientSeconds, total.logged, total.edited, total.conflicts, total.failed);

    QVERIFY(total.logged > 0 && total.edited > 0);
    QCOMPARE(total.failed, 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM service_records"_s), total.logged);
    QCOMPARE(scalar(db, u"SELECT coalesce(sum(records), 0) FROM service_month_counts"_s), total.logged);
    // Every saved edit moved its resident's version by one, and was audited: none was lost.
    QCOMPARE(scalar(db, u"SELECT sum(version) FROM residents"_s) - residentCount, total.edited);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM audit_log WHERE action = 'UPDATE' AND object_type = 'resident'"_s),
             total.edited);
    const DatabaseChecker::Report report = DatabaseChecker(db).run(DatabaseChecker::Depth::Full);
    QVERIFY2(report.ok, qPrintable(report.problems.join(u' ')));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(clientVariable)) {
        QCoreApplication app(argc, argv);
        return runClient(qEnvironmentVariable(clientVariable));
    }
    QCoreApplication app(argc, argv);
    TstConcurrency test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrency.moc"
