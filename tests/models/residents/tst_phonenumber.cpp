#include "phonenumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using linli::PhoneNumber;
using Kind = PhoneNumber::Kind;

class TstPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
};

void TstPhoneNumber::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("warning");

    // reliability.md §2.5: accepted
    QTest::newRow("plain") << u"13800138000"_s << Kind::Mobile << u"13800138000"_s << false;
    QTest::newRow("+86 with hyphens") << u"+86 138-0013-8000"_s << Kind::Mobile << u"13800138000"_s << false;
    QTest::newRow("0086") << u"0086 13800138000"_s << Kind::Mobile << u"13800138000"_s << false;
    QTest::newRow("fullwidth") << u"１３８００１３８０００"_s << Kind::Mobile << u"13800138000"_s << false;
    QTest::newRow("192") << u"19212345678"_s << Kind::Mobile << u"19212345678"_s << false;
    QTest::newRow("166") << u"16612345678"_s << Kind::Mobile << u"16612345678"_s << false;
    QTest::newRow("145") << u"14512345678"_s << Kind::Mobile << u"14512345678"_s << false;
    QTest::newRow("174 satellite") << u"17412345678"_s << Kind::Mobile << u"17412345678"_s << false;
    // rejected
    QTest::newRow("154 unallocated") << u"15412345678"_s << Kind::Invalid << QString() << false;
    QTest::newRow("12x") << u"12345678901"_s << Kind::Invalid << QString() << false;
    QTest::newRow("10 digits") << u"1380013800"_s << Kind::Invalid << QString() << false;
    QTest::newRow("12 digits") << u"138001380001"_s << Kind::Invalid << QString() << false;
    QTest::newRow("11x") << u"11012345678"_s << Kind::Invalid << QString() << false;
    QTest::newRow("10086 service") << u"10086"_s << Kind::Invalid << QString() << false;
    QTest::newRow("IoT 13 digits") << u"14012345678901"_s << Kind::Invalid << QString() << false;
    QTest::newRow("IoT 11 digits") << u"14112345678"_s << Kind::Invalid << QString() << false;
    QTest::newRow("letters") << u"1380013800O"_s << Kind::Invalid << QString() << false;
    QTest::newRow("empty") << QString() << Kind::Invalid << QString() << false;
    // a code not allocated yet in 2023: accepted, with a warning
    QTest::newRow("unknown 161") << u"16112345678"_s << Kind::Mobile << u"16112345678"_s << true;
    // landlines
    QTest::newRow("Beijing") << u"010-12345678"_s << Kind::Landline << u"010-12345678"_s << false;
    QTest::newRow("Hangzhou brackets") << u"(0571) 8888 6666"_s << Kind::Landline << u"0571-88886666"_s << false;
    QTest::newRow("7-digit local") << u"0571-8888666"_s << Kind::Landline << u"0571-8888666"_s << false;
    QTest::newRow("no area code") << u"8888-6666"_s << Kind::Invalid << QString() << false;
    QTest::newRow("too long landline") << u"0571-888866661"_s << Kind::Invalid << QString() << false;
}

void TstPhoneNumber::check()
{
    QFETCH(QString, input);
    QFETCH(Kind, kind);
    QFETCH(QString, normalized);
    QFETCH(bool, warning);
    const PhoneNumber::Result result = PhoneNumber::check(input);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(result.unknownNetwork, warning);
    QCOMPARE(result.message.isEmpty(), result.isValid() && !warning);
}

QTEST_GUILESS_MAIN(TstPhoneNumber)
#include "tst_phonenumber.moc"
