#include "pinyin.h"

#include <QTest>

using namespace Qt::StringLiterals;
using linli::Pinyin;

class TstPinyin : public QObject
{
    Q_OBJECT

private slots:
    void tableIsComplete();
    void spellName_data();
    void spellName();
    void segment_data();
    void segment();
    void everyReading();
};

void TstPinyin::tableIsComplete()
{
    const Pinyin &pinyin = Pinyin::instance();
    // Unihan 15 has Mandarin readings for some 41,000 characters, rare ones included.
    QVERIFY(pinyin.size() > 40000);
    QCOMPARE(pinyin.reading(U'张'), u"zhang"_s);
    QCOMPARE(pinyin.reading(U'绿'), u"lv"_s);
    QCOMPARE(pinyin.reading(U'𪚥'), u"zhe"_s);
    QCOMPARE(pinyin.reading(U'a'), QString());
}

void TstPinyin::spellName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("initials");

    QTest::newRow("common") << u"张三"_s << u"zhang san"_s << u"zs"_s;
    QTest::newRow("ü as v") << u"吕绿"_s << u"lv lv"_s << u"ll"_s;
    QTest::newRow("surname 单") << u"单田芳"_s << u"shan tian fang"_s << u"stf"_s;
    QTest::newRow("surname 曾") << u"曾国藩"_s << u"zeng guo fan"_s << u"zgf"_s;
    QTest::newRow("surname 解") << u"解缙"_s << u"xie jin"_s << u"xj"_s;
    QTest::newRow("surname 仇") << u"仇英"_s << u"qiu ying"_s << u"qy"_s;
    QTest::newRow("单 inside a name keeps its reading") << u"王单"_s << u"wang dan"_s << u"wd"_s;
    QTest::newRow("compound surname") << u"欧阳修"_s << u"ou yang xiu"_s << u"oyx"_s;
    QTest::newRow("minority name with dot") << u"阿依古丽·买买提"_s << u"a yi gu li mai mai ti"_s
                                            << u"aygl"
                                               "mmt"_s;
    QTest::newRow("outside the BMP") << u"𠀀阿"_s << u"he a"_s << u"ha"_s;
    QTest::newRow("Latin name") << u"Maria Lopez"_s << u"maria lopez"_s << u"ml"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TstPinyin::spellName()
{
    QFETCH(QString, name);
    QFETCH(QString, full);
    QFETCH(QString, initials);
    const Pinyin::Spelling spelling = Pinyin::instance().spellName(name);
    QCOMPARE(spelling.full, full);
    QCOMPARE(spelling.initials, initials);
}

void TstPinyin::segment_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("syllables");
    QTest::newRow("two syllables") << u"zhangsan"_s << QStringList{u"zhang"_s, u"san"_s};
    QTest::newRow("unfinished last") << u"zhangs"_s << QStringList{u"zhang"_s, u"s"_s};
    QTest::newRow("one syllable") << u"wang"_s << QStringList{u"wang"_s};
    QTest::newRow("longest first") << u"wangang"_s << QStringList{u"wang"_s, u"ang"_s};
    QTest::newRow("backtracking") << u"zhuangu"_s << QStringList{u"zhuan"_s, u"gu"_s};
    QTest::newRow("xian stays whole") << u"xian"_s << QStringList{u"xian"_s};
    QTest::newRow("spaces and apostrophes") << u"Xi'an Li"_s << QStringList{u"xi"_s, u"an"_s, u"li"_s};
    QTest::newRow("lv") << u"lvbu"_s << QStringList{u"lv"_s, u"bu"_s};
    QTest::newRow("not pinyin") << u"qqq"_s << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TstPinyin::segment()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, syllables);
    QCOMPARE(Pinyin::instance().segment(typed), syllables);
}

void TstPinyin::everyReading()
{
    const QList<QStringList> readings = Pinyin::instance().segmentations(u"wangang");
    QVERIFY(readings.contains(QStringList{u"wang"_s, u"ang"_s}));
    QVERIFY(readings.contains(QStringList{u"wan"_s, u"gang"_s}));
    QVERIFY(readings.size() <= 4);
}

QTEST_GUILESS_MAIN(TstPinyin)
#include "tst_pinyin.moc"
