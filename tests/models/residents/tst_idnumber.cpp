#include "idnumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using linli::IdNumber;

class TstIdNumber : public QObject
{
    Q_OBJECT

private slots:
    void publishedExamplesAreValid_data();
    void publishedExamplesAreValid();
    void wrongCheckCharacters_data();
    void wrongCheckCharacters();
    void compose();
};

void TstIdNumber::publishedExamplesAreValid_data()
{
    QTest::addColumn<QString>("number");
    // GB 11643-1999 annexes and well-known validator test suites.
    for (const auto &n : {u"11010519491231002X"_s, u"440524188001010014"_s, u"34052419800101001X"_s,
                          u"360426199101010071"_s, u"230306196304054513"_s, u"120103198806018241"_s,
                          u"321083197812162119"_s, u"150102198807303035"_s, u"110101202311012176"_s})
        QTest::newRow(qPrintable(n)) << n;
}

void TstIdNumber::publishedExamplesAreValid()
{
    QFETCH(QString, number);
    QVERIFY(IdNumber::hasValidCheckCharacter(number));
    QCOMPARE(IdNumber::checkCharacter(QStringView(number).first(17)), number.back());
}

void TstIdNumber::wrongCheckCharacters_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("stdnum") << u"360426199101010072"_s;
    QTest::newRow("dataprep, should be X") << u"230307196304054513"_s;
    QTest::newRow("rust crate") << u"110101202311012171"_s;
    QTest::newRow("Excel zeroed tail") << u"110105194912310000"_s;
    QTest::newRow("lowercase x is not canonical") << u"11010519491231002x"_s;
    QTest::newRow("17 characters") << u"11010519491231002"_s;
    QTest::newRow("19 characters") << u"11010519491231002X1"_s;
    QTest::newRow("letter inside") << u"1101051949123A002X"_s;
    QTest::newRow("empty") << QString();
}

void TstIdNumber::wrongCheckCharacters()
{
    QFETCH(QString, number);
    QVERIFY(!IdNumber::hasValidCheckCharacter(number));
}

void TstIdNumber::compose()
{
    QCOMPARE(IdNumber::compose(u"340524", QDate(1980, 1, 1), 1), u"34052419800101001X"_s);
    QCOMPARE(IdNumber::compose(u"150102", QDate(1988, 7, 30), 303), u"150102198807303035"_s);
    QCOMPARE(IdNumber::compose(u"110105", QDate(2000, 2, 29), 1), u"110105200002290013"_s);
    QVERIFY(IdNumber::compose(u"1101", QDate(2000, 2, 29), 1).isEmpty());
}

QTEST_GUILESS_MAIN(TstIdNumber)
#include "tst_idnumber.moc"
