#include "humanorder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;

// The order of staff and grid lists.
class TstHumanOrder : public QObject
{
    Q_OBJECT

private slots:
    void chineseNamesGoByPinyin();
    void numbersGoByValue();

private:
    static QStringList sorted(QStringList names)
    {
        HumanOrder::sort(names, [](const QString &name) { return name; });
        return names;
    }
};

void TstHumanOrder::chineseNamesGoByPinyin()
{
    // zhang, wang, li, chen, zhao, ouyang: by code point 张 (U+5F20) would come before 李 (U+674E).
    QCOMPARE(sorted({u"张伟"_s, u"王秀英"_s, u"李敏"_s, u"陈静"_s, u"赵磊"_s, u"欧阳娜"_s}),
             QStringList({u"陈静"_s, u"李敏"_s, u"欧阳娜"_s, u"王秀英"_s, u"张伟"_s, u"赵磊"_s}));
}

void TstHumanOrder::numbersGoByValue()
{
    QCOMPARE(sorted({u"西溪社区第10网格"_s, u"西溪社区第2网格"_s, u"西溪社区第1网格"_s, u"西溪社区第11网格"_s}),
             QStringList({u"西溪社区第1网格"_s, u"西溪社区第2网格"_s, u"西溪社区第10网格"_s, u"西溪社区第11网格"_s}));
    QCOMPARE(sorted({u"Grid 10"_s, u"grid 9"_s}), QStringList({u"grid 9"_s, u"Grid 10"_s}));
}

QTEST_GUILESS_MAIN(TstHumanOrder)
#include "tst_humanorder.moc"
