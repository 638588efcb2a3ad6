#include "personname.h"

#include <QTest>

using namespace Qt::StringLiterals;
using linli::PersonName;

class TstPersonName : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void lengthCountsCharacters();
};

void TstPersonName::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized"); // empty when refused
    QTest::addColumn<bool>("dotReplaced");

    QTest::newRow("plain") << u"张三"_s << u"张三"_s << false;
    QTest::newRow("trimmed, ideographic space") << u"\u3000 王小明\u00A0"_s << u"王小明"_s << false;
    QTest::newRow("middle dot kept") << u"阿依古丽·买买提"_s << u"阿依古丽·买买提"_s << false;
    QTest::newRow("bullet") << u"阿依古丽•买买提"_s << u"阿依古丽·买买提"_s << true;
    QTest::newRow("katakana dot") << u"阿依古丽・买买提"_s << u"阿依古丽·买买提"_s << true;
    QTest::newRow("full stop") << u"阿依古丽.买买提"_s << u"阿依古丽·买买提"_s << true;
    QTest::newRow("fullwidth full stop") << u"阿依古丽．买买提"_s << u"阿依古丽·买买提"_s << true;
    QTest::newRow("spaces around dot") << u"艾力 · 买买提"_s << u"艾力·买买提"_s << false;
    QTest::newRow("outside the BMP") << u"𠀀阿卜杜·艾力"_s << u"𠀀阿卜杜·艾力"_s << false;
    QTest::newRow("Ext B 𪚥") << u"王𪚥"_s << u"王𪚥"_s << false;
    QTest::newRow("Ext G biang") << u"\U00030EDE"_s << u"\U00030EDE"_s << false;
    QTest::newRow("NFD becomes NFC") << u"Jose\u0301"_s << u"Jos\u00E9"_s << false;
    QTest::newRow("markup stays text") << u"<b>张</b>"_s << u"<b>张</b>"_s << false;
    QTest::newRow("apostrophe and quotes") << u"O'Brien \"Jr\""_s << u"O'Brien \"Jr\""_s << false;
    QTest::newRow("50 characters") << QString(50, QChar(u'张')) << QString(50, QChar(u'张')) << false;
    QTest::newRow("51 characters") << QString(51, QChar(u'张')) << QString() << false;
    QTest::newRow("50 outside the BMP") << QString(u"𠀀"_s).repeated(50) << QString(u"𠀀"_s).repeated(50) << false;
    QTest::newRow("empty") << u"   "_s << QString() << false;
    QTest::newRow("emoji") << u"张👵🏻"_s << QString() << false;
    QTest::newRow("zero width space") << u"张\u200B三"_s << QString() << false;
    QTest::newRow("bidi override") << u"张\u202E三"_s << QString() << false;
    QTest::newRow("NUL") << u"张\u0000三"_s << QString() << false;
    QTest::newRow("dot first") << u"·买买提"_s << QString() << false;
}

void TstPersonName::check()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(bool, dotReplaced);
    const PersonName::Result result = PersonName::check(input);
    QCOMPARE(result.isValid(), !normalized.isEmpty());
    if (result.isValid()) {
        QCOMPARE(result.normalized, normalized);
        QCOMPARE(result.dotReplaced, dotReplaced);
    } else {
        QVERIFY(!result.message.isEmpty());
    }
}

void TstPersonName::lengthCountsCharacters()
{
    const QString name = u"𠀀阿卜杜·艾力"_s;
    QCOMPARE(name.size(), 8);
    QCOMPARE(PersonName::length(name), 7);
}

QTEST_GUILESS_MAIN(TstPersonName)
#include "tst_personname.moc"
