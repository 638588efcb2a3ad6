// End-to-end tests of the linli command line: the real executable, run as a user would.

#include "idnumber.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QScopeGuard>
#include <QRegularExpression>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace linli::test;

class TstCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void demoThenCheck();
    void demoIsDeterministic();
    void demoRefusesAFilledDatabase();
    void refusedFilesAreLeftAlone_data();
    void refusedFilesAreLeftAlone();
    void chineseOutput();
    void followsTheSystemLanguage();
    void checkFindsDamage();
    void importIsAllOrNothing();
    void importSkippingInvalidRows();
    void exportThenImportIntoAnotherDatabase();
    void outputNeverGoesOntoTheDatabase_data();
    void outputNeverGoesOntoTheDatabase();
    void servicesMoveBetweenDatabasesBySheet();
    void visitsGoToAPhoneCalendar();
    void aMonthlyReportAndItsFiguresRepaired();
    void accountsFromTheCommandLine();
    void centersFromTheCommandLine();
    void backupThenRestore();
    void aPasswordTypedAtATerminalIsNotShown();
    void filesAreTheOwnersAlone();
    void windowOpensAndPaints_data();
    void windowOpensAndPaints();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // language: "zh_CN" or "en" is passed with --lang; anything else is the system locale to set.
    Result linli(const QStringList &arguments, const QString &language = u"en"_s, const QByteArray &input = {});

    QString m_executable;
    QTemporaryDir m_home;
};

void TstCli::initTestCase()
{
    m_executable = qEnvironmentVariable("LINLI_EXECUTABLE");
    QVERIFY2(QFileInfo(m_executable).isExecutable(), "LINLI_EXECUTABLE must name the built linli");
}

TstCli::Result TstCli::linli(const QStringList &arguments, const QString &language, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No display at all: subcommands must not need one.
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    const bool explicitLanguage = language == u"zh_CN"_s || language == u"en"_s;
    if (!explicitLanguage) {
        environment.insert(u"LC_ALL"_s, language);
        environment.insert(u"LANG"_s, language);
    }
    process.setProcessEnvironment(environment);
    process.start(m_executable, (explicitLanguage ? QStringList{u"--lang"_s, language} : QStringList()) + arguments);
    process.write(input);
    process.closeWriteChannel();
    Result result;
    if (!process.waitForFinished(300000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TstCli::helpAndVersion()
{
    const Result help = linli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"demo"_s));
    QVERIFY(help.out.contains(u"check"_s));
    const Result version = linli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"linli "_s));
}

void TstCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown global option") << QStringList{u"--colour"_s, u"check"_s};
    QTest::newRow("--db without value") << QStringList{u"--db"_s};
    QTest::newRow("unknown demo option") << QStringList{u"demo"_s, u"--people"_s, u"5"_s};
    QTest::newRow("count not a number") << QStringList{u"demo"_s, u"--residents"_s, u"many"_s};
    QTest::newRow("negative count") << QStringList{u"demo"_s, u"--services"_s, u"-5"_s};
    QTest::newRow("stray argument") << QStringList{u"check"_s, u"now"_s};
    QTest::newRow("import without file") << QStringList{u"import"_s, u"residents"_s};
    QTest::newRow("import of what") << QStringList{u"import"_s, u"spaceships"_s, u"x.csv"_s};
    QTest::newRow("export without file") << QStringList{u"export"_s, u"residents"_s};
    QTest::newRow("export from an impossible day")
            << QStringList{u"export"_s, u"services"_s, u"x.csv"_s, u"--from"_s, u"2025-13-01"_s};
    QTest::newRow("export residents of a period")
            << QStringList{u"export"_s, u"residents"_s, u"x.csv"_s, u"--from"_s, u"2025-01-01"_s};
    QTest::newRow("staff for services") << QStringList{u"export"_s, u"services"_s, u"x.csv"_s, u"--staff"_s, u"李敏"_s};
    QTest::newRow("export to before from") << QStringList{u"export"_s,     u"services"_s, u"x.csv"_s,     u"--from"_s,
                                                          u"2025-02-01"_s, u"--to"_s,     u"2025-01-01"_s};
    QTest::newRow("report without month") << QStringList{u"report"_s, u"--csv"_s, u"x.csv"_s};
    QTest::newRow("report of month 13") << QStringList{u"report"_s, u"--month"_s, u"2026-13"_s, u"--csv"_s, u"x.csv"_s};
    QTest::newRow("report to nowhere") << QStringList{u"report"_s, u"--month"_s, u"2026-10"_s};
    QTest::newRow("backup to nowhere") << QStringList{u"backup"_s};
    QTest::newRow("backup to a file and a folder")
            << QStringList{u"backup"_s, u"x.sqlite"_s, u"--folder"_s, u"daily"_s};
    QTest::newRow("restore from nothing") << QStringList{u"restore"_s};
}

void TstCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const Result result = linli(QStringList{u"--db"_s, dbPath(dir)} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.trimmed().isEmpty());
}

void TstCli::demoThenCheck()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    const Result demo = linli({u"--db"_s, path, u"demo"_s, u"--residents"_s, u"2000"_s, u"--services"_s, u"10000"_s,
                               u"--visits"_s, u"500"_s, u"--seed"_s, u"5"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY(demo.out.contains(u"residents: 2000 of 2000"_s));
    QVERIFY(demo.out.contains(u"rows/s"_s));

    const Result check = linli({u"--db"_s, path, u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QVERIFY(check.out.contains(u"Result: ok"_s));
    QVERIFY(check.out.contains(u"Schema version: %1"_s.arg(linli::Database::latestSchemaVersion())));
    const QStringList lines = check.out.split(u'\n');
    auto countOf = [&](const QString &table) {
        for (const QString &line : lines) {
            const QStringList parts = line.simplified().split(u' ');
            if (parts.size() == 2 && parts.first() == table)
                return parts.last().toLongLong();
        }
        return qint64(-1);
    };
    QCOMPARE(countOf(u"residents"_s), 2000);
    QCOMPARE(countOf(u"service_records"_s), 10000);
    QCOMPARE(countOf(u"visits"_s), 500);
    QCOMPARE(countOf(u"service_types"_s), 63);
}

void TstCli::demoIsDeterministic()
{
    QTemporaryDir dir;
    QString checks[2];
    for (int i = 0; i < 2; ++i) {
        const QString path = dbPath(dir, u"run-%1.sqlite"_s.arg(i));
        const Result demo = linli({u"--db"_s, path, u"demo"_s, u"--residents"_s, u"1500"_s, u"--services"_s, u"6000"_s,
                                   u"--visits"_s, u"300"_s, u"--seed"_s, u"11"_s});
        QCOMPARE(demo.exitCode, 0);
        const Result check = linli({u"--db"_s, path, u"check"_s, u"--quick"_s});
        QCOMPARE(check.exitCode, 0);
        // Counts per table, without the file name and timing lines.
        QStringList counts;
        for (const QString &line : check.out.split(u'\n')) {
            if (line.startsWith(u"  "_s))
                counts.append(line.simplified());
        }
        checks[i] = counts.join(u'\n');
    }
    QVERIFY(!checks[0].isEmpty());
    QCOMPARE(checks[0], checks[1]);
}

void TstCli::demoRefusesAFilledDatabase()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QCOMPARE(linli({u"--db"_s, path, u"demo"_s, u"--residents"_s, u"100"_s}).exitCode, 0);
    const Result again = linli({u"--db"_s, path, u"demo"_s, u"--residents"_s, u"100"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"already holds residents"_s), qPrintable(again.err));
}

void TstCli::refusedFilesAreLeftAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"empty file"_s;
    QTest::newRow("spreadsheet") << QByteArray("姓名,电话\n张三,13800138000\n") << u"not a Linli database"_s;
}

void TstCli::refusedFilesAreLeftAlone()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dbPath(dir, u"not-ours.sqlite"_s);
    writeFile(path, content);
    for (const auto &command : {u"check"_s, u"demo"_s}) {
        const Result result = linli({u"--db"_s, path, command});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!result.err.contains(u"QSQLITE"_s));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TstCli::chineseOutput()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    const Result check = linli({u"--db"_s, path, u"check"_s}, u"zh_CN"_s);
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(u"结果：正常"_s), qPrintable(check.out));
    const Result wrong = linli({u"--db"_s, path, u"frobnicate"_s}, u"zh_CN"_s);
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(u"未知命令"_s), qPrintable(wrong.err));
}

void TstCli::followsTheSystemLanguage()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    const Result chinese = linli({u"--db"_s, path, u"check"_s}, u"zh_CN.UTF-8"_s);
    QCOMPARE(chinese.exitCode, 0);
    QVERIFY2(chinese.out.contains(u"结果：正常"_s), qPrintable(chinese.out));
    const Result english = linli({u"--db"_s, path, u"check"_s}, u"de_DE.UTF-8"_s);
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains(u"Result: ok"_s), qPrintable(english.out));
}

void TstCli::checkFindsDamage()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QCOMPARE(linli({u"--db"_s, path, u"demo"_s, u"--residents"_s, u"300"_s, u"--services"_s, u"1000"_s}).exitCode, 0);
    QVERIFY(execRaw(path, {u"DELETE FROM grids WHERE id = 1"_s}));
    const Result check = linli({u"--db"_s, path, u"check"_s});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(u"point to records that do not exist"_s), qPrintable(check.err));
}

namespace {

// Two good rows around a bad one (wrong check character), with a header in Chinese; GB18030 as
// Chinese Excel saves it.
QByteArray sheetWithOneBadRow()
{
    const QString text
            = u"姓名,身份证号,网格,标签\r\n"
              "张三,%1,一网格,独居老人\r\n"
              "李四,110105194912310012,一网格,\r\n"
              "王五,%2,二网格,低保；退役军人\r\n"_s.arg(linli::IdNumber::compose(u"110105", QDate(1949, 12, 31), 1),
                                                        linli::IdNumber::compose(u"110105", QDate(1950, 1, 1), 3));
    QStringEncoder gb18030("GB18030");
    return gb18030(text);
}

} // namespace

void TstCli::importIsAllOrNothing()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    writeFile(dir.filePath(u"sheet.csv"_s), sheetWithOneBadRow());
    QCOMPARE(linli({u"--db"_s, path, u"check"_s}).exitCode, 0);
    const QByteArray before = fileDigest(path);
    const Result result = linli({u"--db"_s, path, u"import"_s, u"residents"_s, dir.filePath(u"sheet.csv"_s),
                                 u"--errors"_s, dir.filePath(u"errors.csv"_s)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(u"GB18030"_s), qPrintable(result.out));
    QVERIFY2(result.err.contains(u"Row 3, 身份证号"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"Nothing was imported: 1 of the 3 rows"_s), qPrintable(result.err));
    QCOMPARE(fileDigest(path), before);
    QFile report(dir.filePath(u"errors.csv"_s));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray reportBytes = report.readAll();
    QVERIFY(reportBytes.startsWith("\xEF\xBB\xBF"));
    const QString reportText = QString::fromUtf8(reportBytes);
    QCOMPARE(reportText.count(u"\r\n"_s), 2); // a header and the one bad row
    // The ID number stays text in Excel (a leading tab), not 1.10105E+17.
    QVERIFY2(reportText.contains(u"\n3,身份证号,\t110105194912310012,"_s), qPrintable(reportText));

    const Result chinese
            = linli({u"--db"_s, path, u"import"_s, u"residents"_s, dir.filePath(u"sheet.csv"_s)}, u"zh_CN"_s);
    QCOMPARE(chinese.exitCode, 1);
    QVERIFY2(chinese.err.contains(u"第 3 行"_s), qPrintable(chinese.err));
}

void TstCli::importSkippingInvalidRows()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    writeFile(dir.filePath(u"sheet.csv"_s), sheetWithOneBadRow());
    const Result result
            = linli({u"--db"_s, path, u"import"_s, u"residents"_s, dir.filePath(u"sheet.csv"_s), u"--skip-invalid"_s});
    QCOMPARE(result.exitCode, 1); // something was left out: a script must notice
    QVERIFY2(result.out.contains(u"Imported 2 residents"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"New grids: 一网格, 二网格"_s));
    const Result check = linli({u"--db"_s, path, u"check"_s});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains(u"resident_tags"_s));
    QVERIFY(QRegularExpression(u"residents\\s+2\\n"_s).match(check.out).hasMatch());
}

void TstCli::exportThenImportIntoAnotherDatabase()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QCOMPARE(linli({u"--db"_s, path, u"demo"_s, u"--residents"_s, u"300"_s}).exitCode, 0);
    const Result exported = linli({u"--db"_s, path, u"export"_s, u"residents"_s, dir.filePath(u"all.csv"_s)});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(exported.out.contains(u"Exported 300 residents"_s));
    const Result imported = linli(
            {u"--db"_s, dbPath(dir, u"copy.sqlite"_s), u"import"_s, u"residents"_s, dir.filePath(u"all.csv"_s)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
    QVERIFY(imported.out.contains(u"UTF-8 with BOM"_s));
    QVERIFY(imported.out.contains(u"Imported 300 residents"_s));
    const Result again = linli(
            {u"--db"_s, dbPath(dir, u"copy.sqlite"_s), u"export"_s, u"residents"_s, dir.filePath(u"again.csv"_s)});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(fileDigest(dir.filePath(u"again.csv"_s)), fileDigest(dir.filePath(u"all.csv"_s)));
}

void TstCli::outputNeverGoesOntoTheDatabase_data()
{
    QTest::addColumn<QStringList>("command"); // FILE stands for the file written
    QTest::addColumn<QString>("target");      // the database's own file it names
    for (const QString &target : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QTest::addRow("export onto linli.sqlite%s", qPrintable(target))
                << QStringList{u"export"_s, u"residents"_s, u"FILE"_s} << target;
    }
    QTest::newRow("report's CSV") << QStringList{u"report"_s, u"--month"_s, u"2026-11"_s, u"--csv"_s, u"FILE"_s}
                                  << u"-wal"_s;
    QTest::newRow("report's PDF") << QStringList{u"report"_s, u"--month"_s, u"2026-11"_s, u"--pdf"_s, u"FILE"_s}
                                  << u""_s;
    QTest::newRow("import's error report")
            << QStringList{u"import"_s, u"residents"_s, u"SHEET"_s, u"--errors"_s, u"FILE"_s} << u"-wal"_s;
}

void TstCli::outputNeverGoesOntoTheDatabase()
{
    QFETCH(QStringList, command);
    QFETCH(QString, target);
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QCOMPARE(linli({u"--db"_s, path, u"demo"_s, u"--residents"_s, u"50"_s}).exitCode, 0);
    const QString sheet = dir.filePath(u"wrong.csv"_s);
    writeFile(sheet, "姓名,网格\n,一网格\n");
    command.replaceInStrings(u"FILE"_s, path + target);
    command.replaceInStrings(u"SHEET"_s, sheet);
    const QByteArray before = fileDigest(path);
    const Result refused = linli(QStringList{u"--db"_s, path} + command);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"is a file of the database Linli has open"_s), qPrintable(refused.err));
    QCOMPARE(fileDigest(path), before);
    const Result check = linli({u"--db"_s, path, u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void TstCli::servicesMoveBetweenDatabasesBySheet()
{
    QTemporaryDir dir;
    const QString source = dbPath(dir);
    QCOMPARE(linli({u"--db"_s, source, u"demo"_s, u"--residents"_s, u"300"_s, u"--services"_s, u"3000"_s}).exitCode, 0);
    QCOMPARE(linli({u"--db"_s, source, u"export"_s, u"residents"_s, dir.filePath(u"residents.csv"_s)}).exitCode, 0);
    const QDate today = QDate::currentDate();
    const QString from = today.addMonths(-6).toString(Qt::ISODate);
    const QString to = today.addDays(-1).toString(Qt::ISODate);
    const Result exported = linli({u"--db"_s, source, u"export"_s, u"services"_s, dir.filePath(u"services.csv"_s),
                                   u"--from"_s, from, u"--to"_s, to});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    // The target knows the same residents; a sheet with one bad row writes nothing.
    const QString target = dbPath(dir, u"target.sqlite"_s);
    QCOMPARE(linli({u"--db"_s, target, u"import"_s, u"residents"_s, dir.filePath(u"residents.csv"_s)}).exitCode, 0);
    QFile good(dir.filePath(u"services.csv"_s));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray sheet = good.readAll();
    writeFile(dir.filePath(u"bad.csv"_s), sheet + ",,LG01,yesterday,,,,,,\r\n");
    const QByteArray before = fileDigest(target);
    const Result refused = linli({u"--db"_s, target, u"import"_s, u"services"_s, dir.filePath(u"bad.csv"_s),
                                  u"--errors"_s, dir.filePath(u"errors.csv"_s)});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"日期 \"yesterday\""_s), qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"Nothing was imported"_s));
    QCOMPARE(fileDigest(target), before);
    QVERIFY(QFile::exists(dir.filePath(u"errors.csv"_s)));

    const Result imported = linli({u"--db"_s, target, u"import"_s, u"services"_s, dir.filePath(u"services.csv"_s)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
    QVERIFY(imported.out.contains(u"Added to the staff list"_s));
    const Result again = linli({u"--db"_s, target, u"export"_s, u"services"_s, dir.filePath(u"again.csv"_s)});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(fileDigest(dir.filePath(u"again.csv"_s)), fileDigest(dir.filePath(u"services.csv"_s)));
    const QString count = exported.out.section(u' ', 1, 1);
    QVERIFY2(count.toInt() > 100, qPrintable(exported.out));
    QVERIFY(again.out.contains(u"Exported %1 service records"_s.arg(count)));
}

// The calendar file is read by a real iCalendar parser (Debian's python3-icalendar, installed by
// the test command): if it is missing, this fails rather than skips.
void TstCli::visitsGoToAPhoneCalendar()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QCOMPARE(linli({u"--db"_s, path, u"demo"_s, u"--residents"_s, u"500"_s, u"--services"_s, u"100"_s, u"--visits"_s,
                    u"2000"_s})
                     .exitCode,
             0);
    const QString from = QDate::currentDate().addDays(-30).toString(Qt::ISODate);
    const QString to = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    const Result exported = linli({u"--db"_s, path, u"export"_s, u"visits"_s, dir.filePath(u"visits.ics"_s),
                                   u"--from"_s, from, u"--to"_s, to},
                                  u"zh_CN"_s);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const int written = exported.out.section(u' ', 1, 1).toInt();
    QVERIFY2(written > 10, qPrintable(exported.out));

    const QString parse = u"import icalendar, sys\n"
                          "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                          "events = cal.walk('VEVENT')\n"
                          "assert all(e.decoded('DTEND') > e.decoded('DTSTART') for e in events)\n"
                          "assert all(str(e.decoded('DTSTART').utcoffset()) == '8:00:00' for e in events)\n"
                          "print(len(events), events[0]['SUMMARY'])\n"_s;
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {u"-c"_s, parse, dir.filePath(u"visits.ics"_s)});
    QVERIFY(python.waitForFinished(30000));
    const QString output = QString::fromUtf8(python.readAllStandardOutput());
    QVERIFY2(python.exitCode() == 0, qPrintable(QString::fromUtf8(python.readAllStandardError())));
    QCOMPARE(output.section(u' ', 0, 0).toInt(), written);
    QVERIFY2(output.contains(u"·"_s), qPrintable(output));

    // One staff member's visits only; an unknown name is told.
    const Result nobody
            = linli({u"--db"_s, path, u"export"_s, u"visits"_s, dir.filePath(u"x.ics"_s), u"--staff"_s, u"无此人"_s});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY(nobody.err.contains(u"无此人"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"x.ics"_s)));
}

void TstCli::aMonthlyReportAndItsFiguresRepaired()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    const Result demo = linli({u"--db"_s, path, u"demo"_s, u"--residents"_s, u"1500"_s, u"--services"_s, u"8000"_s,
                               u"--visits"_s, u"400"_s, u"--seed"_s, u"3"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const QDate month = QDate::currentDate().addMonths(-1);
    const QString key = month.toString(u"yyyy-MM"_s);

    // The figures kept by the triggers, tampered with outside Linli: found, then built again.
    QVERIFY(execRaw(path, {u"UPDATE service_month_totals SET records = records + 1 WHERE month = '%1'"_s.arg(key)}));
    const Result damaged = linli({u"--db"_s, path, u"check"_s});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.err.contains(key) && damaged.err.contains(u"--repair"_s), qPrintable(damaged.err));
    const Result repaired = linli({u"--db"_s, path, u"check"_s, u"--repair"_s});
    QVERIFY2(repaired.exitCode == 0, qPrintable(repaired.out + repaired.err));

    const QString csvPath = dir.filePath(u"report.csv"_s);
    const QString pdfPath = dir.filePath(u"report.pdf"_s);
    // No display at all (see linli()): the charts are drawn offscreen.
    const Result report
            = linli({u"--db"_s, path, u"report"_s, u"--month"_s, key, u"--csv"_s, csvPath, u"--pdf"_s, pdfPath},
                    u"zh_CN"_s);
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    const QString monthStart = month.toString(u"yyyy-MM-01"_s);
    const QString nextStart = month.addMonths(1).toString(u"yyyy-MM-01"_s);
    const qint64 services = scalarRaw(path,
                                      u"SELECT count(*) FROM service_records WHERE served_at >= '%1' "
                                      "AND served_at < '%2'"_s.arg(monthStart, nextStart));
    const qint64 people = scalarRaw(path,
                                    u"SELECT count(DISTINCT resident_id) FROM service_records "
                                    "WHERE served_at >= '%1' AND served_at < '%2'"_s.arg(monthStart, nextStart));
    const qint64 done = scalarRaw(path,
                                  u"SELECT count(*) FROM visits WHERE status = 'done' AND starts_at >= '%1' "
                                  "AND starts_at < '%2'"_s.arg(monthStart, nextStart));
    QVERIFY(services > 0 && people > 0);
    // The figures, as counted straight from the log, in Chinese.
    QVERIFY2(csv.contains(u"服务次数,%1\r\n"_s.arg(services)), qPrintable(csv));
    QVERIFY(csv.contains(u"服务居民人数,%1\r\n"_s.arg(people)));
    QVERIFY(csv.contains(u"已完成走访,%1\r\n"_s.arg(done)));
    // The PDF says the same.
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdfPath, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    QVERIFY2(QRegularExpression(u"服务次数\\s+%1\\b"_s.arg(QLocale(QLocale::Chinese).toString(services)))
                     .match(pdf)
                     .hasMatch(),
             qPrintable(pdf.left(2000)));
    QVERIFY(pdf.contains(u"月度报表"_s));
    QVERIFY(!pdf.contains(u"本报表取代"_s));

    // A record of the month voided after the print: the next report says it replaces the first.
    const QString later = QDateTime::currentDateTimeUtc().addSecs(1).toString(Qt::ISODateWithMs);
    QVERIFY(execRaw(path,
                    {u"INSERT INTO record_corrections (service_record_id, kind, at_utc, changes, month_before) "
                     "VALUES (1, 'void', '%1', '[]', '%2')"_s.arg(later, key)}));
    const Result again = linli({u"--db"_s, path, u"report"_s, u"--month"_s, key, u"--pdf"_s, pdfPath}, u"zh_CN"_s);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    text.start(u"pdftotext"_s, {pdfPath, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString replaced = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    QVERIFY2(replaced.contains(u"本报表取代"_s), qPrintable(replaced.left(600)));
}

void TstCli::centersFromTheCommandLine()
{
    QTemporaryDir dir;
    const QStringList db{u"--db"_s, dbPath(dir)};
    QCOMPARE(linli(db + QStringList{u"demo"_s, u"--residents"_s, u"200"_s, u"--services"_s, u"400"_s}).exitCode, 0);
    Result listed = linli(db + QStringList{u"center"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.startsWith(u"C01"_s), qPrintable(listed.out));
    QCOMPARE(linli(db + QStringList{u"center"_s, u"add"_s, u"C02"_s, u"东湖中心"_s}).exitCode, 0);
    const Result duplicate = linli(db + QStringList{u"center"_s, u"add"_s, u"C03"_s, u"东湖中心"_s});
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY2(duplicate.err.contains(u"already a center named"_s), qPrintable(duplicate.err));
    QCOMPARE(linli(db + QStringList{u"center"_s, u"add"_s, u"C04"_s}).exitCode, 2);
    QCOMPARE(linli(db + QStringList{u"center"_s, u"rename"_s, u"C02"_s, u"东湖社区中心"_s}).exitCode, 0);
    QCOMPARE(linli(db + QStringList{u"center"_s, u"grid"_s, u"G0001"_s, u"东湖社区中心"_s}).exitCode, 0);
    QCOMPARE(linli(db + QStringList{u"center"_s, u"grid"_s, u"G9999"_s, u"C02"_s}).exitCode, 1);
    listed = linli(db + QStringList{u"center"_s, u"list"_s});
    QVERIFY2(listed.out.contains(u"C02       东湖社区中心  grids: 1"_s), qPrintable(listed.out));
    // Accounts of a center; a clerk in a district of two centers must be given one.
    QCOMPARE(linli(db + QStringList{u"user"_s, u"add"_s, u"boss"_s, u"--role"_s, u"admin"_s}, u"en"_s, "Linli-2026\n")
                     .exitCode,
             0);
    const Result noCenter = linli(db + QStringList{u"user"_s, u"add"_s, u"desk"_s, u"--role"_s, u"clerk"_s}, u"en"_s,
                                  "Front-2026x\n");
    QCOMPARE(noCenter.exitCode, 1);
    QVERIFY2(noCenter.err.contains(u"choose which"_s), qPrintable(noCenter.err));
    QCOMPARE(linli(db + QStringList{u"user"_s, u"add"_s, u"desk"_s, u"--role"_s, u"clerk"_s, u"--center"_s, u"C02"_s},
                   u"en"_s, "Front-2026x\n")
                     .exitCode,
             0);
    QCOMPARE(linli(db + QStringList{u"user"_s, u"center"_s, u"desk"_s, u"--district"_s}).exitCode, 1);
    QCOMPARE(linli(db + QStringList{u"user"_s, u"center"_s, u"desk"_s, u"--center"_s, u"C01"_s}).exitCode, 0);
    QCOMPARE(linli(db + QStringList{u"user"_s, u"center"_s, u"desk"_s}).exitCode, 2);
    listed = linli(db + QStringList{u"user"_s, u"list"_s});
    QVERIFY2(listed.out.contains(u"desk              clerk     C01"_s), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(u"boss              admin     *"_s), qPrintable(listed.out));
    // One center's report, or the district's.
    // The month of the latest record: the district's figures are not naught there.
    const qint64 latest = scalarRaw(dbPath(dir),
                                    u"SELECT CAST(substr(max(served_at), 1, 4) || substr(max(served_at), 6, 2) "
                                    "AS INTEGER) FROM service_records"_s);
    const QString month = u"%1-%2"_s.arg(latest / 100).arg(latest % 100, 2, 10, QChar(u'0'));
    const QString east = dir.filePath(u"east.csv"_s);
    const QString district = dir.filePath(u"district.csv"_s);
    QCOMPARE(linli(db + QStringList{u"report"_s, u"--month"_s, month, u"--csv"_s, east, u"--center"_s, u"C02"_s})
                     .exitCode,
             0);
    QCOMPARE(linli(db + QStringList{u"report"_s, u"--month"_s, month, u"--csv"_s, district}).exitCode, 0);
    // A sheet imported for one center names that center's residents only: all or nothing.
    const QString sheet = dir.filePath(u"services.csv"_s);
    QCOMPARE(linli(db + QStringList{u"export"_s, u"services"_s, sheet}).exitCode, 0);
    const Result forWest = linli(db + QStringList{u"import"_s, u"services"_s, sheet, u"--center"_s, u"C01"_s});
    QCOMPARE(forWest.exitCode, 1);
    QVERIFY2(forWest.err.contains(u"No resident with this ID number is registered"_s), qPrintable(forWest.err));
    QCOMPARE(linli(db + QStringList{u"import"_s, u"services"_s, sheet, u"--center"_s, u"C09"_s}).exitCode, 1);
    const auto servicesIn = [&dir, &month](const QString &where) {
        return scalarRaw(dbPath(dir),
                         u"SELECT count(*) FROM service_records s LEFT JOIN residents r ON r.id = s.resident_id "
                         "WHERE s.served_at LIKE '%1%' AND %2"_s.arg(month, where));
    };
    const qint64 eastServices = servicesIn(u"r.grid_id IN (SELECT id FROM grids WHERE center_id = 2)"_s);
    QVERIFY(servicesIn(u"1 = 1"_s) > 0);
    if (eastServices != servicesIn(u"1 = 1"_s))
        QVERIFY(fileDigest(east) != fileDigest(district));
    QCOMPARE(linli(db + QStringList{u"report"_s, u"--month"_s, month, u"--csv"_s, east, u"--center"_s, u"C09"_s})
                     .exitCode,
             1);
    QCOMPARE(linli(db + QStringList{u"check"_s}).exitCode, 0);
}

void TstCli::accountsFromTheCommandLine()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    const QStringList db{u"--db"_s, path};
    // Passwords come on standard input, never as arguments.
    QCOMPARE(linli(db + QStringList{u"user"_s, u"add"_s, u"clerk1"_s, u"--role"_s, u"clerk"_s}, u"en"_s, "Desk-2026x\n")
                     .exitCode,
             1); // the first account must be an administrator's
    Result added
            = linli(db + QStringList{u"user"_s, u"add"_s, u"boss"_s, u"--role"_s, u"admin"_s, u"--name"_s, u"王管理"_s},
                    u"en"_s, "Linli-2026\n");
    QCOMPARE(added.exitCode, 0);
    QVERIFY(added.out.contains(u"Account boss added as Administrator."_s));
    Result weak = linli(db + QStringList{u"user"_s, u"add"_s, u"clerk1"_s, u"--role"_s, u"clerk"_s}, u"en"_s, "1234\n");
    QCOMPARE(weak.exitCode, 1);
    QVERIFY2(weak.err.contains(u"at least 8 characters"_s), qPrintable(weak.err));
    QCOMPARE(linli(db + QStringList{u"user"_s, u"add"_s, u"clerk1"_s, u"--role"_s, u"clerk"_s}, u"en"_s, "Desk-2026x\n")
                     .exitCode,
             0);
    QCOMPARE(linli(db + QStringList{u"user"_s, u"add"_s, u"x"_s, u"--role"_s, u"chief"_s}, u"en"_s, "Desk-2026x\n")
                     .exitCode,
             2);
    Result listed = linli(db + QStringList{u"user"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(u"boss"_s) && listed.out.contains(u"clerk1"_s), qPrintable(listed.out));
    QVERIFY(listed.out.contains(u"password to be changed"_s)); // set by someone else
    QCOMPARE(linli(db + QStringList{u"user"_s, u"reset"_s, u"clerk1"_s}, u"en"_s, "Fresh-2026y\n").exitCode, 0);
    QCOMPARE(linli(db + QStringList{u"user"_s, u"reset"_s, u"nobody"_s}, u"en"_s, "Fresh-2026y\n").exitCode, 1);
    // Every change is in the audit log, none of the passwords anywhere in the file.
    QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"accounts"_s);
    {
        check.setDatabaseName(path);
        QVERIFY(check.open());
        QCOMPARE(
                scalar(check,
                       u"SELECT count(*) FROM audit_log WHERE action IN ('CREATE', 'UPDATE') AND object_type = 'user'"_s),
                3);
        check.close();
    }
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"accounts"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("Linli-2026") && !bytes.contains("Desk-2026x") && !bytes.contains("Fresh-2026y"));
    QCOMPARE(linli(db + QStringList{u"check"_s}).exitCode, 0);
}

void TstCli::backupThenRestore()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    const QStringList db{u"--db"_s, path};
    QCOMPARE(linli(db
                   + QStringList{u"demo"_s, u"--residents"_s, u"300"_s, u"--services"_s, u"1000"_s, u"--visits"_s,
                                 u"50"_s})
                     .exitCode,
             0);
    const QString backupFile = dir.filePath(u"saved.sqlite"_s);
    const Result backup = linli(db + QStringList{u"backup"_s, backupFile});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QVERIFY(backup.out.contains(u"Backup written and checked"_s));
    const Result daily = linli(db + QStringList{u"backup"_s, u"--folder"_s, dir.filePath(u"daily"_s)}, u"zh_CN"_s);
    QVERIFY2(daily.exitCode == 0, qPrintable(daily.err));
    QCOMPARE(QDir(dir.filePath(u"daily"_s)).entryList(QDir::Files).size(), 1);

    // A change after the backup, undone by the restore.
    QCOMPARE(linli(db + QStringList{u"user"_s, u"add"_s, u"boss"_s, u"--role"_s, u"admin"_s}, u"en"_s, "Linli-2026\n")
                     .exitCode,
             0);
    const Result garbage = linli(db + QStringList{u"restore"_s, path + u"-nothing"_s});
    QCOMPARE(garbage.exitCode, 1);
    QVERIFY(garbage.err.contains(u"Nothing was restored"_s));
    const Result restored = linli(db + QStringList{u"restore"_s, backupFile});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY(restored.out.contains(u"kept as"_s));
    QVERIFY(linli(db + QStringList{u"user"_s, u"list"_s}).out.contains(u"No accounts yet"_s));
    const QStringList kept = QDir(dir.path()).entryList({u"linli.pre-restore-*.sqlite"_s});
    QCOMPARE(kept.size(), 1);
    QVERIFY(linli({u"--db"_s, dir.filePath(kept.first()), u"user"_s, u"list"_s}).out.contains(u"boss"_s));
    const Result check = linli(db + QStringList{u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));

    // A file cut short cannot be opened, but it can be replaced by the backup (and is kept).
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::ReadWrite) && damaged.resize(damaged.size() / 2));
    damaged.close();
    QCOMPARE(linli(db + QStringList{u"check"_s}).exitCode, 1);
    const Result rescued = linli(db + QStringList{u"restore"_s, backupFile});
    QVERIFY2(rescued.exitCode == 0, qPrintable(rescued.err));
    QCOMPARE(QDir(dir.path()).entryList({u"linli.damaged-*.sqlite"_s}).size(), 1);
    QCOMPARE(linli(db + QStringList{u"check"_s}).exitCode, 0);
}

void TstCli::filesAreTheOwnersAlone()
{
    // A desk whose umask lets everyone read what it writes.
    const mode_t before = ::umask(S_IWGRP | S_IWOTH);
    const auto restore = qScopeGuard([before] { ::umask(before); });
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    const QStringList db{u"--db"_s, path};
    QCOMPARE(linli(db + QStringList{u"demo"_s, u"--residents"_s, u"50"_s, u"--services"_s, u"100"_s}).exitCode, 0);
    QCOMPARE(linli(db + QStringList{u"export"_s, u"residents"_s, dir.filePath(u"residents.csv"_s)}).exitCode, 0);
    QCOMPARE(linli(db + QStringList{u"backup"_s, u"--folder"_s, dir.filePath(u"daily"_s)}).exitCode, 0);
    QCOMPARE(linli(db
                   + QStringList{u"restore"_s,
                                 QDir(dir.filePath(u"daily"_s)).entryInfoList(QDir::Files).constFirst().filePath()})
                     .exitCode,
             0);
    const QStringList written = QDir(dir.path()).entryList(QDir::Files) + QStringList{u"daily"_s};
    QVERIFY(written.size() >= 4); // the database, its kept copy, the export, the backups' folder
    for (const QString &name : written) {
        const QFileInfo file(dir.filePath(name));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY2(!(file.permissions() & others), qPrintable(name));
    }
    for (const QFileInfo &backup : QDir(dir.filePath(u"daily"_s)).entryInfoList(QDir::Files))
        QVERIFY2(!(backup.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)),
                 qPrintable(backup.fileName()));
}

void TstCli::aPasswordTypedAtATerminalIsNotShown()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    // `script` gives the program a terminal (a pseudo-terminal that echoes what is typed).
    QProcess terminal;
    terminal.start(u"script"_s,
                   {u"-qec"_s, u"%1 --lang en --db %2 user add boss --role admin"_s.arg(m_executable, path),
                    u"/dev/null"_s});
    QVERIFY(terminal.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(terminal.peek(4096)).contains(u"Password for boss:"_s), 20000);
    terminal.write("Linli-2026\n");
    terminal.closeWriteChannel();
    QVERIFY(terminal.waitForFinished(30000));
    const QString shown = QString::fromUtf8(terminal.readAll());
    QVERIFY2(shown.contains(u"Account boss added as Administrator."_s), qPrintable(shown));
    QVERIFY2(!shown.contains(u"Linli-2026"_s), qPrintable(shown));
}

void TstCli::windowOpensAndPaints_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Chinese") << u"zh_CN"_s;
    QTest::newRow("English") << u"en"_s;
}

void TstCli::windowOpensAndPaints()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QCOMPARE(linli({u"--db"_s, path, u"demo"_s, u"--residents"_s, u"500"_s}).exitCode, 0);
    QCOMPARE(linli({u"--db"_s, path, u"user"_s, u"add"_s, u"admin"_s, u"--role"_s, u"admin"_s}, u"en"_s, "Linli-2026\n")
                     .exitCode,
             0);

    // In a real X window when the suite runs under Xvfb (the test command does), else offscreen.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const bool realDisplay = environment.contains(u"DISPLAY"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, realDisplay ? u"xcb"_s : u"offscreen"_s);
    environment.insert(u"HOME"_s, dir.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    process.setProcessEnvironment(environment);
    const QString picture = dir.filePath(u"window.png"_s);
    process.start(m_executable,
                  {u"--lang"_s, language, u"--db"_s, path, u"--user"_s, u"admin"_s, u"--screenshot"_s, picture});
    process.write("Linli-2026\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    const QImage image(picture);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 900 && image.height() >= 600);
    // Something was painted: many different colours, not a blank rectangle.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    qInfo() << "window painted on" << (realDisplay ? "a real X display" : "the offscreen platform");
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
