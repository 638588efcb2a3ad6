#include "database.h"
#include "idnumber.h"
#include "residentexport.h"
#include "residentimport.h"
#include "actor.h"
#include "importjournal.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstResidentImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsEveryEncoding_data();
    void readsEveryEncoding();
    void headersInEitherLanguageAnyOrder();
    void quotedFieldsAndBlankRows();
    void badRowsAreReportedAndNothingIsWritten_data();
    void badRowsAreReportedAndNothingIsWritten();
    void skipInvalidWritesTheValidRowsOnly();
    void duplicatesInTheFileAndInTheDatabase();
    void unusableFilesAreRefused_data();
    void unusableFilesAreRefused();
    void gridsAreFoundOrCreated();
    void legacyIdNumbersAreConverted();
    void cancelledImportWritesNothing();
    void aFullDiskIsSaidAndNothingIsImported();
    void anImportCutOffIsToldAtTheNextStart();
    void reportListsEveryProblem();
    void exportThenImportRoundTrips();
    void exportNeutralisesFormulasAndKeepsNumbersAsText();

private:
    static QString id(int sequence, const QString &birth = u"19491231"_s);
    static QString sheet(const QStringList &rows);
    qint64 residents() const { return scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s); }
    qint64 grids() const { return scalar(m_database->connection(), u"SELECT count(*) FROM grids"_s); }
    FreshDatabase m_database;
};

void TstResidentImport::init()
{
    QVERIFY(m_database.open());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (1, 'G0001', '一网格')"_s));
}

void TstResidentImport::cleanup()
{
    m_database.close();
}

QString TstResidentImport::id(int sequence, const QString &birth)
{
    return IdNumber::compose(u"110105", QDate::fromString(birth, u"yyyyMMdd"_s), sequence);
}

QString TstResidentImport::sheet(const QStringList &rows)
{
    return u"姓名,性别,身份证号,联系电话,网格,楼栋,单元,房号,标签,备注\r\n"_s + rows.join(u"\r\n"_s) + u"\r\n"_s;
}

void TstResidentImport::readsEveryEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvTable::Encoding>("encoding");
    const QString text = sheet({u"张三,男,%1,13800138000,一网格,3,2,301,独居老人、低保,"_s.arg(id(1)),
                                u"𠮷田·阿依古丽,女,%1,,一网格,,,,,锟斤拷"_s.arg(id(2))});
    QTest::newRow("UTF-8") << text.toUtf8() << CsvTable::Encoding::Utf8;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << CsvTable::Encoding::Utf8WithBom;
    QStringEncoder gb18030("GB18030");
    QTest::newRow("GB18030") << QByteArray(gb18030(text)) << CsvTable::Encoding::Gb18030;
    QStringEncoder utf16le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16 LE") << QByteArray(utf16le(text)) << CsvTable::Encoding::Utf16;
    QStringEncoder utf16be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16 BE") << QByteArray(utf16be(text)) << CsvTable::Encoding::Utf16;
    QTest::newRow("LF line ends") << QString(text).replace(u"\r\n"_s, u"\n"_s).toUtf8() << CsvTable::Encoding::Utf8;
}

void TstResidentImport::readsEveryEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvTable::Encoding, encoding);
    ResidentImport import(m_database->connection());
    LINLI_VERIFY_DONE(import.read(bytes));
    QCOMPARE(import.table().encoding(), encoding);
    LINLI_VERIFY_DONE(import.check());
    QVERIFY(import.problems().isEmpty());
    QCOMPARE(import.write(false).valueOr(-1), 2);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT name, gender, birth_date, notes FROM residents ORDER BY id"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"张三"_s);
    QCOMPARE(query.value(1).toString(), u"M"_s); // gender and birth date from the ID number
    QCOMPARE(query.value(2).toString(), u"1949-12-31"_s);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"𠮷田·阿依古丽"_s);
    QCOMPARE(query.value(3).toString(), u"锟斤拷"_s);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM resident_tags WHERE resident_id = 1"_s), 2);
}

void TstResidentImport::headersInEitherLanguageAnyOrder()
{
    const QString text = u"Tags,ROOM,grid ,公民身份号码,Name*,phone,birth_date,gender\n"
                         "veteran;key care,301,G0001,%1,Li Lei,13800138000,1949/12/31,F\n"_s.arg(id(2));
    ResidentImport import(m_database->connection());
    LINLI_VERIFY_DONE(import.read(text.toUtf8()));
    QCOMPARE(import.mapping().at(0), ResidentSheet::Column::Tags);
    QCOMPARE(import.mapping().at(3), ResidentSheet::Column::IdNumber);
    QCOMPARE(import.mapping().at(4), ResidentSheet::Column::Name);
    LINLI_VERIFY_DONE(import.check());
    QVERIFY2(import.problems().isEmpty(), qPrintable(import.problems().value(0).reason));
    LINLI_VERIFY_DONE(import.write(false));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT name, room, grid_id, gender, "
                       "(SELECT group_concat(tag) FROM (SELECT tag FROM resident_tags WHERE resident_id = residents.id "
                       "ORDER BY tag) AS t) FROM residents"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"Li Lei"_s);
    QCOMPARE(query.value(1).toString(), u"301"_s);
    QCOMPARE(query.value(2).toLongLong(), 1);
    QCOMPARE(query.value(3).toString(), u"F"_s);
    QCOMPARE(query.value(4).toString(), u"key_care,veteran"_s);
}

void TstResidentImport::quotedFieldsAndBlankRows()
{
    const QString text = sheet({u"\"王,五\",男,%1,,一网格,,,,,\"第一行\r\n第二行，\"\"引号\"\"\""_s.arg(id(1)),
                                u",,,,,,,,,"_s, u"赵六,男,%1,,一网格,,,,,"_s.arg(id(3)), u",,,,,,,,,"_s});
    ResidentImport import(m_database->connection());
    LINLI_VERIFY_DONE(import.read(text.toUtf8()));
    QCOMPARE(import.rowCount(), 2);                  // blank rows are not residents
    QCOMPARE(import.table().rows().at(1).number, 4); // as the spreadsheet numbers it
    LINLI_VERIFY_DONE(import.check());
    LINLI_VERIFY_DONE(import.write(false));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT name, notes FROM residents ORDER BY id"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"王,五"_s);
    QCOMPARE(query.value(1).toString(), u"第一行\r\n第二行，\"引号\""_s);
}

void TstResidentImport::badRowsAreReportedAndNothingIsWritten_data()
{
    QTest::addColumn<QString>("badRow");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("wrong check character")
            << u"钱七,男,110105194912310012,,一网格,,,,,"_s << u"身份证号"_s << u"last character"_s;
    QTest::newRow("impossible date") << u"钱七,男,%1,,一网格,,,,,"_s
                                                .arg(IdNumber::compose(u"110105", QDate(1949, 2, 28), 1))
                                                .replace(u"19490228"_s, u"19490230"_s)
                                     << u"身份证号"_s << u""_s;
    QTest::newRow("born in the future") << u"钱七,男,%1,,一网格,,,,,"_s.arg(id(1, u"20990101"_s)) << u"身份证号"_s
                                        << u"future"_s;
    QTest::newRow("spreadsheet number") << u"钱七,男,1.10105E+17,,一网格,,,,,"_s << u"身份证号"_s << u""_s;
    QTest::newRow("gender against ID") << u"钱七,女,%1,,一网格,,,,,"_s.arg(id(1)) << u"性别"_s << u"man's"_s;
    QTest::newRow("gender unknown") << u"钱七,未知,%1,,一网格,,,,,"_s.arg(id(1)) << u"性别"_s << u"男"_s;
    QTest::newRow("no name") << u",男,%1,,一网格,,,,,"_s.arg(id(1)) << u"姓名"_s << u""_s;
    QTest::newRow("name too long") << u"%1,男,%2,,一网格,,,,,"_s.arg(QString(51, u'张'), id(1)) << u"姓名"_s << u"50"_s;
    QTest::newRow("bad phone") << u"钱七,男,%1,1380013800,一网格,,,,,"_s.arg(id(1)) << u"联系电话"_s << u"11 digits"_s;
    QTest::newRow("no grid") << u"钱七,男,%1,,,,,,,"_s.arg(id(1)) << u"网格"_s << u"grid"_s;
    QTest::newRow("unknown tag") << u"钱七,男,%1,,一网格,,,,外星人,"_s.arg(id(1)) << u"标签"_s << u"外星人"_s;
    QTest::newRow("no ID, no gender") << u"钱七,,,,一网格,,,,,"_s << u"性别"_s << u""_s;
    QTest::newRow("too many cells") << u"钱七,男,%1,,一网格,,,,,,多余"_s.arg(id(1)) << u""_s << u"11 cells"_s;
}

void TstResidentImport::badRowsAreReportedAndNothingIsWritten()
{
    QFETCH(QString, badRow);
    QFETCH(QString, column);
    QFETCH(QString, reasonPart);
    const QString good = u"张三,男,%1,,新网格,,,,,"_s;
    ResidentImport import(m_database->connection());
    LINLI_VERIFY_DONE(import.read(sheet({good.arg(id(5)), badRow, good.arg(id(7))}).toUtf8()));
    LINLI_VERIFY_DONE(import.check());
    QVERIFY(!import.problems().isEmpty());
    const ImportProblem problem = import.problems().constFirst();
    QCOMPARE(problem.row, 3);
    QCOMPARE(problem.column, column);
    QVERIFY2(problem.reason.contains(reasonPart), qPrintable(problem.reason));
    QCOMPARE(import.invalidRowCount(), 1);
    const QByteArray before = fileDigest(dbPath(m_database.dir()));
    QVERIFY(import.write(false).is(Problem::Kind::Invalid));
    QCOMPARE(residents(), 0);
    QCOMPARE(grids(), 1); // the new grid of the good rows is not created either
    QCOMPARE(fileDigest(dbPath(m_database.dir())), before);
}

void TstResidentImport::skipInvalidWritesTheValidRowsOnly()
{
    ResidentImport import(m_database->connection());
    LINLI_VERIFY_DONE(
            import.read(sheet({u"张三,男,%1,,一网格,,,,,"_s.arg(id(1)), u"李四,男,110105194912310012,,一网格,,,,,"_s,
                               u"王五,男,%1,,一网格,,,,,"_s.arg(id(3))})
                                .toUtf8()));
    LINLI_VERIFY_DONE(import.check());
    QCOMPARE(import.validRowCount(), 2);
    QCOMPARE(import.write(true).valueOr(-1), 2);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents WHERE name IN ('张三', '王五')"_s), 2);
    QCOMPARE(residents(), 2);
}

void TstResidentImport::duplicatesInTheFileAndInTheDatabase()
{
    {
        ResidentImport first(m_database->connection());
        LINLI_VERIFY_DONE(first.read(sheet({u"张三,男,%1,,一网格,,,,,"_s.arg(id(1))}).toUtf8()));
        LINLI_VERIFY_DONE(first.check());
        LINLI_VERIFY_DONE(first.write(false));
    }
    ResidentImport import(m_database->connection());
    // The same person typed with fullwidth digits is still the same ID number.
    QString fullwidth;
    for (const QChar c : id(3))
        fullwidth += c.isDigit() ? QChar(c.unicode() - u'0' + 0xFF10) : c;
    LINLI_VERIFY_DONE(
            import.read(sheet({u"张三,男,%1,,一网格,,,,,"_s.arg(id(1)), u"王五,男,%1,,一网格,,,,,"_s.arg(id(3)),
                               u"王五,男,%1,,一网格,,,,,"_s.arg(fullwidth)})
                                .toUtf8()));
    LINLI_VERIFY_DONE(import.check());
    QCOMPARE(import.problems().size(), 2);
    QCOMPARE(import.problems().at(0).row, 2);
    QVERIFY(import.problems().at(0).reason.contains(u"张三"_s));
    QCOMPARE(import.problems().at(1).row, 4);
    QVERIFY(import.problems().at(1).reason.contains(u"row 3"_s));
    QVERIFY(import.write(false).is(Problem::Kind::Invalid));
    QCOMPARE(residents(), 1);
}

void TstResidentImport::unusableFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("no name column") << u"性别,网格\n男,一网格\n"_s.toUtf8() << u"Name"_s;
    QTest::newRow("no grid column") << u"姓名,性别\n张三,男\n"_s.toUtf8() << u"Grid"_s;
    QTest::newRow("column twice") << u"姓名,name,网格\n张三,张三,一网格\n"_s.toUtf8() << u"both"_s;
    QTest::newRow("unclosed quote") << u"姓名,网格\n\"张三,一网格\n"_s.toUtf8() << u"Row 2"_s;
    QTest::newRow("broken UTF-16") << QByteArray("\xFF\xFE\x00\xD8", 4) << u"UTF-8"_s;
}

void TstResidentImport::unusableFilesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reasonPart);
    ResidentImport import(m_database->connection());
    const Result<void> read = import.read(bytes);
    QVERIFY(read.is(Problem::Kind::Invalid));
    QVERIFY2(read.message().contains(reasonPart), qPrintable(read.message()));
}

void TstResidentImport::gridsAreFoundOrCreated()
{
    ResidentImport import(m_database->connection());
    LINLI_VERIFY_DONE(
            import.read(sheet({u"张三,男,%1,,g0001,,,,,"_s.arg(id(1)), u"李四,男,%1,,  二网格 ,,,,,"_s.arg(id(3)),
                               u"王五,男,%1,,二网格,,,,,"_s.arg(id(5))})
                                .toUtf8()));
    LINLI_VERIFY_DONE(import.check());
    QCOMPARE(import.newGrids(), QStringList{u"二网格"_s});
    LINLI_VERIFY_DONE(import.write(false));
    QCOMPARE(grids(), 2);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(DISTINCT grid_id) FROM residents"_s), 2);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT code FROM grids WHERE name = '二网格'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"G0002"_s);
}

void TstResidentImport::legacyIdNumbersAreConverted()
{
    ResidentImport import(m_database->connection());
    LINLI_VERIFY_DONE(import.read(
            sheet({u"李四,男,%1,,一网格,,,,,"_s.arg(id(3)), u"张三,,110105491231002,,一网格,,,,,"_s}).toUtf8()));
    LINLI_VERIFY_DONE(import.check());
    QVERIFY(import.problems().isEmpty());
    QCOMPARE(import.convertedIdRows(), QList<int>{3}); // pointed out for the clerk to check
    LINLI_VERIFY_DONE(import.write(false));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT id_number, gender FROM residents WHERE name = '张三'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"11010519491231002X"_s);
    QCOMPARE(query.value(1).toString(), u"F"_s);
}

void TstResidentImport::cancelledImportWritesNothing()
{
    QStringList rows;
    for (int i = 0; i < 3000; ++i)
        rows.append(u"居民%1,男,%2,,一网格,,,,,"_s.arg(i).arg(id(2 * (i % 400) + 1, u"195001%1"_s.arg(i / 400 + 10))));
    ResidentImport import(m_database->connection());
    LINLI_VERIFY_DONE(import.read(sheet(rows).toUtf8()));
    LINLI_VERIFY_DONE(import.check());
    std::atomic_bool cancel{false};
    qint64 lastDone = 0;
    const Result<qint64> outcome = import.write(
            false,
            [&](qint64 done, qint64) {
                lastDone = done;
                cancel.store(true);
            },
            &cancel);
    QVERIFY(outcome.is(Problem::Kind::Cancelled));
    QCOMPARE(lastDone, 1000);
    QCOMPARE(residents(), 0);
}

void TstResidentImport::aFullDiskIsSaidAndNothingIsImported()
{
    LINLI_SQLITE_FILE_ONLY();
    QStringList rows;
    for (int i = 0; i < 3000; ++i)
        rows.append(u"居民%1,男,%2,,一网格,,,,,"_s.arg(i).arg(id(2 * (i % 400) + 1, u"195001%1"_s.arg(i / 400 + 10))));
    const QSqlDatabase db = m_database->connection();
    const qint64 auditRows = scalar(db, u"SELECT count(*) FROM audit_log"_s);
    // The file may grow by a few pages only: SQLite answers as on a full disk.
    const qint64 pages = scalar(db, u"PRAGMA page_count"_s);
    QCOMPARE(scalar(db, u"PRAGMA max_page_count = %1"_s.arg(pages + 20)), pages + 20);
    ResidentImport import(db);
    LINLI_VERIFY_DONE(import.read(sheet(rows).toUtf8()));
    LINLI_VERIFY_DONE(import.check());
    const Result<qint64> full = import.write(false);
    QVERIFY(full.is(Problem::Kind::Failed));
    QVERIFY2(full.message().contains(u"disk is full"_s), qPrintable(full.message()));
    QCOMPARE(residents(), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM audit_log"_s), auditRows);
    QSqlQuery check(db);
    QVERIFY(check.exec(u"PRAGMA quick_check"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_s);
    check.finish();

    QVERIFY(!ImportJournal(db).unfinished()); // a failure was said at once; nothing to tell later

    // Space freed: the same import goes through on the same connection.
    QVERIFY(scalar(db, u"PRAGMA max_page_count = 1073741823"_s) > pages);
    LINLI_VERIFY_DONE(import.write(false));
    QCOMPARE(residents(), 3000);
}

void TstResidentImport::anImportCutOffIsToldAtTheNextStart()
{
    const QSqlDatabase db = m_database->connection();
    Actor::actFor(db, Actor{0, u"boss1"_s, u"赵主任"_s, Role::Manager});
    const auto signOut = qScopeGuard([db] { Actor::forget(db); });
    // A program killed while writing never removes its mark. Here its connection goes first, so
    // that the mark, when it goes, cannot remove itself either.
    {
        Database killed;
        QVERIFY(killed.open(locationFor(m_database.dir()), Database::Mode::Attach));
        Actor::actFor(killed.connection(), Actor{0, u"boss1"_s, u"赵主任"_s, Role::Manager});
        ImportJournal::Mark mark(killed.connection(), u"residents"_s, u"西溪社区.csv"_s, 2000);
        Actor::forget(killed.connection());
        killed.close();
    }
    const std::optional<ImportJournal::Unfinished> cutOff = ImportJournal(db).unfinished();
    QVERIFY(cutOff);
    QCOMPARE(cutOff->source, u"西溪社区.csv"_s);
    QCOMPARE(cutOff->rows, 2000);
    QCOMPARE(cutOff->login, u"boss1"_s);
    const QString told = ImportJournal::describe(*cutOff);
    QVERIFY2(told.contains(u"西溪社区.csv"_s) && told.contains(u"did not finish"_s), qPrintable(told));
    ImportJournal(db).dismiss();
    QVERIFY(!ImportJournal(db).unfinished());

    // Imports that end, well or not, leave no mark.
    ResidentImport import(db);
    import.setSourceName(u"one.csv"_s);
    LINLI_VERIFY_DONE(import.read(sheet({u"钱七,女,%1,,一网格,,,,,"_s.arg(id(2))}).toUtf8()));
    LINLI_VERIFY_DONE(import.check());
    std::atomic_bool cancel{true};
    QVERIFY(import.write(false, {}, &cancel).is(Problem::Kind::Cancelled));
    QVERIFY(!ImportJournal(db).unfinished());
    LINLI_VERIFY_DONE(import.write(false));
    QVERIFY(!ImportJournal(db).unfinished());
}

void TstResidentImport::reportListsEveryProblem()
{
    ResidentImport import(m_database->connection());
    LINLI_VERIFY_DONE(import.read(sheet({u"钱七,女,%1,,一网格,,,,,\"=cmd|' /C calc'!A0\n第二行\""_s.arg(id(1)),
                                         u"孙八,男,123,,一网格,,,,,"_s})
                                          .toUtf8()));
    LINLI_VERIFY_DONE(import.check());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ImportProblem::writeReport(import.problems(), &buffer));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const CsvTable report = CsvTable::fromBytes(bytes);
    QVERIFY(report.isValid());
    QCOMPARE(report.rows().size(), 2);
    QCOMPARE(report.rows().at(0).fields.at(0), u"2"_s);
    QCOMPARE(report.rows().at(0).fields.at(1), u"性别"_s);
    QCOMPARE(report.rows().at(1).fields.at(0), u"3"_s); // the line break inside row 2 does not shift it
    QCOMPARE(report.rows().at(1).fields.at(2), u"123"_s);
}

void TstResidentImport::exportThenImportRoundTrips()
{
    const QString header
            = u"姓名,性别,身份证号,出生日期,联系电话,备用电话,网格,楼栋,单元,房号,标签,紧急联系人,紧急联系电话,状态,备注\r\n"_s;
    const QStringList rows = {
            u"𠮷田·阿依古丽,女,%1,,0571-88886666,13800138000,一网格,12,2,301,独居老人、重点关注、失能/"
            u"残疾,买买提,13900139000,在册,"
            "\"多行\n备注，\"\"引号\"\"\""_s.arg(id(2, u"19800505"_s)),
            u"'=SUM(A1),男,,1950-03-28,,,二网格,A栋,,-1,,,,迁出,@home"_s,
            u"张三,男,%1,,,,二网格,,,,低保,,,已故,'already quoted"_s.arg(id(1)),
            u"李四,女,,1960-01-01,+86 138 0013 8001,,一网格,,,,,,,,\ttabbed"_s,
    };
    ResidentImport first(m_database->connection());
    LINLI_VERIFY_DONE(first.read((header + rows.join(u"\r\n"_s)).toUtf8()));
    LINLI_VERIFY_DONE(first.check());
    QVERIFY2(first.problems().isEmpty(), qPrintable(first.problems().value(0).reason));
    LINLI_VERIFY_DONE(first.write(false));

    const QString everything
            = u"SELECT r.name, name_pinyin, gender, birth_date, id_number, phone, phone2, g.name, building, "
              "unit, room, emergency_contact, emergency_phone, status, notes, "
              "(SELECT group_concat(tag) FROM resident_tags WHERE resident_id = r.id) "
              "FROM residents r JOIN grids g ON g.id = r.grid_id ORDER BY r.id"_s;
    const auto snapshot = [&](const QSqlDatabase &db) {
        QList<QVariantList> result;
        QSqlQuery query(db);
        if (!query.exec(everything))
            return result;
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < 16; ++i)
                row.append(query.value(i));
            result.append(row);
        }
        return result;
    };
    const QList<QVariantList> original = snapshot(m_database->connection());
    QCOMPARE(original.size(), 4);
    QCOMPARE(original.at(1).at(0).toString(), u"=SUM(A1)"_s); // the apostrophe was the sheet's text mark
    QCOMPARE(original.at(1).at(14).toString(), u"@home"_s);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<qint64> exported = ResidentExport(m_database->connection()).write(&buffer);
    LINLI_VERIFY_DONE(exported);
    QCOMPARE(exported.value(), 4);

    QTemporaryDir otherDir;
    Database other;
    QVERIFY(DatabaseSetup::open(other, locationFor(otherDir)));
    ResidentImport second(other.connection());
    LINLI_VERIFY_DONE(second.read(buffer.data()));
    LINLI_VERIFY_DONE(second.check());
    QVERIFY2(second.problems().isEmpty(), qPrintable(second.problems().value(0).reason));
    LINLI_VERIFY_DONE(second.write(false));
    QCOMPARE(snapshot(other.connection()), original);
}

void TstResidentImport::exportNeutralisesFormulasAndKeepsNumbersAsText()
{
    ResidentImport import(m_database->connection());
    LINLI_VERIFY_DONE(import.read(sheet({u"'+张三,男,%1,13800138000,一网格,,,,,'-2+3"_s.arg(id(1))}).toUtf8()));
    LINLI_VERIFY_DONE(import.check());
    LINLI_VERIFY_DONE(import.write(false));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ResidentExport(m_database->connection()).write(&buffer).isDone());
    const CsvTable table = CsvTable::fromBytes(buffer.data());
    QCOMPARE(table.encoding(), CsvTable::Encoding::Utf8WithBom);
    QCOMPARE(table.header().constFirst(), u"姓名"_s);
    const QStringList fields = table.rows().constFirst().fields;
    QCOMPARE(fields.at(0), u"'+张三"_s);
    QCOMPARE(fields.at(2), u"\t"_s + id(1));
    QCOMPARE(fields.at(4), u"\t13800138000"_s);
    QCOMPARE(fields.at(14), u"'-2+3"_s);
    for (const QString &field : fields) {
        QVERIFY2(!field.startsWith(u'=') && !field.startsWith(u'+') && !field.startsWith(u'-')
                         && !field.startsWith(u'@'),
                 qPrintable(field));
    }
}

QTEST_GUILESS_MAIN(TstResidentImport)
#include "tst_residentimport.moc"
