#include "database.h"
#include "monthlyrollup.h"
#include "idnumber.h"
#include "serviceexport.h"
#include "serviceimport.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// Sheets of services delivered: every kind of bad row named by its spreadsheet row with nothing
// written, cases opened with their due dates and history, handlers added, and the export read back.
class TstServiceImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsResidentsWalkInsAndCases();
    void headersInEnglishAndGb18030();
    void badRowsAreReportedAndNothingIsWritten_data();
    void badRowsAreReportedAndNothingIsWritten();
    void skipInvalidWritesTheValidRowsOnly();
    void unusableFilesAreRefused_data();
    void unusableFilesAreRefused();
    void exportThenImportRoundTrips();

private:
    static QString id(int sequence) { return IdNumber::compose(u"110105", QDate(1949, 12, 31), sequence); }
    static QByteArray sheet(const QStringList &rows)
    {
        return (u"身份证号,姓名,服务类型,日期,经办人,状态,办结日期,时长,结果,备注\r\n"_s + rows.join(u"\r\n"_s)
                + u"\r\n"_s)
                .toUtf8();
    }
    ServiceImport importer() const
    {
        ServiceImport import(m_database->connection());
        import.setReferenceTime(m_now);
        return import;
    }
    qint64 records() const { return scalar(m_database->connection(), u"SELECT count(*) FROM service_records"_s); }
    FreshDatabase m_database;
    const QDateTime m_now{QDate(2025, 11, 28), QTime(17, 0)};
};

void TstServiceImport::init()
{
    QVERIFY(m_database.open());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (1, 'G0001', '一网格')"_s));
    QVERIFY(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, id_number, grid_id, registered_at, "
                       "updated_at) VALUES (5, '王秀英', 'F', '1949-12-31', '%1', 1, '', ''), "
                       "(6, '张三', 'M', '1949-12-31', '%2', 1, '', '')"_s.arg(id(2), id(1))));
    QVERIFY(query.exec(u"INSERT INTO staff (id, name, active) VALUES (1, '李敏', 1)"_s));
}

void TstServiceImport::cleanup()
{
    m_database.close();
}

void TstServiceImport::importsResidentsWalkInsAndCases()
{
    ServiceImport import = importer();
    LINLI_VERIFY_DONE(import.read(sheet({
            u"%1,王秀英,LG01,2025-11-03 09:30,李敏,,,20,已解答,"_s.arg(id(2)),
            u",,法律咨询,2025-11-03,,,,,,来访者未留姓名"_s,                         // walk-in, by name
            u"\t%1,,CM02 12345热线工单办理,2025/11/7 10:05,赵磊,,,,,"_s.arg(id(1)), // received, new handler
            u"%1,张三,cm01,2025-10-09,李敏,已办结,2025-10-20,,,"_s.arg(id(1)),      // closed
            u"%1,,LG02,2025-10-09,,转办,2025-10-10,,,"_s.arg(id(2)),                // referred
    })));
    LINLI_VERIFY_DONE(import.check());
    QVERIFY2(import.problems().isEmpty(), qPrintable(import.problems().value(0).reason));
    QCOMPARE(import.write(false).valueOr(-1), 5);
    QCOMPARE(import.newStaff(), QStringList{u"赵磊"_s});
    // The monthly figures follow a bulk import as they follow a single entry.
    QCOMPARE(MonthlyRollup(m_database->connection()).monthsOutOfStep(), QStringList());
    QCOMPARE(scalar(m_database->connection(), u"SELECT sum(records) FROM service_month_totals"_s), 5);

    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT coalesce(s.resident_id, 0), t.code, s.served_at, coalesce(h.name, ''), "
                       "coalesce(s.case_status, ''), coalesce(s.due_date, ''), coalesce(s.resolved_date, ''), "
                       "s.duration_minutes, s.outcome, s.notes FROM service_records s "
                       "JOIN service_types t ON t.id = s.service_type_id LEFT JOIN staff h ON h.id = s.handler_id "
                       "ORDER BY s.id"_s));
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 10; ++i)
            fields.append(query.value(i).toString());
        rows.append(fields.join(u'|'));
    }
    QCOMPARE(rows,
             QStringList({
                     u"5|LG01|2025-11-03 09:30:00|李敏||||20|已解答|"_s,
                     u"0|LG01|2025-11-03 00:00:00|||||0||来访者未留姓名"_s,
                     // Five working days after Friday 7 November.
                     u"6|CM02|2025-11-07 10:05:00|赵磊|received|2025-11-14||0||"_s,
                     // 15 and 10 working days after 9 October; Saturday 11 October was worked.
                     u"6|CM01|2025-10-09 00:00:00|李敏|closed|2025-10-29|2025-10-20|0||"_s,
                     u"5|LG02|2025-10-09 00:00:00||referred|2025-10-22|2025-10-10|0||"_s,
             }));
    // Each case's history: received, then its state.
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM case_events"_s), 5);
    QCOMPARE(
            scalar(m_database->connection(),
                   u"SELECT count(*) FROM case_events WHERE to_status = 'closed' AND happened_at = '2025-10-20 00:00:00'"_s),
            1);
}

void TstServiceImport::headersInEnglishAndGb18030()
{
    const QString text
            = u"notes,minutes,date,service,id_number\r\n上门服务,15,2025-11-03 10:00,Legal consultation,%1\r\n"_s.arg(
                    id(2));
    QStringEncoder encoder("GB18030");
    ServiceImport import = importer();
    LINLI_VERIFY_DONE(import.read(encoder.encode(text)));
    QCOMPARE(import.table().encoding(), CsvTable::Encoding::Gb18030);
    LINLI_VERIFY_DONE(import.check());
    QVERIFY(import.problems().isEmpty());
    LINLI_VERIFY_DONE(import.write(false));
    QCOMPARE(scalar(m_database->connection(), u"SELECT resident_id FROM service_records WHERE duration_minutes = 15"_s),
             5);
}

void TstServiceImport::badRowsAreReportedAndNothingIsWritten_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no service") << u"%1,,,2025-11-03,,,,,,"_s.arg(id(2)) << u"服务类型"_s << u"missing"_s;
    QTest::newRow("unknown service") << u",,打麻将,2025-11-03,,,,,,"_s << u"服务类型"_s << u"Unknown service type"_s;
    QTest::newRow("no date") << u",,LG01,,,,,,,"_s << u"日期"_s << u"date is missing"_s;
    QTest::newRow("not a date") << u",,LG01,11/3/2025,,,,,,"_s << u"日期"_s << u"Not a date"_s;
    QTest::newRow("impossible date") << u",,LG01,2025-02-30,,,,,,"_s << u"日期"_s << u"Not a date"_s;
    QTest::newRow("bad time") << u",,LG01,2025-11-03 25:10,,,,,,"_s << u"日期"_s << u"Not a date"_s;
    QTest::newRow("future") << u",,LG01,2025-12-01,,,,,,"_s << u"日期"_s << u"future"_s;
    QTest::newRow("bad check digit") << u"110105194912310021,,LG01,2025-11-03,,,,,,"_s << u"身份证号"_s << u""_s;
    QTest::newRow("Excel damage") << u"1.10105E+17,,LG01,2025-11-03,,,,,,"_s << u"身份证号"_s << u""_s;
    QTest::newRow("not registered") << u"%1,,LG01,2025-11-03,,,,,,"_s.arg(id(9)) << u"身份证号"_s << u"No resident"_s;
    QTest::newRow("name differs") << u"%1,李四,LG01,2025-11-03,,,,,,"_s.arg(id(2)) << u"姓名"_s
                                  << u"belongs to 王秀英"_s;
    QTest::newRow("name without ID") << u",李四,LG01,2025-11-03,,,,,,"_s << u"身份证号"_s << u"ID number"_s;
    QTest::newRow("unknown status") << u",,CM01,2025-11-03,,搞定了,,,,"_s << u"状态"_s << u"Unknown case status"_s;
    QTest::newRow("status on a plain service")
            << u",,LG01,2025-11-03,,办结,2025-11-04,,,"_s << u"状态"_s << u"opens no case"_s;
    QTest::newRow("closed without date") << u",,CM01,2025-11-03,,已办结,,,,"_s << u"办结日期"_s
                                         << u"needs its closing date"_s;
    QTest::newRow("closing date of an open case")
            << u",,CM01,2025-11-03,,办理中,2025-11-05,,,"_s << u"办结日期"_s << u"Only a closed"_s;
    QTest::newRow("closed before received")
            << u",,CM01,2025-11-03,,办结,2025-11-01,,,"_s << u"办结日期"_s << u"before it was received"_s;
    QTest::newRow("closed in the future") << u",,CM01,2025-11-03,,办结,2025-12-01,,,"_s << u"办结日期"_s << u"future"_s;
    QTest::newRow("bad closing date") << u",,CM01,2025-11-03,,办结,soon,,,"_s << u"办结日期"_s << u"Not a date"_s;
    QTest::newRow("minutes not a number") << u",,LG01,2025-11-03,,,,half an hour,,"_s << u"时长"_s << u"whole number"_s;
    QTest::newRow("minutes negative") << u",,LG01,2025-11-03,,,,-5,,"_s << u"时长"_s << u"whole number"_s;
    QTest::newRow("minutes too many") << u",,LG01,2025-11-03,,,,1441,,"_s << u"时长"_s << u"whole number"_s;
    QTest::newRow("handler name too long")
            << u",,LG01,2025-11-03,%1,,,,,"_s.arg(QString(51, u'李')) << u"经办人"_s << u"at most 50"_s;
    QTest::newRow("too many cells") << u",,LG01,2025-11-03,,,,,,,extra"_s << u""_s << u"more cells"_s;
}

void TstServiceImport::badRowsAreReportedAndNothingIsWritten()
{
    QFETCH(QString, row);
    QFETCH(QString, column);
    QFETCH(QString, reason);
    m_database->close();
    const QByteArray before = fileDigest(dbPath(m_database.dir()));
    QVERIFY(DatabaseSetup::open(*m_database, locationFor(m_database.dir())));

    ServiceImport import = importer();
    // A good row with a new handler, the bad one, another good row.
    LINLI_VERIFY_DONE(
            import.read(sheet({u"%1,,LG01,2025-11-03,新来的,,,,,"_s.arg(id(2)), row, u",,EC01,2025-11-04,,,,,,"_s})));
    LINLI_VERIFY_DONE(import.check());
    QCOMPARE(import.problems().size(), 1);
    const ImportProblem &problem = import.problems().constFirst();
    QCOMPARE(problem.row, 3);
    QCOMPARE(problem.column, column);
    QVERIFY2(problem.reason.contains(reason), qPrintable(problem.reason));
    QVERIFY(!problem.reason.isEmpty());
    const Result<qint64> refused = import.write(false);
    QVERIFY(refused.is(Problem::Kind::Invalid));
    QVERIFY2(refused.message().contains(u"1 of the 3 rows"_s), qPrintable(refused.message()));
    QVERIFY(import.newStaff().isEmpty());
    m_database->close();
    QCOMPARE(fileDigest(dbPath(m_database.dir())), before);
}

void TstServiceImport::skipInvalidWritesTheValidRowsOnly()
{
    ServiceImport import = importer();
    LINLI_VERIFY_DONE(import.read(
            sheet({u",,LG01,2025-11-03,,,,,,"_s, u",,LG01,someday,,,,,,"_s, u",,EC01,2025-11-04,,,,,,"_s})));
    LINLI_VERIFY_DONE(import.check());
    QCOMPARE(import.invalidRowCount(), 1);
    QCOMPARE(import.write(true).valueOr(-1), 2);
    QCOMPARE(records(), 2);
}

void TstServiceImport::unusableFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u""_s;
    QTest::newRow("no service column") << QByteArray("日期,经办人\r\n2025-11-03,李敏\r\n") << u"Service type"_s;
    QTest::newRow("no date column") << QByteArray("服务类型\r\nLG01\r\n") << u"Date"_s;
    QTest::newRow("date twice") << u"服务类型,日期,date\r\nLG01,2025-11-03,2025-11-03\r\n"_s.toUtf8() << u"both"_s;
}

void TstServiceImport::unusableFilesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    ServiceImport import = importer();
    const Result<void> read = import.read(bytes);
    QVERIFY(read.is(Problem::Kind::Invalid));
    QVERIFY2(read.message().contains(reason), qPrintable(read.message()));
    QCOMPARE(records(), 0);
}

void TstServiceImport::exportThenImportRoundTrips()
{
    ServiceImport import = importer();
    LINLI_VERIFY_DONE(import.read(sheet({
            u"%1,王秀英,LG01,2025-11-03 09:30,李敏,,,20,\"已解答，\"\"满意\"\"\",=SUM(A1)"_s.arg(id(2)),
            u",,EC01,2025-11-03 10:00,,,,,,\"两行\n备注\""_s,
            u"%1,张三,CM01,2025-10-09 08:00,李敏,已办结,2025-10-20,,,"_s.arg(id(1)),
    })));
    LINLI_VERIFY_DONE(import.check());
    LINLI_VERIFY_DONE(import.write(false));
    QBuffer first;
    first.open(QIODevice::WriteOnly);
    ServiceExport exporter(m_database->connection());
    QCOMPARE(exporter.write(&first).valueOr(-1), 3);

    // Into a second database with the same residents, and out again: the same bytes.
    QTemporaryDir otherDir;
    {
        Database other;
        QVERIFY(DatabaseSetup::open(other, locationFor(otherDir)));
        QSqlQuery query(other.connection());
        QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (1, 'G0001', '一网格')"_s));
        QVERIFY(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, id_number, grid_id, registered_at, "
                           "updated_at) VALUES (15, '王秀英', 'F', '1949-12-31', '%1', 1, '', ''), "
                           "(16, '张三', 'M', '1949-12-31', '%2', 1, '', '')"_s.arg(id(2), id(1))));
        ServiceImport again(other.connection());
        again.setReferenceTime(m_now);
        LINLI_VERIFY_DONE(again.read(first.data()));
        LINLI_VERIFY_DONE(again.check());
        QVERIFY2(again.problems().isEmpty(), qPrintable(again.problems().value(0).reason));
        LINLI_VERIFY_DONE(again.write(false));
        QBuffer second;
        second.open(QIODevice::WriteOnly);
        QVERIFY(ServiceExport(other.connection()).write(&second).isDone());
        QCOMPARE(second.data(), first.data());
        QVERIFY(first.data().contains("'=SUM(A1)"));
    }

    // A period: only October.
    QBuffer october;
    october.open(QIODevice::WriteOnly);
    QCOMPARE(exporter.write(&october, QDate(2025, 10, 1), QDate(2025, 10, 31)).valueOr(-1), 1);
}

QTEST_GUILESS_MAIN(TstServiceImport)
#include "tst_serviceimport.moc"
