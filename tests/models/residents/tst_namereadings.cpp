// Residents are found by the way their names are said: every reading of each character, in full
// spelling, initials or both, through the store (as the window searches) and through `linli find`.
#include "namespellings.h"
#include "pinyin.h"
#include "residentsearch.h"
#include "residentstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

namespace {

struct Name
{
    QString name;
    QStringList finds;       // queries that must list the name
    QStringList doesNotFind; // queries that must not: a reading no character of the name has
};

QStringList words(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

// Queries with a space are written with '_' here.
QStringList queries(const QString &text)
{
    QStringList result = words(text);
    for (QString &query : result)
        query.replace(u'_', u' ');
    return result;
}

const QList<Name> &names()
{
    static const QList<Name> table = {
            // Given names said otherwise than each character's most customary reading.
            {u"王长林"_s, queries(u"wcl wzl wangchanglin wangzhanglin wangcl wang_chang wangc 王c 王cl 长林"_s),
             queries(u"wxl wangshanglin wangchenglin"_s)},
            {u"赵长征"_s, queries(u"zcz zzz zhaochangzheng zhaozhangzheng zhaocz"_s), queries(u"zhaochongzheng"_s)},
            {u"李重阳"_s, queries(u"lcy lzy lichongyang lizhongyang licy 李c"_s), queries(u"litongyang ltongy"_s)},
            {u"刘曾祺"_s, queries(u"lzq lcq liuzengqi liucengqi liuzq"_s), queries(u"liuzhengqi"_s)},
            {u"周薄"_s, queries(u"zhoubo zhoubao zb zhoub"_s), queries(u"zhoubu"_s)},
            {u"何长青"_s, queries(u"hcq hzq hechangqing hezhangqing hechangq"_s), {}},
            {u"吴长春"_s, queries(u"wcc wuchangchun wuzhangchun"_s), {}},
            {u"郑长生"_s, queries(u"zcs zhengchangsheng zhengcs"_s), {}},
            {u"黄长江"_s, queries(u"hcj huangchangjiang huangzhangjiang"_s), {}},
            {u"刘长富"_s, queries(u"lcf liuchangfu liuzhangfu"_s), {}},
            {u"林重光"_s, queries(u"lcg lzg linchongguang linzhongguang"_s), {}},
            {u"张重庆"_s, queries(u"zcq zzq zhangchongqing zhangzhongqing"_s), {}},
            {u"王朝阳"_s, queries(u"wzy wcy wangzhaoyang wangchaoyang"_s), {}},
            {u"张朝宗"_s, queries(u"zcz zzz zhangchaozong zhangzhaozong"_s), {}},
            {u"陈行健"_s, queries(u"cxj chj chenxingjian chenhangjian chenhengjian"_s), {}},
            {u"李行云"_s, queries(u"lxy lhy lixingyun lihangyun"_s), {}},
            {u"李调元"_s, queries(u"ldy lty lidiaoyuan litiaoyuan"_s), {}},
            {u"孙乐乐"_s, queries(u"sll syy sunlele sunyueyue sunleyue"_s), queries(u"sunyaoyao"_s)},
            {u"任重"_s, queries(u"rz rc renzhong renchong"_s), {}},
            {u"丁长宝"_s, queries(u"dcb zcb dingchangbao zhengchangbao dingzhangbao"_s), {}},
            // Surnames of more than one reading: the surname's own first, every other too.
            {u"乐嘉"_s, queries(u"yuejia lejia yj lj"_s), queries(u"yaojia"_s)},
            {u"覃小平"_s, queries(u"qinxiaoping tanxiaoping qxp txp"_s), queries(u"yanxiaoping"_s)},
            {u"隗静"_s, queries(u"weijing kuijing wj kj"_s), queries(u"guijing"_s)},
            {u"单雄信"_s, queries(u"shanxiongxin danxiongxin chanxiongxin sxx dxx"_s), {}},
            {u"曾志伟"_s, queries(u"zengzhiwei cengzhiwei zzw czw"_s), {}},
            {u"解晓东"_s, queries(u"xiexiaodong jiexiaodong xxd jxd"_s), {}},
            {u"仇英"_s, queries(u"qiuying chouying qy"_s), queries(u"juying"_s)},
            {u"朴正熙"_s, queries(u"piaozhengxi puzhengxi pzx"_s), {}},
            {u"区志强"_s, queries(u"ouzhiqiang quzhiqiang ozq qzq"_s), {}},
            {u"查良镛"_s, queries(u"zhaliangyong chaliangyong zly cly"_s), {}},
            {u"沈从文"_s, queries(u"shencongwen chencongwen scw ccw"_s), queries(u"tancongwen"_s)},
            {u"陆小曼"_s, queries(u"luxiaoman liuxiaoman lxm"_s), {}},
            {u"叶剑英"_s, queries(u"yejianying xiejianying yjy"_s), {}},
            {u"贾宝玉"_s, queries(u"jiabaoyu gubaoyu jby gby"_s), {}},
            {u"石传祥"_s, queries(u"shichuanxiang danchuanxiang scx"_s), {}},
            {u"万里"_s, queries(u"wanli moli wl"_s), queries(u"wangli"_s)},
            {u"缪一鸣"_s, queries(u"miaoyiming mouyiming mym"_s), {}},
            {u"翟志刚"_s, queries(u"zhaizhigang dizhigang zzg dzg"_s), {}},
            {u"盖叫天"_s, queries(u"gejiaotian gaijiaotian gjt"_s), {}},
            {u"柏杨"_s, queries(u"baiyang boyang by"_s), {}},
            {u"都家骏"_s, queries(u"dujiajun doujiajun djj"_s), {}},
            {u"蔚然"_s, queries(u"yuran weiran yr wr"_s), {}},
            {u"薄一波"_s, queries(u"boyibo baoyibo byb"_s), {}},
            {u"莫言"_s, queries(u"moyan muyan my"_s), {}},
            {u"冯巩"_s, queries(u"fenggong pinggong fg"_s), {}},
            {u"秘大中"_s, queries(u"bidazhong midazhong bdz"_s), {}},
            {u"种师道"_s, queries(u"chongshidao zhongshidao csd"_s), {}},
            // Compound surnames.
            {u"欧阳修"_s, queries(u"ouyangxiu oyx ouyangx"_s), {}},
            {u"欧阳娜娜"_s, queries(u"ouyangnana oynn"_s), {}},
            {u"司马光"_s, queries(u"simaguang smg simag"_s), {}},
            {u"诸葛亮"_s, queries(u"zhugeliang zgl zhugel"_s), {}},
            {u"上官婉儿"_s, queries(u"shangguanwaner sgwe shangguanwe"_s), {}},
            {u"尉迟恭"_s, queries(u"yuchigong weichigong ycg"_s), {}},
            {u"长孙无忌"_s, queries(u"zhangsunwuji changsunwuji zswj"_s), {}},
            {u"单于宏"_s, queries(u"chanyuhong shanyuhong cyh"_s), {}},
            {u"万俟卨"_s, queries(u"moqixie wanqixie mqx"_s), {}},
            // Names without polyphony stay exact.
            {u"曹操"_s, queries(u"caocao cc caoc 曹c"_s), queries(u"zhaocao chaocao"_s)},
            {u"华佗"_s, queries(u"huatuo ht"_s), {}},
            // Minority names: found by either part.
            {u"阿依古丽·买买提"_s, queries(u"ayiguli maimaiti aygl mmt ayiguliMaimaiti"_s), queries(u"maimaitix"_s)},
            {u"热合曼·吐尔逊"_s, queries(u"rehemantuerxun tuerxun rhm tex"_s), {}},
            {u"努尔·艾力"_s, queries(u"nuer aili nuerai ne al"_s), {}},
            // Traditional characters, read as they are.
            {u"張秀蘭"_s, queries(u"zhangxiulan zxl 張秀 張秀蘭 张秀兰 张秀 秀兰 蘭"_s), queries(u"张秀英"_s)},
            {u"陈秀兰"_s, queries(u"chenxiulan cxl 陳秀蘭 陳秀 秀蘭 陈秀兰"_s), {}},
            {u"劉長林"_s, queries(u"liuchanglin liuzhanglin lcl lzl 刘长林 劉長林 長林 长林"_s), {}},
            {u"鄭重"_s, queries(u"zhengzhong zhengchong zz"_s), {}},
            // Characters outside the Basic Multilingual Plane.
            {u"王𪚥"_s, queries(u"wangzhe wz"_s), queries(u"wangzha"_s)},
            {u"𠀀阿"_s, queries(u"hea ha"_s), {}},
            // Latin letters.
            {u"Maria Lopez"_s, queries(u"maria ml maria_lopez maria_l"_s), {}},
    };
    return table;
}

} // namespace

class TstNameReadings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theSpellingShownIsTheLikeliest_data();
    void theSpellingShownIsTheLikeliest();
    void everyReadingIsOneTheDictionariesGive();
    void found_data();
    void found();
    void foundOnTheCommandLine();
    void aRenamedResidentIsFoundByTheNewNameOnly();
    void spellingsFollowNewReadings();

private:
    QStringList namesFound(const QString &query) const;

    FreshDatabase m_database;
    QHash<QString, qint64> m_ids;
};

void TstNameReadings::initTestCase()
{
    QVERIFY(m_database.open());
    const QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (1, 'G1', '一网格')"_s));
    ResidentStore store(db);
    for (const Name &entry : names()) {
        ResidentDraft draft;
        draft.name = entry.name;
        draft.gender = u"F"_s;
        draft.birthDate = QDate(1950, 5, 1);
        draft.gridId = 1;
        const Result<qint64> created = store.create(draft);
        QVERIFY2(created.isDone(), qPrintable(entry.name + u": "_s + created.message()));
        m_ids.insert(entry.name, created.value());
    }
}

void TstNameReadings::cleanupTestCase()
{
    m_database.close();
}

void TstNameReadings::theSpellingShownIsTheLikeliest_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("spelling");
    QTest::newRow("长 in a given name") << u"王长林"_s << u"wang chang lin"_s;
    QTest::newRow("长征") << u"赵长征"_s << u"zhao chang zheng"_s;
    QTest::newRow("重阳") << u"李重阳"_s << u"li chong yang"_s;
    QTest::newRow("曾 in a given name") << u"刘曾祺"_s << u"liu zeng qi"_s;
    QTest::newRow("朝阳") << u"王朝阳"_s << u"wang zhao yang"_s;
    QTest::newRow("朝宗 by its word") << u"张朝宗"_s << u"zhang chao zong"_s;
    QTest::newRow("乐乐") << u"孙乐乐"_s << u"sun le le"_s;
    QTest::newRow("surname 乐") << u"乐嘉"_s << u"yue jia"_s;
    QTest::newRow("surname 覃") << u"覃小平"_s << u"qin xiao ping"_s;
    QTest::newRow("surname 隗") << u"隗静"_s << u"wei jing"_s;
    QTest::newRow("surname 薄") << u"薄一波"_s << u"bo yi bo"_s;
    QTest::newRow("薄 in a given name") << u"周薄"_s << u"zhou bo"_s;
    QTest::newRow("surname 单") << u"单雄信"_s << u"shan xiong xin"_s;
    QTest::newRow("compound surname 长孙") << u"长孙无忌"_s << u"zhang sun wu ji"_s;
    QTest::newRow("traditional 長") << u"劉長林"_s << u"liu chang lin"_s;
    QTest::newRow("minority name") << u"阿依古丽·买买提"_s << u"a yi gu li mai mai ti"_s;
}

void TstNameReadings::theSpellingShownIsTheLikeliest()
{
    QFETCH(QString, name);
    QFETCH(QString, spelling);
    QCOMPARE(Pinyin::instance().spellName(name).full, spelling);
    // As stored, listed and sorted.
    const QList<ResidentRow> rows
            = ResidentStore(m_database->connection())
                      .page(ResidentStore::Order::ByName, Qt::AscendingOrder, {}, 5, ResidentSearch::parse(name));
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.constFirst().namePinyin, spelling);
}

void TstNameReadings::everyReadingIsOneTheDictionariesGive()
{
    const Pinyin &pinyin = Pinyin::instance();
    QCOMPARE(pinyin.readings(U'长'), (QStringList{u"zhang"_s, u"chang"_s}));
    QCOMPARE(pinyin.readings(U'重'), (QStringList{u"zhong"_s, u"chong"_s}));
    QCOMPARE(pinyin.readings(U'乐'), (QStringList{u"le"_s, u"yue"_s}));
    // Classical readings of a character the modern dictionaries hold are not searched (王 yù).
    QCOMPARE(pinyin.readings(U'王'), QStringList{u"wang"_s});
    // A rare character only the great dictionary holds has its readings.
    QVERIFY(!pinyin.readings(U'𪚥').isEmpty());
    // Every spelling of every name in the table is made of its characters' readings.
    for (const Name &entry : names()) {
        const QList<Pinyin::Spelling> spellings = pinyin.spellingsOfName(entry.name);
        QVERIFY2(!spellings.isEmpty(), qPrintable(entry.name));
        QCOMPARE(spellings.constFirst(), pinyin.spellName(entry.name));
        QVERIFY(spellings.size() <= Pinyin::maxSpellings);
    }
}

QStringList TstNameReadings::namesFound(const QString &query) const
{
    ResidentStore store(m_database->connection());
    const ResidentSearch search = ResidentSearch::parse(query);
    QStringList found;
    for (const ResidentRow &row : store.page(ResidentStore::Order::ByName, Qt::AscendingOrder, {}, 1000, search))
        found.append(row.name);
    // The count means the same residents.
    if (store.count(search).value_or(-1) != found.size())
        found.append(u"(count differs: %1)"_s.arg(store.count(search).value_or(-1)));
    return found;
}

void TstNameReadings::found_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("expected");
    for (const Name &entry : names()) {
        for (const QString &query : entry.finds)
            QTest::addRow("%s by %s", qPrintable(entry.name), qPrintable(query)) << entry.name << query << true;
        for (const QString &query : entry.doesNotFind)
            QTest::addRow("%s not by %s", qPrintable(entry.name), qPrintable(query)) << entry.name << query << false;
    }
}

void TstNameReadings::found()
{
    QFETCH(QString, name);
    QFETCH(QString, query);
    QFETCH(bool, expected);
    const QStringList found = namesFound(query);
    QVERIFY2(found.isEmpty() || !found.constLast().startsWith(u"(count"_s), qPrintable(found.join(u", "_s)));
    QVERIFY2(found.contains(name) == expected, qPrintable(query + u" → "_s + found.join(u", "_s)));
}

void TstNameReadings::foundOnTheCommandLine()
{
    if (onServer())
        QSKIP("the command line is tried on the SQLite file; the store's searches above ran on the server");
    const QString executable = qEnvironmentVariable("LINLI_EXECUTABLE");
    QVERIFY2(QFileInfo(executable).isExecutable(), "LINLI_EXECUTABLE must name the built linli");
    const QString path = dbPath(m_database.dir());
    QHash<QString, QStringList> expected; // query → names it must list
    QHash<QString, QStringList> refused;  // query → names it must not
    for (const Name &entry : names()) {
        for (const QString &query : entry.finds)
            expected[query].append(entry.name);
        for (const QString &query : entry.doesNotFind)
            refused[query].append(entry.name);
    }
    QStringList all = expected.keys() + refused.keys();
    all.removeDuplicates();
    for (const QString &query : std::as_const(all)) {
        QProcess process;
        process.start(executable, {u"--lang"_s, u"en"_s, u"--db"_s, path, u"find"_s, query, u"--limit"_s, u"500"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QStringList listed;
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            if (fields.size() == 6)
                listed.append(fields.at(1));
        }
        // The same residents, in the same order, as the window's search.
        QCOMPARE(listed, namesFound(query));
        QVERIFY2(lines.constLast() == u"%1 found."_s.arg(listed.size()), qPrintable(lines.constLast()));
        for (const QString &name : expected.value(query))
            QVERIFY2(listed.contains(name), qPrintable(query + u" → "_s + listed.join(u", "_s)));
        for (const QString &name : refused.value(query))
            QVERIFY2(!listed.contains(name), qPrintable(query + u" → "_s + listed.join(u", "_s)));
    }
}

void TstNameReadings::aRenamedResidentIsFoundByTheNewNameOnly()
{
    ResidentStore store(m_database->connection());
    const qint64 id = m_ids.value(u"任重"_s);
    ResidentStore::Record record = *store.load(id);
    record.draft.name = u"任长安"_s;
    QVERIFY(store.update(id, record.version, record.draft).isDone());
    QVERIFY(namesFound(u"renzhangan"_s).contains(u"任长安"_s));
    QVERIFY(namesFound(u"renchangan"_s).contains(u"任长安"_s));
    QVERIFY(!namesFound(u"renchong"_s).contains(u"任长安"_s));
    record = *store.load(id);
    record.draft.name = u"任重"_s;
    QVERIFY(store.update(id, record.version, record.draft).isDone());
    QVERIFY(namesFound(u"renchong"_s).contains(u"任重"_s));
    QVERIFY(!namesFound(u"renzhangan"_s).contains(u"任重"_s));
}

void TstNameReadings::spellingsFollowNewReadings()
{
    // A register spelled by another table of readings (here: none at all, as before spellings were
    // kept) is spelled again when the program opens it.
    const QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    QVERIFY(query.exec(u"DELETE FROM resident_spellings"_s));
    QVERIFY(query.exec(u"UPDATE residents SET name_pinyin = 'wang zhang lin', name_initials = 'wzl' "
                       "WHERE name = '王长林'"_s));
    QVERIFY(query.exec(u"UPDATE residents SET name_simplified = NULL, has_other_spellings = 0"_s));
    QVERIFY(query.exec(u"UPDATE settings SET value = 'older' WHERE key = 'name_spellings'"_s));
    QVERIFY(!namesFound(u"张秀兰"_s).contains(u"張秀蘭"_s));
    QVERIFY(!namesFound(u"wangchanglin"_s).contains(u"王长林"_s));
    QVERIFY(NameSpellings(db).refreshIfStale());
    QVERIFY(namesFound(u"wangchanglin"_s).contains(u"王长林"_s));
    QVERIFY(namesFound(u"wangzhanglin"_s).contains(u"王长林"_s));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM residents WHERE name_pinyin = 'wang chang lin'"_s), 1);
    QVERIFY(namesFound(u"张秀兰"_s).contains(u"張秀蘭"_s));
    // The index of name characters follows the spelling shown.
    QCOMPARE(
            scalar(db,
                   u"SELECT count(*) FROM resident_name_grams WHERE gram = '长林' AND name_pinyin = 'wang chang lin'"_s),
            1);
    const qint64 spellings = scalar(db, u"SELECT count(*) FROM resident_spellings"_s);
    QVERIFY(spellings > names().size());
    // Nothing to do the second time.
    QVERIFY(NameSpellings(db).refreshIfStale());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM resident_spellings"_s), spellings);
}

QTEST_GUILESS_MAIN(TstNameReadings)
#include "tst_namereadings.moc"
