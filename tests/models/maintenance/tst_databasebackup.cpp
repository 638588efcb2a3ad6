#include "actor.h"
#include "auditlog.h"
#include "backupfile.h"
#include "backupjob.h"
#include "backuprotation.h"
#include "database.h"
#include "databasebackup.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// Backups and restores: only verified copies count, a failure spoils nothing, the administrator's
// right, audited; and which daily backups the rotation keeps.
class TstDatabaseBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aBackupIsACheckedCopyAndAudited();
    void aFailedBackupLeavesTheEarlierOne();
    void onlyAnAdministratorBacksUpOrRestores();
    void restoreBringsBackTheBackupAndKeepsTheCurrentAside();
    void restoreRefusesAFileThatIsNotAGoodBackup_data();
    void restoreRefusesAFileThatIsNotAGoodBackup();
    void restoreWaitsForAnotherWriterThenGivesUp();
    void theWindowsJobWorksInTheBackgroundForItsUser();
    void rotationKeepsSevenDaysAndFourWeeks();
    void theDailyBackupThinsOutItsFolder();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    void addResident(int id, const QString &name);

    QTemporaryDir *m_dir = nullptr;
    Database *m_database = nullptr;
};

void TstDatabaseBackup::init()
{
    m_dir = new QTemporaryDir;
    m_database = new Database;
    QVERIFY(DatabaseSetup::open(*m_database, DatabaseLocation::fromArgument(dbPath(*m_dir))));
    QVERIFY(addDeskPeople(db(), u"(1, '李敏', 1)"_s));
}

void TstDatabaseBackup::cleanup()
{
    Actor::forget(db());
    delete m_database;
    delete m_dir;
}

void TstDatabaseBackup::addResident(int id, const QString &name)
{
    QSqlQuery query(db());
    QVERIFY2(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, grid_id, registered_at, updated_at) "
                        "VALUES (%1, '%2', 'M', '1950-01-01', 1, '', '')"_s.arg(id)
                                .arg(name)),
             qPrintable(query.lastError().text()));
}

void TstDatabaseBackup::aBackupIsACheckedCopyAndAudited()
{
    const QString target = m_dir->filePath(u"copy.sqlite"_s);
    writeFile(target, "an older file of that name");
    DatabaseBackup backup(db());
    const Result<QString> written = backup.backUpTo(target);
    LINLI_VERIFY_DONE(written);
    QCOMPARE(written.value(), target);
    QVERIFY(BackupFile::inspect(target).isUsable());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u".copy.sqlite.partial"_s)));

    Database copy;
    QVERIFY(DatabaseSetup::open(copy, DatabaseLocation::fromArgument(target)));
    QCOMPARE(scalar(copy.connection(), u"SELECT count(*) FROM residents"_s), 1);
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'BACKUP' AND result = 'ok' "
                    "AND changes LIKE 'file=copy.sqlite; bytes=%'"_s),
             1);
    QVERIFY(!AuditLog(db()).firstBrokenRow());
}

void TstDatabaseBackup::aFailedBackupLeavesTheEarlierOne()
{
    const QString target = m_dir->filePath(u"copy.sqlite"_s);
    DatabaseBackup backup(db());
    QVERIFY(backup.backUpTo(target).isDone());
    const QByteArray good = fileDigest(target);
    // Something in the way of the temporary file: SQLite cannot write there.
    QVERIFY(QDir(m_dir->path()).mkdir(u".copy.sqlite.partial"_s));
    addResident(6, u"刘洋"_s);
    const Result<QString> blocked = backup.backUpTo(target);
    QVERIFY(blocked.is(Problem::Kind::Failed));
    QVERIFY2(blocked.message().contains(u"could not be written"_s), qPrintable(blocked.message()));
    QCOMPARE(fileDigest(target), good);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE action = 'BACKUP' AND result = 'failed'"_s), 1);
    QVERIFY(backup.backUpTo(dbPath(*m_dir)).is(Problem::Kind::Invalid));
    QVERIFY(backup.backUpTo(m_dir->filePath(u"no/such/folder/copy.sqlite"_s)).message().contains(u"does not exist"_s));
}

void TstDatabaseBackup::onlyAnAdministratorBacksUpOrRestores()
{
    const QString target = m_dir->filePath(u"copy.sqlite"_s);
    QVERIFY(DatabaseBackup(db()).backUpTo(target).isDone());
    for (const Role role : {Role::Clerk, Role::Manager}) {
        Actor::actFor(db(), Actor{0, u"someone"_s, {}, role});
        DatabaseBackup backup(db());
        const Result<QString> refused = backup.backUpTo(m_dir->filePath(u"other.sqlite"_s));
        QVERIFY(refused.is(Problem::Kind::NotPermitted));
        QVERIFY2(refused.message().contains(u"Administrator"_s), qPrintable(refused.message()));
        QVERIFY(backup.restoreFrom(target).is(Problem::Kind::NotPermitted));
        QVERIFY(backup.backUpIntoFolder(m_dir->filePath(u"daily"_s), QDate(2026, 11, 24))
                        .is(Problem::Kind::NotPermitted));
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"other.sqlite"_s)));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"daily/linli-2026-11-24.sqlite"_s)));
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'DENIED' "
                    "AND changes = 'permission=BackupAndRestore'"_s),
             6);
}

void TstDatabaseBackup::restoreBringsBackTheBackupAndKeepsTheCurrentAside()
{
    const QString target = m_dir->filePath(u"copy.sqlite"_s);
    QVERIFY(DatabaseBackup(db()).backUpTo(target).isDone());
    addResident(6, u"刘洋"_s);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM residents"_s), 2);

    DatabaseBackup backup(db());
    const Result<QString> restored = backup.restoreFrom(target);
    LINLI_VERIFY_DONE(restored);
    // The open connection sees the backup at once.
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM residents"_s), 1);
    const QString kept = restored.value();
    QVERIFY(kept.contains(u"linli.pre-restore-"_s));
    Database before;
    QVERIFY(DatabaseSetup::open(before, DatabaseLocation::fromArgument(kept)));
    QCOMPARE(scalar(before.connection(), u"SELECT count(*) FROM residents"_s), 2);

    QVERIFY(backup.recordRestore(target, kept));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE action = 'RESTORE'"_s), 1);
    QVERIFY(!AuditLog(db()).firstBrokenRow());
    {
        QSqlQuery check(db());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }

    // Opened again from the file, as the next start would.
    delete m_database;
    m_database = new Database;
    QVERIFY(DatabaseSetup::open(*m_database, DatabaseLocation::fromArgument(dbPath(*m_dir))));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM residents"_s), 1);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE action = 'RESTORE'"_s), 1);
}

void TstDatabaseBackup::restoreRefusesAFileThatIsNotAGoodBackup_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << u"missing"_s << u"There is no file"_s;
    QTest::newRow("text") << u"text"_s << u"not a Linli backup"_s;
    QTest::newRow("foreign sqlite") << u"foreign"_s << u"not a Linli backup"_s;
    QTest::newRow("newer version") << u"newer"_s << u"newer version"_s;
    QTest::newRow("truncated") << u"truncated"_s << u"cut short"_s;
    QTest::newRow("damaged page") << u"damaged"_s << u"damaged"_s;
}

void TstDatabaseBackup::restoreRefusesAFileThatIsNotAGoodBackup()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString file = m_dir->filePath(u"offered.sqlite"_s);
    if (kind == u"text"_s) {
        writeFile(file, "name,id\n张三,1\n");
    } else if (kind == u"foreign"_s) {
        QVERIFY(execRaw(file, {u"CREATE TABLE notes (body TEXT)"_s}));
    } else if (kind != u"missing"_s) {
        QVERIFY(DatabaseBackup(db()).backUpTo(file).isDone());
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadWrite));
        if (kind == u"newer"_s) {
            QVERIFY(execRaw(file, {u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)}));
        } else if (kind == u"truncated"_s) {
            QVERIFY(bytes.resize(bytes.size() / 2));
        } else {
            // A page in the middle overwritten; the header still looks right.
            QVERIFY(bytes.seek((bytes.size() / 4096 / 2) * 4096));
            bytes.write(QByteArray(4096, '\x5a'));
        }
    }
    const QByteArray before = fileDigest(dbPath(*m_dir));
    const qint64 auditRows = scalar(db(), u"SELECT count(*) FROM audit_log"_s);
    DatabaseBackup backup(db());
    const Result<QString> refused = backup.restoreFrom(file);
    QVERIFY2(refused.message().startsWith(u"Nothing was restored"_s) && refused.message().contains(expected),
             qPrintable(refused.message()));
    QCOMPARE(fileDigest(dbPath(*m_dir)), before);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log"_s), auditRows);
    QCOMPARE(QDir(m_dir->path()).entryList({u"*pre-restore*"_s}).size(), 0);
}

void TstDatabaseBackup::restoreWaitsForAnotherWriterThenGivesUp()
{
    const QString target = m_dir->filePath(u"copy.sqlite"_s);
    QVERIFY(DatabaseBackup(db()).backUpTo(target).isDone());
    addResident(6, u"刘洋"_s);
    Database other;
    QVERIFY(other.open(DatabaseLocation::fromArgument(dbPath(*m_dir)), Database::Mode::Attach));
    WriteTransaction holding(other.connection());
    QVERIFY(holding.isActive());
    DatabaseBackup backup(db());
    const Result<QString> busy = backup.restoreFrom(target);
    QVERIFY2(busy.message().contains(u"busy"_s), qPrintable(busy.message()));
    holding.rollback();
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM residents"_s), 2);
    LINLI_VERIFY_DONE(backup.restoreFrom(target));
    QCOMPARE(scalar(other.connection(), u"SELECT count(*) FROM residents"_s), 1);
}

void TstDatabaseBackup::theWindowsJobWorksInTheBackgroundForItsUser()
{
    const QString target = m_dir->filePath(u"copy.sqlite"_s);
    const DatabaseLocation location = DatabaseLocation::fromArgument(dbPath(*m_dir));
    BackupJob job(location, Actor{0, u"boss"_s, u"赵主任"_s, Role::Admin});
    QSignalSpy finished(&job, &BackupJob::finished);
    QVERIFY(job.backUpTo(target));
    QVERIFY(!job.backUpTo(target)); // one at a time
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(2).toString(), target);

    addResident(6, u"刘洋"_s);
    QTRY_VERIFY(!job.isRunning());
    QVERIFY(job.restoreFrom(target));
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    QVERIFY(finished.at(1).at(2).toString().contains(u"pre-restore"_s));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM residents"_s), 1);
    // The backup's own row came after the snapshot: the log is the backup's, plus the restore.
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE login = 'boss' AND action = 'RESTORE'"_s), 1);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE login = 'boss' AND action = 'BACKUP'"_s), 0);

    BackupJob clerks(location, Actor{0, u"clerk1"_s, u"李敏"_s, Role::Clerk});
    QSignalSpy refused(&clerks, &BackupJob::finished);
    QVERIFY(clerks.restoreFrom(target));
    QVERIFY(refused.wait(20000));
    QCOMPARE(refused.at(0).at(0).toBool(), false);
    QVERIFY(refused.at(0).at(1).toString().contains(u"Administrator"_s));
}

void TstDatabaseBackup::rotationKeepsSevenDaysAndFourWeeks()
{
    // Sixty daily backups up to Tuesday 24 November 2026.
    const QDate today(2026, 11, 24);
    QList<QDate> days;
    for (int back = 0; back < 60; ++back)
        days.append(today.addDays(-back));
    const QList<QDate> expired = BackupRotation::expired(days);
    QList<QDate> kept;
    for (const QDate &day : std::as_const(days)) {
        if (!expired.contains(day))
            kept.append(day);
    }
    // The last seven days, then the Sundays ending the four weeks before the oldest of them.
    const QList<QDate> expected{today,
                                today.addDays(-1),
                                today.addDays(-2),
                                today.addDays(-3),
                                today.addDays(-4),
                                today.addDays(-5),
                                today.addDays(-6),
                                QDate(2026, 11, 15),
                                QDate(2026, 11, 8),
                                QDate(2026, 11, 1),
                                QDate(2026, 10, 25)};
    QCOMPARE(kept, expected);
    // With gaps: fewer backups than places, nothing expires.
    QCOMPARE(BackupRotation::expired({today, QDate(2026, 6, 1), QDate(2025, 1, 1)}), QList<QDate>());
}

void TstDatabaseBackup::theDailyBackupThinsOutItsFolder()
{
    const QString folder = m_dir->filePath(u"daily"_s);
    QVERIFY(QDir().mkpath(folder));
    const QDate today(2026, 11, 24);
    for (int back = 1; back < 40; ++back)
        writeFile(QDir(folder).filePath(u"linli-%1.sqlite"_s.arg(today.addDays(-back).toString(Qt::ISODate))), "x");
    writeFile(QDir(folder).filePath(u"notes.txt"_s), "kept");
    DatabaseBackup backup(db());
    LINLI_VERIFY_DONE(backup.backUpIntoFolder(folder, today));
    const QStringList left = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(left.size(), 7 + 4 + 1);
    QVERIFY(left.contains(u"notes.txt"_s));
    QVERIFY(left.contains(u"linli-2026-11-24.sqlite"_s));
    QVERIFY(left.contains(u"linli-2026-10-25.sqlite"_s));
    QVERIFY(!left.contains(u"linli-2026-10-24.sqlite"_s));
    QVERIFY(BackupFile::inspect(QDir(folder).filePath(u"linli-2026-11-24.sqlite"_s)).isUsable());
    // A second run the same day writes nothing new.
    const qint64 backups = scalar(db(), u"SELECT count(*) FROM audit_log WHERE action = 'BACKUP'"_s);
    const Result<QString> again = backup.backUpIntoFolder(folder, today);
    LINLI_VERIFY_DONE(again);
    QVERIFY(again.value().isEmpty());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE action = 'BACKUP'"_s), backups);
}

QTEST_MAIN(TstDatabaseBackup)
#include "tst_databasebackup.moc"
