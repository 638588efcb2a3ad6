// This program keeps SQLite's locks on a database it has open, whatever it does beside: POSIX drops
// every lock a process holds on a file when any descriptor of that file is closed in the process,
// and without them another program closing the database takes itself for the last one, copies the
// log into the file and deletes the log and its index while this program still writes into them
// (its commits are then invisible to everyone else). Here the test holds the window's connections
// (the first one and a worker's), does one kind of opening Linli does, and then other programs (the
// sqlite3 shell, and linli itself) open, write and close the database, several times: no log file
// of this program may have been unlinked, and rows must cross both ways.

#include "actor.h"
#include "worker.h"
#include "backupfile.h"
#include "backupjob.h"
#include "database.h"
#include "databasebackup.h"
#include "overviewloader.h"
#include "residentimport.h"
#include "sheetimportjob.h"
#include "servicelogqueue.h"
#include "sqlitefileheader.h"
#include "sqlitefilesinuse.h"
#include "sqlitepeer.h"
#include "testsupport.h"

#include <QDir>
#include <QMetaEnum>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

namespace {

// The number `sql` counts, read on the reader's worker thread; -1 when no answer came.
qint64 countOnWorker(Worker &reader, const QString &sql)
{
    qint64 count = -1;
    bool answered = false;
    reader.run(
            [sql, &count, &answered](const Worker::Job &job) {
                const qint64 read = scalar(job.connection(), sql);
                job.deliver([read, &count, &answered] {
                    count = read;
                    answered = true;
                });
            },
            [&answered](const QString &message) {
                qWarning() << message;
                answered = true;
            });
    if (!QTest::qWaitFor([&answered] { return answered; }, 10000))
        qWarning() << "no answer from the worker";
    return count;
}

QString firstMessage(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QString() : spy.at(0).at(0).toString();
}

} // namespace

class TstSqliteLocks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void theProgramKnowsWhichFilesItHolds();
    void theHeldDatabaseCrossesBothWays();
    void everyOpeningKeepsTheLocks_data();
    void everyOpeningKeepsTheLocks();
    void everyOpeningWhileAnotherProgramComesAndGoes();
    void theLiveFileIsNoBackupOfItself();
    void aDamagedFileStillOpenIsNotMovedAside();
    void linliItselfAsTheOtherProgram();

public:
    // Every kind of opening of the database Linli does while a window has it open.
    enum class Opening {
        FirstKindAgain,  // Database::open(Prepare): a restore does it
        OnAnotherThread, // both kinds, on a thread of its own
        Worker,
        ServiceLogQueue,
        Overview,
        ResidentImport,
        Backup,
        Restore,
        LiveFileJudgedAsBackup, // chosen by mistake in the restore dialog
        FileHeaderRead,
    };
    Q_ENUM(Opening)

private:
    // Does `opening` and checks that it worked.
    void open(Opening opening);
    void openOnAnotherThread();
    void runResidentImport();
    void runBackupJob(const std::function<bool(BackupJob &)> &start);

    DatabaseLocation location() const { return DatabaseLocation::fromArgument(dbPath(*m_dir)); }
    QSqlDatabase db() const { return m_database->connection(); }
    // Commits a row here, lets another program read it, write its own and close, three times, then
    // reads that program's rows here on the window's connection and on a new one. Empty when all
    // went as it must; what went wrong otherwise.
    QString crossBothWays();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Worker> m_worker; // the window's list reader, its connection kept open
    int m_round = 0;
};

void TstSqliteLocks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY2(DatabaseSetup::open(*m_database, location()), qPrintable(m_database->errorString()));
    QVERIFY(addDeskPeople(db(), u"(1, '李敏', 1)"_s));
    m_worker = std::make_unique<Worker>(location());
    QCOMPARE(countOnWorker(*m_worker, u"SELECT count(*) FROM residents"_s), 1);
    QVERIFY(QFileInfo::exists(dbPath(*m_dir) + u"-wal"_s));
    QVERIFY(QFileInfo::exists(dbPath(*m_dir) + u"-shm"_s));
}

void TstSqliteLocks::cleanup()
{
    m_worker.reset();
    m_database.reset();
    m_dir.reset();
}

QString TstSqliteLocks::crossBothWays()
{
    const int round = ++m_round;
    QSqlQuery query(db());
    for (int time = 0; time < 3; ++time) {
        const QString ours = u"held-%1-%2"_s.arg(round).arg(time);
        if (!query.exec(u"INSERT INTO settings (key, value) VALUES ('%1', 'here')"_s.arg(ours)))
            return u"this program cannot write: "_s + query.lastError().text();
        QString seen;
        const QString problem
                = runSqliteShell(dbPath(*m_dir),
                                 u"SELECT count(*) FROM settings WHERE key = '%1'; "
                                 "INSERT INTO settings (key, value) VALUES ('other-%2-%3', 'there');"_s.arg(ours)
                                         .arg(round)
                                         .arg(time),
                                 &seen);
        if (!problem.isEmpty())
            return problem;
        if (seen != u"1"_s)
            return u"the other program does not see %1 (it read %2)"_s.arg(ours, seen);
    }
    if (const QStringList deleted = deletedDatabaseFilesHeld(dbPath(*m_dir)); !deleted.isEmpty())
        return u"files deleted under this program: "_s + deleted.join(u", "_s);
    const QString theirs = u"SELECT count(*) FROM settings WHERE key LIKE 'other-%1-%%'"_s.arg(round);
    if (const qint64 seen = scalar(db(), theirs); seen != 3)
        return u"the window's connection sees %1 of the other program's 3 rows"_s.arg(seen);
    Database later;
    if (!later.open(location(), Database::Mode::Attach))
        return u"a new connection cannot open: "_s + later.errorString();
    if (const qint64 seen = scalar(later.connection(), theirs); seen != 3)
        return u"a new connection sees %1 of the other program's 3 rows"_s.arg(seen);
    if (const qint64 seen = scalar(later.connection(), u"SELECT count(*) FROM service_types"_s); seen <= 0)
        return u"a new connection sees no service catalogue"_s;
    return {};
}

void TstSqliteLocks::theProgramKnowsWhichFilesItHolds()
{
    using Held = SqliteFilesInUse::Held;
    const QString path = dbPath(*m_dir);
    QCOMPARE(SqliteFilesInUse::held(path), Held::Database);
    QCOMPARE(SqliteFilesInUse::held(m_dir->filePath(u"./linli.sqlite"_s)), Held::Database);
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QCOMPARE(SqliteFilesInUse::held(path + suffix), Held::Companion);
    // Through a link to the folder, as a file dialog may reach it.
    const QString link = m_dir->filePath(u"link"_s);
    QVERIFY(QFile::link(m_dir->path(), link));
    QCOMPARE(SqliteFilesInUse::held(link + u"/linli.sqlite-wal"_s), Held::Companion);
    QCOMPARE(SqliteFilesInUse::held(m_dir->filePath(u"other.sqlite"_s)), Held::No);
    QCOMPARE(SqliteFilesInUse::held(path + u"-other"_s), Held::No);
    m_worker.reset();
    QCOMPARE(SqliteFilesInUse::held(path), Held::Database);
    m_database.reset();
    QCOMPARE(SqliteFilesInUse::held(path), Held::No);
    QCOMPARE(SqliteFilesInUse::held(path + u"-wal"_s), Held::No);
}

void TstSqliteLocks::theHeldDatabaseCrossesBothWays()
{
    // The test itself: with nothing done beside, rows cross and nothing is deleted.
    const QString problem = crossBothWays();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(QFileInfo::exists(dbPath(*m_dir) + u"-wal"_s));
}

void TstSqliteLocks::everyOpeningKeepsTheLocks_data()
{
    QTest::addColumn<Opening>("opening");
    const QMetaEnum openings = QMetaEnum::fromType<Opening>();
    for (int i = 0; i < openings.keyCount(); ++i)
        QTest::newRow(openings.key(i)) << Opening(openings.value(i));
}

void TstSqliteLocks::everyOpeningKeepsTheLocks()
{
    QFETCH(Opening, opening);
    open(opening);
    if (QTest::currentTestFailed())
        return;
    const QString problem = crossBothWays();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstSqliteLocks::everyOpeningWhileAnotherProgramComesAndGoes()
{
    // The sqlite3 shell opens, writes and closes the database again and again meanwhile.
    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_s);
    QVERIFY2(!sqlite.isEmpty(), "the sqlite3 program is needed");
    const QString stop = m_dir->filePath(u"stop"_s);
    QProcess other;
    other.start(u"sh"_s,
                {u"-c"_s,
                 u"while [ ! -e \"$1\" ]; do \"$2\" -batch -cmd '.timeout 5000' \"$3\" "
                 "\"INSERT INTO settings (key, value) VALUES ('loop-' || hex(randomblob(8)), 'x')\" "
                 "|| exit 1; done"_s,
                 u"loop"_s, stop, sqlite, dbPath(*m_dir)});
    QVERIFY(other.waitForStarted());
    const QMetaEnum openings = QMetaEnum::fromType<Opening>();
    for (int i = 0; i < openings.keyCount() && !QTest::currentTestFailed(); ++i)
        open(Opening(openings.value(i)));
    writeFile(stop, {});
    QVERIFY(other.waitForFinished(30000));
    QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(scalar(db(), u"SELECT count(*) FROM settings WHERE key LIKE 'loop-%'"_s) > 0);
    const QString problem = crossBothWays();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstSqliteLocks::open(Opening opening)
{
    switch (opening) {
    case Opening::FirstKindAgain: {
        Database second;
        QVERIFY2(DatabaseSetup::open(second, location()), qPrintable(second.errorString()));
        return;
    }
    case Opening::OnAnotherThread:
        openOnAnotherThread();
        return;
    case Opening::Worker: {
        Worker reader(location());
        QCOMPARE(countOnWorker(reader, u"SELECT count(*) FROM staff"_s), 1);
        return;
    }
    case Opening::ServiceLogQueue: {
        ServiceLogQueue queue(location());
        QSignalSpy logged(&queue, &ServiceLogQueue::logged);
        QSignalSpy refused(&queue, &ServiceLogQueue::refused);
        ServiceEntry entry;
        entry.residentId = 5;
        entry.serviceTypeId = scalar(db(), u"SELECT min(id) FROM service_types"_s);
        entry.servedAt = QDateTime::currentDateTime().addSecs(-60);
        entry.handlerId = 1;
        queue.enqueue(entry);
        QTRY_COMPARE_WITH_TIMEOUT(logged.size() + refused.size(), 1, 10000);
        QVERIFY2(refused.isEmpty(), qPrintable(refused.isEmpty() ? QString() : refused.at(0).at(1).toString()));
        return;
    }
    case Opening::Overview: {
        OverviewLoader overview(location());
        QSignalSpy loaded(&overview, &OverviewLoader::loaded);
        overview.refresh();
        QVERIFY(loaded.wait(10000));
        return;
    }
    case Opening::ResidentImport:
        runResidentImport();
        return;
    case Opening::Backup:
        runBackupJob([this](BackupJob &job) { return job.backUpTo(m_dir->filePath(u"backup.sqlite"_s)); });
        return;
    case Opening::Restore: {
        const QString backup = m_dir->filePath(u"restored.sqlite"_s);
        QVERIFY(DatabaseBackup(db()).backUpTo(backup).isDone());
        runBackupJob([backup](BackupJob &job) { return job.restoreFrom(backup); });
        return;
    }
    case Opening::LiveFileJudgedAsBackup:
        QVERIFY(BackupFile::inspect(dbPath(*m_dir)).isUsable());
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
            QVERIFY(!BackupFile::inspect(dbPath(*m_dir) + suffix).isUsable());
        return;
    case Opening::FileHeaderRead:
        QCOMPARE(SqliteFileHeader::read(dbPath(*m_dir)).verdict(), SqliteFileHeader::Verdict::Plausible);
        QCOMPARE(SqliteFileHeader::read(dbPath(*m_dir) + u"-shm"_s).verdict(), SqliteFileHeader::Verdict::NotSqlite);
        return;
    }
    QFAIL("an opening without a test");
}

void TstSqliteLocks::openOnAnotherThread()
{
    QString error;
    QThread *thread = QThread::create([this, &error] {
        for (const Database::Mode mode : {Database::Mode::Attach, Database::Mode::Prepare}) {
            Database database;
            if (!database.open(location(), mode))
                error = database.errorString();
        }
    });
    thread->start();
    QVERIFY(thread->wait(30000));
    delete thread;
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TstSqliteLocks::runResidentImport()
{
    const QString sheet = m_dir->filePath(u"roster.csv"_s);
    const QString name = u"刘洋%1"_s.arg(scalar(db(), u"SELECT count(*) FROM residents"_s));
    writeFile(sheet, u"姓名,性别,出生日期,网格\n%1,男,1950-03-02,一网格\n"_s.arg(name).toUtf8());
    SheetImportJob job(location(), Actor::commandLine(),
                       [](const QSqlDatabase &connection) { return std::make_unique<ResidentImport>(connection); });
    QSignalSpy loaded(&job, &SheetImportJob::loaded);
    QSignalSpy checked(&job, &SheetImportJob::checked);
    QSignalSpy written(&job, &SheetImportJob::written);
    QSignalSpy failed(&job, &SheetImportJob::failed);
    job.load(sheet);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(firstMessage(failed)));
    job.check(loaded.at(0).at(0).value<SheetImportJob::Preview>().columnChoices);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(firstMessage(failed)));
    job.write(false);
    QTRY_COMPARE_WITH_TIMEOUT(written.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(firstMessage(failed)));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM residents WHERE name = '%1'"_s.arg(name)), 1);
}

void TstSqliteLocks::runBackupJob(const std::function<bool(BackupJob &)> &start)
{
    BackupJob job(location(), Actor::commandLine());
    QSignalSpy finished(&job, &BackupJob::finished);
    QVERIFY(start(job));
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
}

void TstSqliteLocks::theLiveFileIsNoBackupOfItself()
{
    DatabaseBackup restore(db());
    const Result<QString> itself = restore.restoreFrom(dbPath(*m_dir));
    QVERIFY2(itself.message().contains(u"itself"_s), qPrintable(itself.message()));
    const Result<QString> itsLog = restore.backUpTo(dbPath(*m_dir) + u"-wal"_s);
    QVERIFY2(itsLog.message().contains(u"one of its files"_s), qPrintable(itsLog.message()));
    const QString problem = crossBothWays();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstSqliteLocks::aDamagedFileStillOpenIsNotMovedAside()
{
    const QString backup = m_dir->filePath(u"backup.sqlite"_s);
    QVERIFY(DatabaseBackup(db()).backUpTo(backup).isDone());
    QVERIFY(scalar(db(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s) == 0);
    // Cut short under the window (this very write drops the window's locks; what is tested is
    // that the damaged file the window still uses stays where it is).
    QFile file(dbPath(*m_dir));
    QVERIFY(file.open(QIODevice::ReadWrite) && file.resize(file.size() / 2));
    file.close();
    BackupJob job(location(), Actor::commandLine());
    QSignalSpy finished(&job, &BackupJob::finished);
    QVERIFY(job.restoreFrom(backup));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(finished.at(0).at(1).toString().contains(u"still open"_s), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(QDir(m_dir->path()).entryList({u"*damaged*"_s}), QStringList());
}

void TstSqliteLocks::linliItselfAsTheOtherProgram()
{
    // A scheduled `linli check` or `linli report` run while the window is open.
    for (int time = 0; time < 2; ++time) {
        QProcess linli;
        linli.start(qEnvironmentVariable("LINLI_EXECUTABLE"), {u"--db"_s, dbPath(*m_dir), u"check"_s, u"--quick"_s});
        QVERIFY(linli.waitForFinished(60000));
        QVERIFY2(linli.exitCode() == 0, linli.readAllStandardError().constData());
    }
    QVERIFY2(deletedDatabaseFilesHeld(dbPath(*m_dir)).isEmpty(),
             qPrintable(deletedDatabaseFilesHeld(dbPath(*m_dir)).join(u", "_s)));
    const QString problem = crossBothWays();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TstSqliteLocks)
#include "tst_sqlitelocks.moc"
