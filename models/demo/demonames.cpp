#include "demonames.h"

#include "pinyin.h"

#include <QStringView>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Surname and frequency in 1/10000 of the population (rounded, from published rankings).
const auto surnameTable = u"王 710|李 700|张 680|刘 540|陈 460|杨 310|黄 240|"
                          "赵 230|吴 200|周 190|徐 130|孙 130|马 120|朱 110|胡 110|"
                          "郭 110|何 100|高 100|林 90|罗 90|郑 80|梁 80|谢 70|"
                          "宋 60|唐 60|许 60|韩 60|冯 50|邓 50|曹 50|彭 50|"
                          "曾 50|肖 50|田 40|董 40|袁 40|潘 40|于 40|蒋 40|"
                          "蔡 40|余 40|杜 40|叶 40|程 40|苏 30|魏 30|吕 30|丁 30|"
                          "任 30|沈 30|姚 30|卢 30|姜 30|崔 30|钟 30|谭 30|"
                          "陆 30|汪 30|范 30|金 30|石 30|廖 30|贾 30|夏 20|"
                          "韦 20|付 20|方 20|白 20|邹 20|孟 20|熊 20|秦 20|"
                          "邱 20|江 20|尹 20|薛 20|闫 20|段 20|雷 20|侯 20|"
                          "龙 20|史 20|陶 20|黎 20|贺 20|顾 20|毛 20|郝 20|龚 20|"
                          "邵 20|万 20|钱 20|严 20|覃 10|武 20|戴 20|莫 10|孔 10|"
                          "向 10|汤 10|单 5|解 5|仇 3|欧阳 5|司马 1|"
                          "诸葛 1|上官 1"_s;

// Given-name characters by generation (born before 1965, 1965-1989, from 1990) and gender:
// first characters | second characters.
const char16_t *const poolTable[3][2] = {
        {u"秀桂淑玉凤翠兰素美金春|英兰珍芳琴梅香菊莲云霞华荣",
         u"建国德志永振庆文明福长家|国华强军林祥生成山贵富才根海忠明"},
        {u"丽静敏艳娟燕慧晓丹红海春|丽静敏艳娟燕慧颖萍洁倩琳霞",
         u"伟勇刚斌峰涛波磊鹏宇辉建志|伟勇刚斌峰涛波磊鹏宇辉杰俊亮健凯彬"},
        {u"子梓雨思佳欣诗一若安雪晨|涵萱怡琪瑶彤悦婷然诺琳雪颖",
         u"子梓浩睿宇博一嘉天家俊晨|轩涵浩睿泽宸博宁铭瑞豪阳杰"},
};

// Uyghur names: a given name, the middle dot, and the father's name.
const auto uyghurMaleNames = u"艾力|买买提|阿不都|吐尔逊|艾买提|热合曼|阿布力孜|努尔|依明|卡德尔"_s;
const auto uyghurFemaleNames = u"阿依古丽|古丽娜尔|热依拉|阿依努尔|米热古丽|帕提古丽|祖丽菲娅|阿娜尔"_s;
const auto uyghurFatherNames = u"买买提|吐尔逊|阿不都|艾力|热合曼|依明|卡德尔|司马义|吾斯曼|托合提"_s;

} // namespace

DemoNames::DemoNames()
{
    int cumulative = 0;
    for (const QStringView entry : QStringView(surnameTable).split(u'|')) {
        const QList<QStringView> parts = entry.split(u' ');
        cumulative += parts.last().toInt();
        m_surnames.append(parts.first().toString());
        m_cumulativeWeights.append(cumulative);
    }
    for (int generation = 0; generation < 3; ++generation) {
        for (int male = 0; male < 2; ++male) {
            const QList<QStringView> halves = QStringView(poolTable[generation][male]).split(u'|');
            m_pools[generation][male] = {halves.at(0).toString(), halves.at(1).toString()};
        }
    }
    m_minorityNames[0] = uyghurFemaleNames.split(u'|');
    m_minorityNames[1] = uyghurMaleNames.split(u'|');
    m_fatherNames = uyghurFatherNames.split(u'|');
}

DemoNames::Name DemoNames::named(const QString &text)
{
    // The same spelling the registry stores for a name typed at the desk.
    const Pinyin::Spelling spelling = Pinyin::instance().spellName(text);
    return {text, spelling.full, spelling.initials};
}

DemoNames::Name DemoNames::surnameOf(QRandomGenerator &random) const
{
    const int pick = int(random.bounded(quint32(m_cumulativeWeights.last())));
    const auto it = std::upper_bound(m_cumulativeWeights.cbegin(), m_cumulativeWeights.cend(), pick);
    return named(m_surnames.at(it - m_cumulativeWeights.cbegin()));
}

QString DemoNames::givenName(QRandomGenerator &random, bool male, int birthYear) const
{
    const int generation = birthYear < 1965 ? 0 : birthYear < 1990 ? 1 : 2;
    const Pool &pool = m_pools[generation][male ? 1 : 0];
    // About one in seven has a one-character given name.
    if (random.bounded(7) == 0)
        return pool.second.at(random.bounded(int(pool.second.size())));
    return QString(pool.first.at(random.bounded(int(pool.first.size()))))
            + pool.second.at(random.bounded(int(pool.second.size())));
}

DemoNames::Name DemoNames::generate(QRandomGenerator &random, bool male, int birthYear) const
{
    if (random.bounded(400) == 0) {
        const QStringList &names = m_minorityNames[male ? 1 : 0];
        return named(names.at(random.bounded(int(names.size()))) + u'\u00B7'
                     + m_fatherNames.at(random.bounded(int(m_fatherNames.size()))));
    }
    return generateWithSurname(random, surnameOf(random), male, birthYear);
}

DemoNames::Name DemoNames::generateWithSurname(QRandomGenerator &random, const Name &surname, bool male,
                                               int birthYear) const
{
    return named(surname.text + givenName(random, male, birthYear));
}

} // namespace linli
