#include "database.h"
#include "pinyin.h"
#include "residentsearch.h"
#include "residentstore.h"
#include "residenttablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;
using Kind = ResidentSearch::Kind;

class TstResidentSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kinds_data();
    void kinds();
    void finds_data();
    void finds();
    void textIsBoundNeverSpliced();
    void indexedKindsUseAnIndex_data();
    void indexedKindsUseAnIndex();
    void modelShowsOnlyMatches();
    void filters_data();
    void filters();

private:
    void addResident(const QString &name, const QString &idNumber, const QString &phone);
    QStringList namesFound(const QString &text);

    QTemporaryDir m_dir;
    Database m_database;
};

void TstResidentSearch::addResident(const QString &name, const QString &idNumber, const QString &phone)
{
    const Pinyin::Spelling spelling = Pinyin::instance().spellName(name);
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO residents (name, name_pinyin, name_initials, gender, birth_date, id_number, "
                  "id_number_reversed, phone, phone_reversed, grid_id, registered_at, updated_at) "
                  "VALUES (?, ?, ?, 'M', ?, ?, ?, ?, ?, 1, '2024-01-01', '2024-01-01')"_s);
    query.addBindValue(name);
    query.addBindValue(spelling.full);
    query.addBindValue(spelling.initials);
    query.addBindValue(QDate::fromString(idNumber.mid(6, 8), u"yyyyMMdd"_s).toString(Qt::ISODate));
    query.addBindValue(idNumber);
    query.addBindValue(ResidentSearch::reversed(idNumber));
    query.addBindValue(phone);
    query.addBindValue(ResidentSearch::reversed(phone));
    QVERIFY2(query.exec(), qPrintable(name));
}

void TstResidentSearch::initTestCase()
{
    QVERIFY(DatabaseSetup::open(m_database, locationFor(m_dir)));
    QSqlQuery query(m_database.connection());
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (1, 'G1', '一网格'), (3, 'G3', '西溪三网格')"_s));
    // Published example numbers (reliability.md §2.3) and made-up phones.
    addResident(u"张三"_s, u"11010519491231002X"_s, u"13800138000"_s);
    addResident(u"张三丰"_s, u"34052419800101001X"_s, u"13912345678"_s);
    addResident(u"章山"_s, u"360426199101010071"_s, u"0571-88886666"_s);
    addResident(u"单田芳"_s, u"230306196304054513"_s, u"15000001234"_s);
    addResident(u"曾国藩"_s, u"120103198806018241"_s, u""_s);
    addResident(u"欧阳修"_s, u"321083197812162119"_s, u"18611112222"_s);
    addResident(u"阿依古丽·买买提"_s, u"150102198807303035"_s, u"17712345678"_s);
    addResident(u"O'Brien"_s, u"110101202311012176"_s, u""_s);
    addResident(u"万刚"_s, u"440524188001010014"_s, u""_s);
    addResident(u"王芳"_s, u"110105200002290013"_s, u""_s);
    QVERIFY(query.exec(
            u"UPDATE residents SET building = '3', unit = '2', room = '301' WHERE name IN ('张三', '王芳')"_s));
    QVERIFY(query.exec(u"UPDATE residents SET building = '3', unit = '1', room = '301' WHERE name = '章山'"_s));
    QVERIFY(query.exec(u"UPDATE residents SET building = 'A', unit = '', room = '12' WHERE name = '欧阳修'"_s));
    QVERIFY(query.exec(u"UPDATE residents SET grid_id = 3 WHERE name IN ('万刚', '王芳')"_s));
}

QStringList TstResidentSearch::namesFound(const QString &text)
{
    const ResidentStore store(m_database.connection());
    const ResidentSearch search = ResidentSearch::parse(text);
    QStringList names;
    for (const ResidentRow &row : store.page(ResidentStore::Order::ByName, Qt::AscendingOrder, {}, 50, search))
        names.append(row.name);
    // The count the page shows is exact and agrees with the rows.
    const std::optional<qint64> count = store.count(search);
    if (!count || *count != names.size())
        names.append(u"<count %1>"_s.arg(count.value_or(-1)));
    return names;
}

void TstResidentSearch::kinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("empty") << u"  "_s << Kind::Everyone;
    QTest::newRow("full ID") << u"11010519491231002x"_s << Kind::IdNumber;
    QTest::newRow("legacy ID") << u"150102880730303"_s << Kind::IdNumber;
    QTest::newRow("mobile") << u"138 0013 8000"_s << Kind::MobileNumber;
    QTest::newRow("tail 4") << u"1234"_s << Kind::DigitsTail;
    QTest::newRow("tail X") << u"002X"_s << Kind::DigitsTail;
    QTest::newRow("fullwidth tail") << u"１２３４"_s << Kind::DigitsTail;
    QTest::newRow("pinyin") << u"ZhangSan"_s << Kind::Pinyin;
    QTest::newRow("mixed") << u"张s"_s << Kind::ChineseWithInitials;
    QTest::newRow("name part") << u"三丰"_s << Kind::NamePart;
    QTest::newRow("address with hyphens") << u"3-2-301"_s << Kind::Address;
    QTest::newRow("address in words") << u"3栋2单元301室"_s << Kind::Address;
    QTest::newRow("landline") << u"0571-88886666"_s << Kind::MobileNumber;
    QTest::newRow("name and digits") << u"zxh 0769"_s << Kind::DigitsTail;
    QTest::newRow("ID with a space") << u"110105 19491231002X"_s << Kind::IdNumber;
}

void TstResidentSearch::kinds()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QCOMPARE(ResidentSearch::parse(text).kind(), kind);
}

void TstResidentSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("everyone") << QString()
                              << QStringList{u"阿依古丽·买买提"_s, u"O'Brien"_s, u"欧阳修"_s, u"单田芳"_s, u"张三"_s,
                                             u"张三丰"_s,          u"章山"_s,    u"曾国藩"_s, u"万刚"_s,   u"王芳"_s};
    QTest::newRow("wang is 王, not 万刚") << u"wang"_s << QStringList{u"王芳"_s};
    QTest::newRow("wangang is 万刚") << u"wangang"_s << QStringList{u"万刚"_s};
    QTest::newRow("spaced pinyin") << u"zhang san"_s << QStringList{u"张三"_s, u"张三丰"_s};
    QTest::newRow("unfinished syllable") << u"zhangsanf"_s << QStringList{u"张三丰"_s};
    QTest::newRow("full pinyin") << u"zhangsan"_s << QStringList{u"张三"_s, u"张三丰"_s};
    QTest::newRow("pinyin prefix") << u"zhang"_s << QStringList{u"张三"_s, u"张三丰"_s, u"章山"_s};
    QTest::newRow("initials") << u"zs"_s << QStringList{u"张三"_s, u"张三丰"_s, u"章山"_s};
    QTest::newRow("initials, 3") << u"zsf"_s << QStringList{u"张三丰"_s};
    QTest::newRow("mixed 张s") << u"张s"_s << QStringList{u"张三"_s, u"张三丰"_s};
    QTest::newRow("polyphonic 单 as shan") << u"shan"_s << QStringList{u"单田芳"_s};
    QTest::newRow("polyphonic 曾 as zeng") << u"zgf"_s << QStringList{u"曾国藩"_s};
    QTest::newRow("compound surname") << u"oyx"_s << QStringList{u"欧阳修"_s};
    QTest::newRow("name part") << u"三丰"_s << QStringList{u"张三丰"_s};
    QTest::newRow("name part with dot") << u"古丽·买"_s << QStringList{u"阿依古丽·买买提"_s};
    QTest::newRow("full ID, lowercase x") << u"34052419800101001x"_s << QStringList{u"张三丰"_s};
    QTest::newRow("legacy 15-digit ID") << u"150102880730303"_s << QStringList{u"阿依古丽·买买提"_s};
    QTest::newRow("ID tail 6") << u"01001X"_s << QStringList{u"张三丰"_s};
    QTest::newRow("ID tail 4 or phone tail 4") << u"1234"_s << QStringList{u"单田芳"_s};
    QTest::newRow("phone tail") << u"5678"_s << QStringList{u"张三丰"_s, u"阿依古丽·买买提"_s};
    QTest::newRow("mobile") << u"+86 138-0013-8000"_s << QStringList{u"张三"_s};
    QTest::newRow("nobody") << u"xyz"_s << QStringList{};
    QTest::newRow("address 3-2-301") << u"3-2-301"_s << QStringList{u"王芳"_s, u"张三"_s};
    QTest::newRow("address 3栋2单元301室") << u"3栋2单元301室"_s << QStringList{u"王芳"_s, u"张三"_s};
    QTest::newRow("address 3号楼1单元301") << u"3号楼1单元301"_s << QStringList{u"章山"_s};
    QTest::newRow("address without unit") << u"3-301"_s << QStringList{u"王芳"_s, u"章山"_s, u"张三"_s};
    QTest::newRow("address, fullwidth") << u"Ａ栋１２室"_s << QStringList{u"欧阳修"_s};
    QTest::newRow("landline") << u"0571 8888 6666"_s << QStringList{u"章山"_s};
    QTest::newRow("grid name") << u"三网格"_s << QStringList{u"万刚"_s, u"王芳"_s};
    QTest::newRow("apostrophe") << u"O'Brien"_s << QStringList{u"O'Brien"_s};
    QTest::newRow("initials and phone tail") << u"zsf 5678"_s << QStringList{u"张三丰"_s};
    QTest::newRow("phone tail and initials") << u"5678 zsf"_s << QStringList{u"张三丰"_s};
    QTest::newRow("name part and ID tail") << u"张三 002X"_s << QStringList{u"张三"_s};
    QTest::newRow("pinyin and a tail of someone else") << u"zhang 1234"_s << QStringList{};
    QTest::newRow("name part and phone tail, two match the tail")
            << u"古丽 5678"_s << QStringList{u"阿依古丽·买买提"_s};
}

void TstResidentSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QStringList found = namesFound(text);
    if (text.isEmpty()) {
        // Everyone, in pinyin order.
        QCOMPARE(found.size(), names.size());
        return;
    }
    std::sort(found.begin(), found.end());
    std::sort(names.begin(), names.end());
    QCOMPARE(found, names);
}

void TstResidentSearch::indexedKindsUseAnIndex_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("mobile (partial index)") << u"13800138000"_s;
    QTest::newRow("landline") << u"0571-88886666"_s;
    QTest::newRow("ID") << u"11010519491231002X"_s;
    QTest::newRow("tail") << u"1234"_s;
    QTest::newRow("address") << u"3-2-301"_s;
    QTest::newRow("one letter") << u"w"_s;
    QTest::newRow("initials") << u"zs"_s;
    QTest::newRow("mixed") << u"张s"_s;
    QTest::newRow("name and digits") << u"zsf 5678"_s;
}

// A condition the index cannot answer turns a millisecond into a scan of a million rows: the plan
// must search an index, never scan the table.
void TstResidentSearch::indexedKindsUseAnIndex()
{
    LINLI_SQLITE_FILE_ONLY(); // SQLite's query plans
    QFETCH(QString, text);
    const ResidentSearch search = ResidentSearch::parse(text);
    QSqlQuery query(m_database.connection());
    QVERIFY(query.prepare(u"EXPLAIN QUERY PLAN SELECT count(*) FROM residents r WHERE "_s + search.whereClause()));
    for (const QVariant &value : search.values())
        query.addBindValue(value);
    QVERIFY(query.exec());
    QStringList plan;
    while (query.next())
        plan.append(query.value(3).toString());
    QVERIFY2(!plan.isEmpty(), qPrintable(text));
    for (const QString &step : plan)
        QVERIFY2(!step.startsWith(u"SCAN r"_s), qPrintable(plan.join(u" | "_s)));
}

void TstResidentSearch::textIsBoundNeverSpliced()
{
    for (const auto &text : {u"'); DROP TABLE residents;--"_s, u"' OR '1'='1"_s, u"%"_s, u"_"_s, u"\\"_s}) {
        const ResidentSearch search = ResidentSearch::parse(text);
        // No literal in the SQL at all: what was typed travels as a bound value.
        QVERIFY2(!search.whereClause().contains(u'\''), qPrintable(search.whereClause()));
        QVERIFY(search.values().contains(text));
        QCOMPARE(namesFound(text), QStringList{});
    }
    QCOMPARE(scalar(m_database.connection(), u"SELECT count(*) FROM residents"_s), 10);
}

void TstResidentSearch::modelShowsOnlyMatches()
{
    ResidentTableModel model(m_database.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 10);
    model.setSearchText(u"zs"_s);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 3);
    model.sort(ResidentTableModel::Age, Qt::AscendingOrder);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 3);
    // Youngest first: 章山 (1991), 张三丰 (1980), 张三 (1949).
    QCOMPARE(model.data(model.index(0, ResidentTableModel::Name)).toString(), u"章山"_s);
    model.setSearchText(QString());
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 10);
}

void TstResidentSearch::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<int>("minimumAge");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("grid");
    QTest::addColumn<QStringList>("names");

    const QStringList none;
    QTest::newRow("living alone") << QString() << QStringList{u"living_alone"_s} << 0 << QString() << qint64(0)
                                  << QStringList{u"张三"_s, u"万刚"_s};
    QTest::newRow("two tags: all of them") << QString() << QStringList{u"living_alone"_s, u"disabled"_s} << 0
                                           << QString() << qint64(0) << QStringList{u"张三"_s};
    // Today is 2026-11-23: born 1949 → 76, 1880 → 146; 1963 → 63; 1978 → 47.
    QTest::newRow("60+") << QString() << none << 60 << QString() << qint64(0)
                         << QStringList{u"张三"_s, u"单田芳"_s, u"万刚"_s};
    QTest::newRow("80+") << QString() << none << 80 << QString() << qint64(0) << QStringList{u"万刚"_s};
    QTest::newRow("deceased") << QString() << none << 0 << u"deceased"_s << qint64(0) << QStringList{u"万刚"_s};
    QTest::newRow("grid 2") << QString() << none << 0 << QString() << qint64(2) << QStringList{u"欧阳修"_s};
    QTest::newRow("search and filter") << u"zs"_s << QStringList{u"living_alone"_s} << 60 << QString() << qint64(0)
                                       << QStringList{u"张三"_s};
}

void TstResidentSearch::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QFETCH(int, minimumAge);
    QFETCH(QString, status);
    QFETCH(qint64, grid);
    QFETCH(QStringList, names);

    QSqlQuery query(m_database.connection());
    // Set up once: tags, a status and a second grid for a few of the residents above.
    if (scalar(m_database.connection(), u"SELECT count(*) FROM resident_tags"_s) == 0) {
        QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (2, 'G2', '二网格')"_s));
        QVERIFY(query.exec(u"UPDATE residents SET grid_id = 2 WHERE name = '欧阳修'"_s));
        QVERIFY(query.exec(u"UPDATE residents SET status = 'deceased' WHERE name = '万刚'"_s));
        QVERIFY(query.exec(u"INSERT INTO resident_tags (resident_id, tag) SELECT id, 'living_alone' FROM residents "
                           "WHERE name IN ('张三', '万刚')"_s));
        QVERIFY(query.exec(u"INSERT INTO resident_tags (resident_id, tag) SELECT id, 'disabled' FROM residents "
                           "WHERE name IN ('张三', '单田芳')"_s));
    }
    ResidentFilter filter;
    filter.tags = tags;
    filter.minimumAge = minimumAge;
    filter.status = status;
    filter.gridId = grid;
    ResidentStore store(m_database.connection());
    store.setReferenceDate(QDate(2026, 11, 23));
    const ResidentSearch search = ResidentSearch::parse(text);
    QStringList found;
    for (const ResidentRow &row : store.page(ResidentStore::Order::ByAge, Qt::AscendingOrder, {}, 50, search, filter))
        found.append(row.name);
    std::sort(found.begin(), found.end());
    std::sort(names.begin(), names.end());
    QCOMPARE(found, names);
    QCOMPARE(store.count(search, filter).value_or(-1), qint64(names.size()));
}

QTEST_GUILESS_MAIN(TstResidentSearch)
#include "tst_residentsearch.moc"
