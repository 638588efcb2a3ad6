#include "language.h"

#include <QApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace linli;

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsFileIsComplete();
    void chineseIsInstalled();
    void aVisitStateHasOneWord();
};

void TstTranslations::tsFileIsComplete()
{
    QFile file(QStringLiteral(LINLI_TS_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), LINLI_TS_FILE);
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source"_s) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == u"translation"_s) {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (type == u"unfinished"_s || type == u"vanished"_s || type == u"obsolete"_s)
                problems.append(u"%1: %2"_s.arg(type, source));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.trimmed().isEmpty())
                problems.append(u"empty: "_s + source);
            // Every placeholder of the source must survive in the translation.
            for (int n = 1; n <= 9; ++n) {
                const QString marker = u"%"_s + QString::number(n);
                if (source.contains(marker) != text.contains(marker))
                    problems.append(u"placeholder %1: %2"_s.arg(marker, source));
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 50);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstTranslations::chineseIsInstalled()
{
    QCOMPARE(Language::install(*qApp, u"zh_CN"_s), u"zh_CN"_s);
    QCOMPARE(QCoreApplication::translate("linli::MainWindow", "Residents"), u"居民"_s);
    QCOMPARE(QCoreApplication::translate("Database", "Linli did not change the file."), u"邻里没有改动该文件。"_s);
    // Qt's own dialogs speak Chinese too.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
}

// A missed visit is 未遇 wherever it is named: its state, the button that sets it, the question it
// asks, the day sheet's tally; a clerk must not wonder whether 无人在家 is another state.
void TstTranslations::aVisitStateHasOneWord()
{
    QCOMPARE(Language::install(*qApp, u"zh_CN"_s), u"zh_CN"_s);
    const QString words[] = {
            QCoreApplication::translate("VisitWording", "Missed"),
            QCoreApplication::translate("linli::VisitAgenda", "M&issed…"),
            QCoreApplication::translate("linli::VisitAgenda", "Missed"),
            QCoreApplication::translate(
                    "VisitStore", "Missed: write down the next step (call back, ask the neighbours, visit again)."),
            QCoreApplication::translate("DaySheet", "Visits done: ____    Missed: ____    Signature: ________________"),
    };
    for (const QString &word : words)
        QVERIFY2(word.contains(u"未遇"_s) && !word.contains(u"无人在家"_s), qPrintable(word));
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
