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

    QTest::newRow("common") << u"张三"_s << u"zhangsan"_s << u"zs"_s;
    QTest::newRow("ü as v") << u"吕绿"_s << u"lvlv"_s << u"ll"_s;
    QTest::newRow("surname 单") << u"单田芳"_s << u"shantianfang"_s << u"stf"_s;
    QTest::newRow("surname 曾") << u"曾国藩"_s << u"zengguofan"_s << u"zgf"_s;
    QTest::newRow("surname 解") << u"解缙"_s << u"xiejin"_s << u"xj"_s;
    QTest::newRow("surname 仇") << u"仇英"_s << u"qiuying"_s << u"qy"_s;
    QTest::newRow("单 inside a name keeps its reading") << u"王单"_s << u"wangdan"_s << u"wd"_s;
    QTest::newRow("compound surname") << u"欧阳修"_s << u"ouyangxiu"_s << u"oyx"_s;
    QTest::newRow("minority name with dot") << u"阿依古丽·买买提"_s << u"ayiguli" "maimaiti"_s << u"aygl" "mmt"_s;
    QTest::newRow("outside the BMP") << u"𠀀阿"_s << u"hea"_s << u"ha"_s;
    QTest::newRow("Latin name") << u"Maria Lopez"_s << u"marialopez"_s << u"ml"_s;
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

QTEST_GUILESS_MAIN(TstPinyin)
#include "tst_pinyin.moc"
