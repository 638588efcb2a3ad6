#include "auditlog.h"
#include "backupfile.h"
#include "database.h"
#include "databasechecker.h"
#include "idnumber.h"
#include "residentstore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

constexpr int killedProgramEndsWithinMs = 180000;

// Faults a desk meets and Linli must survive, with real processes: the program killed in the
// middle of a large import, and two programs writing to one database file at once.
class TstFaults : public QObject
{
    Q_OBJECT

public:
    // `tst_faults --writer FILE N K`: registers N residents one save at a time (writer K's ID
    // numbers; a save told "busy" is repeated), then prints "saved S busy B" — the other process
    // of the two-writer test.
    static int runWriter(const QString &path, int count, int writer);
    // `tst_faults --editor FILE`: edits resident 5 again and again until killed; edit n writes
    // notes "v<n>", a phone ending in n and, for odd n, the "living alone" tag.
    static int runEditor(const QString &path);
    static ResidentDraft edition(const ResidentDraft &draft, int n);

private slots:
    void initTestCase();
    void aKilledImportLeavesNothingOfItself();
    void twoProgramsWritingLoseNothing();
    void aKilledSaveLeavesTheOldOrTheNewResident();
    void aBackupWhileAnotherProgramWritesIsASnapshot();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run linli(const QStringList &arguments, int timeoutMs = 300000);
    static qint64 count(const QString &path, const QString &sql);
    // A new database with a grid, resident 5 and one staff member, closed again.
    static bool makeDeskDatabase(const QString &path);

    QString m_executable;
    QTemporaryDir m_home;
};

int TstFaults::runWriter(const QString &path, int count, int writer)
{
    Database database;
    if (!DatabaseSetup::open(database, DatabaseLocation::fromArgument(path))) {
        fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    ResidentStore store(database.connection());
    int saved = 0;
    int busy = 0;
    for (int i = 0; i < count; ++i) {
        ResidentDraft draft;
        draft.name = u"写入者"_s;
        // Writer 1 is born on odd days of 1950, writer 2 in 1951: no two ID numbers alike.
        draft.idNumber = IdNumber::compose(u"330106", QDate(1949 + writer, 1, 1).addDays(i / 400), 2 * (i % 400) + 1);
        draft.gridId = 1;
        // A save told "busy" is tried again, as the clerk would.
        for (int attempt = 0; attempt < 3; ++attempt) {
            const Result<qint64> result = store.create(draft);
            if (result.isDone()) {
                ++saved;
                break;
            }
            if (!result.message().contains(u"busy"_s)) {
                fprintf(stderr, "%s\n", qPrintable(result.message()));
                break;
            }
            ++busy;
        }
    }
    printf("saved %d busy %d\n", saved, busy);
    return saved == count ? 0 : 1;
}

ResidentDraft TstFaults::edition(const ResidentDraft &draft, int n)
{
    ResidentDraft edited = draft;
    edited.notes = u"v%1"_s.arg(n);
    edited.phone = u"138%1"_s.arg(n, 8, 10, QLatin1Char('0'));
    edited.tags = n % 2 ? QStringList{u"living_alone"_s} : QStringList();
    return edited;
}

int TstFaults::runEditor(const QString &path)
{
    Database database;
    if (!DatabaseSetup::open(database, DatabaseLocation::fromArgument(path)))
        return 1;
    ResidentStore store(database.connection());
    for (;;) {
        const std::optional<ResidentStore::Record> record = store.load(5);
        if (!record)
            return 1;
        const int n = record->draft.notes.mid(1).toInt() + 1;
        if (!store.update(5, record->version, edition(record->draft, n)).isDone())
            return 1;
    }
}

void TstFaults::initTestCase()
{
    m_executable = qEnvironmentVariable("LINLI_EXECUTABLE");
    QVERIFY2(QFileInfo(m_executable).isExecutable(), "LINLI_EXECUTABLE must name the built linli");
}

TstFaults::Run TstFaults::linli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home.path());
    process.setProcessEnvironment(environment);
    process.start(m_executable, QStringList{u"--lang"_s, u"en"_s} + arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

qint64 TstFaults::count(const QString &path, const QString &sql)
{
    Database database;
    return DatabaseSetup::open(database, DatabaseLocation::fromArgument(path)) ? scalar(database.connection(), sql)
                                                                               : -1;
}

bool TstFaults::makeDeskDatabase(const QString &path)
{
    Database database;
    return DatabaseSetup::open(database, DatabaseLocation::fromArgument(path))
            && addDeskPeople(database.connection(), u"(1, '李敏', 1)"_s);
}

void TstFaults::aKilledImportLeavesNothingOfItself()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"source.sqlite"_s);
    const QString path = dbPath(dir);
    // A district-sized sheet: 100,300 residents, the first 300 already registered here.
    QCOMPARE(linli({u"--db"_s, source, u"demo"_s, u"--residents"_s, u"100300"_s, u"--services"_s, u"0"_s, u"--visits"_s,
                    u"0"_s})
                     .exitCode,
             0);
    const QString all = dir.filePath(u"all.csv"_s);
    QCOMPARE(linli({u"--db"_s, source, u"export"_s, u"residents"_s, all}).exitCode, 0);
    QFile sheet(all);
    QVERIFY(sheet.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = sheet.readAll().split('\n');
    const QByteArray header = lines.first() + '\n';
    const QString first = dir.filePath(u"first.csv"_s);
    const QString rest = dir.filePath(u"rest.csv"_s);
    writeFile(first, header + lines.mid(1, 300).join('\n') + '\n');
    writeFile(rest, header + lines.mid(301).join('\n'));
    QCOMPARE(linli({u"--db"_s, path, u"import"_s, u"residents"_s, first}).exitCode, 0);

    // Killed (SIGKILL, no chance to clean up) at random moments, from reading the sheet to committing.
    QElapsedTimer whole;
    whole.start();
    const Run full = linli({u"--db"_s, dbPath(dir, u"timing.sqlite"_s), u"import"_s, u"residents"_s, rest});
    QVERIFY2(full.exitCode == 0, qPrintable(full.err));
    const int importMs = int(whole.elapsed());
    constexpr int kills = 6;
    int toldUnfinished = 0;
    for (int attempt = 0; attempt < kills; ++attempt) {
        QProcess import;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_home.path());
        import.setProcessEnvironment(environment);
        import.start(m_executable, {u"--db"_s, path, u"import"_s, u"residents"_s, rest});
        QVERIFY(import.waitForStarted());
        // Mostly before the commit (the whole import took importMs into an empty file).
        const int after = QRandomGenerator::global()->bounded(200, qMax(300, importMs * 4 / 5));
        QTest::qWait(after);
        // It may have finished by itself meanwhile (then it counts as killed after its commit).
        if (import.state() != QProcess::NotRunning) {
            import.kill();
            // A killed program still finishes the disk write it is inside; on a loaded machine
            // that can take longer than QProcess's 30 s default.
            QVERIFY(import.waitForFinished(killedProgramEndsWithinMs));
        }
        qInfo("killed after %d ms of about %d", after, importMs);
        // Opened again as the next start would: none of the import (or, killed after its commit,
        // all of it with its audit row), the rest as it was, the file sound.
        const qint64 residents = count(path, u"SELECT count(*) FROM residents"_s);
        const bool committed = residents == 100300;
        QVERIFY2(residents == 300 || committed, qPrintable(QString::number(residents)));
        QCOMPARE(count(path, u"SELECT count(*) FROM audit_log WHERE action = 'IMPORT'"_s), committed ? 2 : 1);
        const Run check = linli({u"--db"_s, path, u"check"_s});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        if (committed)
            return;
        // Killed while writing: the next import says so (and only then).
        if (count(path, u"SELECT count(*) FROM settings WHERE key = 'import_in_progress'"_s) == 1) {
            const Run next = linli({u"--db"_s, path, u"import"_s, u"residents"_s, first});
            QVERIFY2(next.err.contains(u"The last import of residents from rest.csv (100,000 rows"_s),
                     qPrintable(next.err));
            QCOMPARE(count(path, u"SELECT count(*) FROM settings WHERE key = 'import_in_progress'"_s), 0);
            ++toldUnfinished;
        }
    }
    qInfo("%d of the kills came while the import was being written, and were told", toldUnfinished);
    // And then the import, whole.
    const Run last = linli({u"--db"_s, path, u"import"_s, u"residents"_s, rest});
    QVERIFY2(last.exitCode == 0, qPrintable(last.err));
    QCOMPARE(count(path, u"SELECT count(*) FROM residents"_s), 100300);
}

void TstFaults::twoProgramsWritingLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QVERIFY(makeDeskDatabase(path));
    constexpr int each = 3000;
    QElapsedTimer timer;
    timer.start();
    QProcess writers[2];
    for (int writer = 0; writer < 2; ++writer) {
        writers[writer].start(QCoreApplication::applicationFilePath(),
                              {u"--writer"_s, path, QString::number(each), QString::number(writer + 1)});
        QVERIFY(writers[writer].waitForStarted());
    }
    for (QProcess &writer : writers) {
        QVERIFY(writer.waitForFinished(300000));
        const QString said = QString::fromUtf8(writer.readAllStandardOutput()).trimmed();
        qInfo("%s", qPrintable(said));
        QVERIFY2(writer.exitCode() == 0, qPrintable(said + QString::fromUtf8(writer.readAllStandardError())));
        QVERIFY2(said.startsWith(u"saved %1 busy "_s.arg(each)), qPrintable(said)); // every one saved
    }
    qInfo("%d saves by two programs at once in %lld ms", 2 * each, timer.elapsed());
    Database database;
    QVERIFY(DatabaseSetup::open(database, DatabaseLocation::fromArgument(path)));
    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, u"SELECT count(*) FROM residents"_s), 2 * each + 1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND object_type = 'resident'"_s),
             2 * each);
    QVERIFY(!AuditLog(db).firstBrokenRow());
    QVERIFY(DatabaseChecker(db).run().ok);
}

void TstFaults::aKilledSaveLeavesTheOldOrTheNewResident()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QVERIFY(makeDeskDatabase(path));
    {
        Database database;
        QVERIFY(DatabaseSetup::open(database, DatabaseLocation::fromArgument(path)));
        ResidentStore store(database.connection());
        const ResidentStore::Record record = *store.load(5);
        QVERIFY(store.update(5, record.version, edition(record.draft, 1)).isDone());
    }
    int lastEdition = 0;
    for (int attempt = 0; attempt < 10; ++attempt) {
        QProcess editor;
        editor.start(QCoreApplication::applicationFilePath(), {u"--editor"_s, path});
        QVERIFY(editor.waitForStarted());
        QTest::qWait(QRandomGenerator::global()->bounded(100, 600));
        editor.kill();
        QVERIFY(editor.waitForFinished(killedProgramEndsWithinMs));
        // One edition whole: fields, tags and version agree, and one audit row per saved edition.
        Database database;
        QVERIFY2(DatabaseSetup::open(database, DatabaseLocation::fromArgument(path)),
                 qPrintable(database.errorString()));
        const ResidentStore::Record record = *ResidentStore(database.connection()).load(5);
        const int n = record.draft.notes.mid(1).toInt();
        QVERIFY2(n >= lastEdition, qPrintable(record.draft.notes)); // nothing committed is lost
        QCOMPARE(record.draft.phone, edition(record.draft, n).phone);
        QCOMPARE(record.draft.tags, edition(record.draft, n).tags);
        QCOMPARE(record.version, qint64(n) + 1);
        QCOMPARE(scalar(database.connection(),
                        u"SELECT count(*) FROM audit_log WHERE action = 'UPDATE' "
                        "AND object_type = 'resident' AND object_id = 5"_s),
                 n);
        QVERIFY(DatabaseChecker(database.connection()).run(DatabaseChecker::Depth::Quick).ok);
        qInfo("killed at edition %d", n);
        lastEdition = n;
    }
    QVERIFY(lastEdition > 10); // the kills came while it was saving
}

void TstFaults::aBackupWhileAnotherProgramWritesIsASnapshot()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QVERIFY(makeDeskDatabase(path));
    QProcess writer;
    // Long enough to outlast the first backup on a busy machine (about 20 s on an idle one).
    constexpr int saves = 10000;
    writer.start(QCoreApplication::applicationFilePath(), {u"--writer"_s, path, QString::number(saves), u"1"_s});
    QVERIFY(writer.waitForStarted());
    // Under way before the first backup, however long the writer took to start on a busy machine.
    QTRY_VERIFY_WITH_TIMEOUT(count(path, u"SELECT count(*) FROM residents"_s) > 10, 30000);
    qint64 previous = 0;
    qint64 first = 0;
    for (int backup = 1; backup <= 3; ++backup) {
        const QString file = dir.filePath(u"backup-%1.sqlite"_s.arg(backup));
        const Run run = linli({u"--db"_s, path, u"backup"_s, file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // A snapshot: checked, sound, and as many residents as at one moment of the writing.
        QVERIFY(BackupFile::inspect(file).isUsable());
        const qint64 residents = count(file, u"SELECT count(*) FROM residents"_s);
        QCOMPARE(count(file, u"SELECT count(*) FROM audit_log WHERE action = 'CREATE'"_s), residents - 1);
        QVERIFY(residents >= previous && residents <= saves + 1);
        qInfo("backup %d holds %lld residents", backup, residents);
        previous = residents;
        if (backup == 1)
            first = residents;
    }
    QVERIFY(writer.waitForFinished(300000));
    QCOMPARE(writer.exitCode(), 0);                                               // the writer was never refused
    QVERIFY2(first > 1 && first < saves + 1, qPrintable(QString::number(first))); // made while it wrote
}

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--editor") == 0) {
        QCoreApplication app(argc, argv);
        return TstFaults::runEditor(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 5 && std::strcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return TstFaults::runWriter(QString::fromLocal8Bit(argv[2]), QString::fromLatin1(argv[3]).toInt(),
                                    QString::fromLatin1(argv[4]).toInt());
    }
    QCoreApplication app(argc, argv);
    TstFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faults.moc"
