#include "demonames.h"

#include <QStringView>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Surname, reading, frequency in 1/10000 of the population (rounded, from published rankings).
// Polyphonic surnames carry their surname reading (单 shan, 曾 zeng, 解 xie, 仇 qiu).
const auto surnameTable = u"王 wang 710|李 li 700|张 zhang 680|刘 liu 540|陈 chen 460|杨 yang 310|黄 huang 240|"
                          "赵 zhao 230|吴 wu 200|周 zhou 190|徐 xu 130|孙 sun 130|马 ma 120|朱 zhu 110|胡 hu 110|"
                          "郭 guo 110|何 he 100|高 gao 100|林 lin 90|罗 luo 90|郑 zheng 80|梁 liang 80|谢 xie 70|"
                          "宋 song 60|唐 tang 60|许 xu 60|韩 han 60|冯 feng 50|邓 deng 50|曹 cao 50|彭 peng 50|"
                          "曾 zeng 50|肖 xiao 50|田 tian 40|董 dong 40|袁 yuan 40|潘 pan 40|于 yu 40|蒋 jiang 40|"
                          "蔡 cai 40|余 yu 40|杜 du 40|叶 ye 40|程 cheng 40|苏 su 30|魏 wei 30|吕 lv 30|丁 ding 30|"
                          "任 ren 30|沈 shen 30|姚 yao 30|卢 lu 30|姜 jiang 30|崔 cui 30|钟 zhong 30|谭 tan 30|"
                          "陆 lu 30|汪 wang 30|范 fan 30|金 jin 30|石 shi 30|廖 liao 30|贾 jia 30|夏 xia 20|"
                          "韦 wei 20|付 fu 20|方 fang 20|白 bai 20|邹 zou 20|孟 meng 20|熊 xiong 20|秦 qin 20|"
                          "邱 qiu 20|江 jiang 20|尹 yin 20|薛 xue 20|闫 yan 20|段 duan 20|雷 lei 20|侯 hou 20|"
                          "龙 long 20|史 shi 20|陶 tao 20|黎 li 20|贺 he 20|顾 gu 20|毛 mao 20|郝 hao 20|龚 gong 20|"
                          "邵 shao 20|万 wan 20|钱 qian 20|严 yan 20|覃 qin 10|武 wu 20|戴 dai 20|莫 mo 10|孔 kong 10|"
                          "向 xiang 10|汤 tang 10|单 shan 5|解 xie 5|仇 qiu 3|欧阳 ou yang 5|司马 si ma 1|"
                          "诸葛 zhu ge 1|上官 shang guan 1"_s;

// Readings of every character used in given names (in names these are read one way).
const auto readingTable = u"建jian 国guo 德de 志zhi 永yong 振zhen 庆qing 文wen 明ming 福fu 长chang 家jia 华hua "
                          "强qiang 军jun 林lin 祥xiang 生sheng 成cheng 山shan 贵gui 富fu 才cai 根gen 海hai 忠zhong "
                          "学xue 民min 新xin 卫wei 东dong 红hong 秀xiu 桂gui 淑shu 玉yu 凤feng 翠cui 兰lan 英ying "
                          "珍zhen 芳fang 琴qin 梅mei 香xiang 菊ju 莲lian 云yun 霞xia 素su 美mei 金jin 春chun "
                          "荣rong 伟wei 勇yong 刚gang 斌bin 峰feng 涛tao 波bo 磊lei 鹏peng 宇yu 辉hui 杰jie 俊jun "
                          "亮liang 健jian 凯kai 彬bin 超chao 丽li 静jing 敏min 艳yan 娟juan 燕yan 慧hui 晓xiao "
                          "丹dan 颖ying 萍ping 洁jie 倩qian 琳lin 雪xue 婷ting 欣xin 怡yi 璐lu 娜na 子zi 轩xuan "
                          "梓zi 浩hao 睿rui 泽ze 宸chen 博bo 宁ning 涵han 萱xuan 诺nuo 一yi 雨yu 思si 佳jia 悦yue "
                          "诗shi 琪qi 瑶yao 彤tong 若ruo 安an 然ran 铭ming 天tian 瑞rui 嘉jia 豪hao 晨chen 阳yang "
                          "阿a 依yi 古gu 买mai 提ti 艾ai 力li 尔er 吐tu 逊xun 热re 拉la 不bu 都du 扎zha 西xi 次ci "
                          "仁ren 合he 曼man 巴ba 特te 卓zhuo 玛ma 努nu"_s;

// Given-name characters by generation (born before 1965, 1965-1989, from 1990) and gender:
// first characters | second characters.
const char16_t *const poolTable[3][2] = {
    {u"秀桂淑玉凤翠兰素美金春|英兰珍芳琴梅香菊莲云霞华荣", u"建国德志永振庆文明福长家|国华强军林祥生成山贵富才根海忠明"},
    {u"丽静敏艳娟燕慧晓丹红海春|丽静敏艳娟燕慧颖萍洁倩琳霞", u"伟勇刚斌峰涛波磊鹏宇辉建志|伟勇刚斌峰涛波磊鹏宇辉杰俊亮健凯彬"},
    {u"子梓雨思佳欣诗一若安雪晨|涵萱怡琪瑶彤悦婷然诺琳雪颖", u"子梓浩睿宇博一嘉天家俊晨|轩涵浩睿泽宸博宁铭瑞豪阳杰"},
};

// Names of minority citizens, with the gender they belong to; Uyghur names keep the middle dot.
const auto minorityNameTable = u"F阿依古丽·买买提|M艾力·买买提|F古丽娜尔·吐尔逊|F热依拉·阿不都|M买买提·吐尔逊|"
                               "M阿不都·热合曼|M扎西次仁|F卓玛|M巴特尔|F阿依努尔·艾力"_s;

} // namespace

DemoNames::DemoNames()
{
    int cumulative = 0;
    for (const QStringView entry : QStringView(surnameTable).split(u'|')) {
        const QList<QStringView> parts = entry.split(u' ');
        Surname surname;
        surname.text = parts.first().toString();
        for (qsizetype i = 1; i + 1 < parts.size(); ++i)
            surname.syllables.append(parts.at(i).toString());
        surname.weight = parts.last().toInt();
        cumulative += surname.weight;
        m_surnames.append(surname);
        m_cumulativeWeights.append(cumulative);
    }
    for (const QStringView entry : QStringView(readingTable).split(u' ', Qt::SkipEmptyParts)) {
        const char32_t character = QStringView(entry).toUcs4().first();
        m_readings.insert(character, entry.mid(1).toString());
    }
    for (int generation = 0; generation < 3; ++generation) {
        for (int male = 0; male < 2; ++male) {
            const QList<QStringView> halves = QStringView(poolTable[generation][male]).split(u'|');
            m_pools[generation][male] = {halves.at(0).toString(), halves.at(1).toString()};
        }
    }
    for (const QString &entry : minorityNameTable.split(u'|'))
        m_minorityNames[entry.front() == u'M' ? 1 : 0].append(entry.mid(1));
}

void DemoNames::appendReading(Name &name, QStringView characters) const
{
    for (const char32_t c : characters.toUcs4()) {
        const QString reading = m_readings.value(c);
        if (reading.isEmpty())
            continue;
        name.pinyin += reading;
        name.initials += reading.front();
    }
}

DemoNames::Name DemoNames::surnameOf(QRandomGenerator &random) const
{
    const int pick = int(random.bounded(quint32(m_cumulativeWeights.last())));
    const auto it = std::upper_bound(m_cumulativeWeights.cbegin(), m_cumulativeWeights.cend(), pick);
    const Surname &surname = m_surnames.at(it - m_cumulativeWeights.cbegin());
    Name name{surname.text, {}, {}};
    for (const QString &syllable : surname.syllables) {
        name.pinyin += syllable;
        name.initials += syllable.front();
    }
    return name;
}

DemoNames::Name DemoNames::givenName(QRandomGenerator &random, bool male, int birthYear) const
{
    const int generation = birthYear < 1965 ? 0 : birthYear < 1990 ? 1 : 2;
    const Pool &pool = m_pools[generation][male ? 1 : 0];
    QString text = pool.first.at(random.bounded(int(pool.first.size())));
    // About one in seven has a one-character given name.
    if (random.bounded(7) != 0)
        text += pool.second.at(random.bounded(int(pool.second.size())));
    else
        text = pool.second.at(random.bounded(int(pool.second.size())));
    Name name{text, {}, {}};
    appendReading(name, text);
    return name;
}

DemoNames::Name DemoNames::minorityName(QRandomGenerator &random, bool male) const
{
    const QStringList &names = m_minorityNames[male ? 1 : 0];
    const QString text = names.at(random.bounded(int(names.size())));
    Name name{text, {}, {}};
    appendReading(name, text);
    return name;
}

DemoNames::Name DemoNames::generate(QRandomGenerator &random, bool male, int birthYear) const
{
    if (random.bounded(400) == 0)
        return minorityName(random, male);
    return generateWithSurname(random, surnameOf(random), male, birthYear);
}

DemoNames::Name DemoNames::generateWithSurname(QRandomGenerator &random, const Name &surname, bool male,
                                               int birthYear) const
{
    const Name given = givenName(random, male, birthYear);
    return {surname.text + given.text, surname.pinyin + given.pinyin, surname.initials + given.initials};
}

} // namespace linli
