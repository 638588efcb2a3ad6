#include "csvreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using linli::CsvReader;

class TstCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void recordLines();
    void unterminatedQuoteIsAnError();
};

using Records = QList<QStringList>;

void TstCsvReader::records_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Records>("expected");

    QTest::newRow("empty") << QString() << Records{};
    QTest::newRow("LF") << u"a,b\nc,d\n"_s << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("CRLF") << u"a,b\r\nc,d\r\n"_s << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("CR only") << u"a,b\rc,d"_s << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("BOM skipped") << u"\uFEFF代码,名称\n"_s << Records{{u"代码"_s, u"名称"_s}};
    QTest::newRow("quoted comma and quotes") << u"\"Home care (cleaning, bathing)\",\"say \"\"hi\"\"\"\n"_s
                                             << Records{{u"Home care (cleaning, bathing)"_s, u"say \"hi\""_s}};
    QTest::newRow("newline inside quotes") << u"\"line1\nline2\",x\n"_s << Records{{u"line1\nline2"_s, u"x"_s}};
    QTest::newRow("empty fields") << u",,\n"_s << Records{{QString(), QString(), QString()}};
    QTest::newRow("outside the BMP") << u"𠀀阿卜杜·艾力,1\n"_s << Records{{u"𠀀阿卜杜·艾力"_s, u"1"_s}};
}

void TstCsvReader::records()
{
    QFETCH(QString, text);
    QFETCH(Records, expected);
    CsvReader reader(text);
    Records actual;
    QStringList fields;
    while (reader.readRecord(fields))
        actual.append(fields);
    QVERIFY(!reader.hasError());
    QCOMPARE(actual, expected);
}

void TstCsvReader::recordLines()
{
    const QString text = u"h1,h2\n\"multi\nline\",x\nlast,y\n"_s;
    CsvReader reader(text);
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(reader.recordLine(), 1);
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(reader.recordLine(), 2);
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(reader.recordLine(), 4);
    QCOMPARE(fields, (QStringList{u"last"_s, u"y"_s}));
    QVERIFY(!reader.readRecord(fields));
}

void TstCsvReader::unterminatedQuoteIsAnError()
{
    const QString text = u"a,b\nc,\"never closed\n"_s;
    CsvReader reader(text);
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorLine(), 2);
}

QTEST_GUILESS_MAIN(TstCsvReader)
#include "tst_csvreader.moc"
