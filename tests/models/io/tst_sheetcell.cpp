#include "sheetcell.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;

// What a cell written for Excel or WPS looks like, and that the import reads it back as it was.
class TstSheetCell : public QObject
{
    Q_OBJECT

private slots:
    void exportedCellsStayText_data();
    void exportedCellsStayText();
};

void TstSheetCell::exportedCellsStayText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("an ID number") << u"110105194912310021"_s << u"\t110105194912310021"_s;
    QTest::newRow("an ID number ending in X") << u"11010519491231002X"_s << u"\t11010519491231002X"_s;
    QTest::newRow("an old 15-digit ID number") << u"110105491231002"_s << u"\t110105491231002"_s;
    QTest::newRow("a leading zero") << u"057188886666"_s << u"\t057188886666"_s;
    QTest::newRow("a short number") << u"123"_s << u"123"_s;
    QTest::newRow("a mobile number") << u"13800138000"_s << u"13800138000"_s;
    QTest::newRow("a zero") << u"0"_s << u"0"_s;
    QTest::newRow("a formula") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
    QTest::newRow("a minus sign") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("words") << u"张三"_s << u"张三"_s;
    QTest::newRow("digits and words") << u"110105194912310021号"_s << u"110105194912310021号"_s;
}

void TstSheetCell::exportedCellsStayText()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(SheetCell::exported(value), written);
    QCOMPARE(SheetCell::imported(SheetCell::exported(value)), value);
}

QTEST_GUILESS_MAIN(TstSheetCell)
#include "tst_sheetcell.moc"
