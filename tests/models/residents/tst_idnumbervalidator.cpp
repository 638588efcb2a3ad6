#include "idnumbervalidator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using linli::IdNumberValidator;
using Problem = IdNumberValidator::Problem;
using Warning = IdNumberValidator::Warning;

class TstIdNumberValidator : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void derivesBirthDateAndGender();
};

// The cases of reliability.md §2.3 and §2.4, with "today" fixed.
static const QDate today(2026, 11, 23);

void TstIdNumberValidator::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<Warning>("warning");
    QTest::addColumn<QString>("normalized");

    for (const auto &n :
         {u"11010519491231002X"_s, u"34052419800101001X"_s, u"360426199101010071"_s, u"230306196304054513"_s,
          u"120103198806018241"_s, u"321083197812162119"_s, u"150102198807303035"_s, u"110101202311012176"_s})
        QTest::newRow(qPrintable(u"published "_s + n)) << n << Problem::None << Warning::None << n;
    QTest::newRow("published 1880: valid, century to check")
            << u"440524188001010014"_s << Problem::None << Warning::BornBefore1900 << u"440524188001010014"_s;

    QTest::newRow("checksum stdnum") << u"360426199101010072"_s << Problem::WrongCheckCharacter << Warning::None
                                     << u"360426199101010072"_s;
    QTest::newRow("checksum dataprep") << u"230307196304054513"_s << Problem::WrongCheckCharacter << Warning::None
                                       << u"230307196304054513"_s;
    QTest::newRow("checksum rust crate") << u"110101202311012171"_s << Problem::WrongCheckCharacter << Warning::None
                                         << u"110101202311012171"_s;
    QTest::newRow("29 Feb 1900") << u"110105190002290017"_s << Problem::InvalidBirthDate << Warning::None
                                 << u"110105190002290017"_s;
    QTest::newRow("29 Feb 2000") << u"110105200002290013"_s << Problem::None << Warning::None
                                 << u"110105200002290013"_s;
    QTest::newRow("month 13") << u"110105194913010010"_s << Problem::InvalidBirthDate << Warning::None
                              << u"110105194913010010"_s;
    QTest::newRow("day 00") << u"110105194912000013"_s << Problem::InvalidBirthDate << Warning::None
                            << u"110105194912000013"_s;
    QTest::newRow("future 2099") << u"110105209901010012"_s << Problem::FutureBirthDate << Warning::None
                                 << u"110105209901010012"_s;
    QTest::newRow("born 1899") << u"110105189912310015"_s << Problem::None << Warning::BornBefore1900
                               << u"110105189912310015"_s;
    QTest::newRow("region 000000") << u"000000194912310019"_s << Problem::UnknownProvince << Warning::None
                                   << u"000000194912310019"_s;
    QTest::newRow("province 99") << u"990105194912310015"_s << Problem::UnknownProvince << Warning::None
                                 << u"990105194912310015"_s;
    QTest::newRow("sequence 000") << u"110105194912310003"_s << Problem::None << Warning::SequenceZero
                                  << u"110105194912310003"_s;
    QTest::newRow("Excel zeroed tail") << u"110105194912310000"_s << Problem::WrongCheckCharacter << Warning::None
                                       << u"110105194912310000"_s;
    QTest::newRow("Excel scientific") << u"1.10105E+17"_s << Problem::SpreadsheetNumber << Warning::None << QString();
    QTest::newRow("17 characters") << u"11010519491231002"_s << Problem::WrongLength << Warning::None
                                   << u"11010519491231002"_s;
    QTest::newRow("19 characters") << u"11010519491231002X1"_s << Problem::WrongLength << Warning::None
                                   << u"11010519491231002X1"_s;
    QTest::newRow("X not last") << u"1101051949123100X2"_s << Problem::WrongCharacters << Warning::None
                                << u"1101051949123100X2"_s;
    QTest::newRow("letters") << u"11010519491231ABCD"_s << Problem::WrongCharacters << Warning::None
                             << u"11010519491231ABCD"_s;
    QTest::newRow("inner spaces and hyphens")
            << u"110105 19491231-002X"_s << Problem::None << Warning::None << u"11010519491231002X"_s;
    QTest::newRow("fullwidth with Ｘ") << u"１１０１０５１９４９１２３１００２Ｘ"_s << Problem::None << Warning::None
                                       << u"11010519491231002X"_s;
    QTest::newRow("lowercase x") << u"11010519491231002x"_s << Problem::None << Warning::None
                                 << u"11010519491231002X"_s;
    QTest::newRow("empty") << u"  "_s << Problem::Empty << Warning::None << QString();
    QTest::newRow("legacy 15 digits") << u"150102880730303"_s << Problem::None << Warning::ConvertedFromLegacy
                                      << u"150102198807303035"_s;
    QTest::newRow("legacy 15, dataprep's example")
            << u"110223790813697"_s << Problem::None << Warning::ConvertedFromLegacy << u"110223197908136972"_s;
    QTest::newRow("legacy centenarian sequence")
            << u"110105990101997"_s << Problem::None << Warning::CenturyUncertain << u"110105199901019977"_s;
    QTest::newRow("legacy with a letter")
            << u"15010288073030X"_s << Problem::WrongCharacters << Warning::None << u"15010288073030X"_s;
}

void TstIdNumberValidator::check()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    QFETCH(Warning, warning);
    QFETCH(QString, normalized);
    const IdNumberValidator::Result result = IdNumberValidator::check(input, today);
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.warning, warning);
    if (!normalized.isEmpty())
        QCOMPARE(result.normalized, normalized);
    QCOMPARE(result.isValid(), problem == Problem::None);
    // A refusal or a warning always comes with words for the clerk.
    QCOMPARE(result.message.isEmpty(), problem == Problem::None && warning == Warning::None);
}

void TstIdNumberValidator::derivesBirthDateAndGender()
{
    const auto woman = IdNumberValidator::check(u"11010519491231002X", today);
    QCOMPARE(woman.birthDate, QDate(1949, 12, 31));
    QVERIFY(!woman.male);
    const auto man = IdNumberValidator::check(u"150102880730303", today);
    QCOMPARE(man.birthDate, QDate(1988, 7, 30));
    QVERIFY(man.male);
}

QTEST_GUILESS_MAIN(TstIdNumberValidator)
#include "tst_idnumbervalidator.moc"
