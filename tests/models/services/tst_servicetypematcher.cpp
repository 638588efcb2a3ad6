#include "database.h"
#include "pinyin.h"
#include "servicecatalogue.h"
#include "servicetypematcher.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The quick-log box's choice of service type, over the seeded catalogue.
class TstServiceTypeMatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogueIsSeededInOrder();
    void retiredTypesAreNotOffered();
    void finds_data();
    void finds();
    void preferredTypesComeFirstAmongEquals();
    void wordsAreSpelledAsWords();

private:
    QString firstCode(const QString &typed, const QList<qint64> &preferred = {}) const;
    qint64 idOf(const QString &code) const;

    QTemporaryDir m_dir;
    Database m_database;
    QList<ServiceType> m_types;
};

void TstServiceTypeMatcher::initTestCase()
{
    QVERIFY(DatabaseSetup::open(m_database, locationFor(m_dir)));
    m_types = ServiceCatalogue(m_database.connection()).types();
}

QString TstServiceTypeMatcher::firstCode(const QString &typed, const QList<qint64> &preferred) const
{
    const QList<ServiceType> matches = ServiceTypeMatcher(m_types).match(typed, preferred);
    return matches.isEmpty() ? QString() : matches.constFirst().code;
}

qint64 TstServiceTypeMatcher::idOf(const QString &code) const
{
    for (const ServiceType &type : m_types) {
        if (type.code == code)
            return type.id;
    }
    return 0;
}

void TstServiceTypeMatcher::catalogueIsSeededInOrder()
{
    QCOMPARE(m_types.size(), 63);
    QCOMPARE(m_types.constFirst().code, u"EC01"_s);
    QCOMPARE(m_types.constFirst().categoryZh, u"养老服务"_s);
    QCOMPARE(m_types.constFirst().visitKind, u"elderly"_s);
    int opensCase = 0;
    for (const ServiceType &type : std::as_const(m_types))
        opensCase += type.opensCase ? 1 : 0;
    QCOMPARE(opensCase, 18);
}

void TstServiceTypeMatcher::retiredTypesAreNotOffered()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(DatabaseSetup::open(database, locationFor(dir)));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"UPDATE service_types SET retired = 1 WHERE code = 'EC01'"_s));
    const ServiceCatalogue catalogue(database.connection());
    QCOMPARE(catalogue.types().size(), 62);
    QCOMPARE(catalogue.types(true).size(), 63);
    QVERIFY(ServiceTypeMatcher(catalogue.types()).match(u"EC01").isEmpty());
}

void TstServiceTypeMatcher::finds_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << u"ec01"_s << u"EC01"_s;
    QTest::newRow("code, fullwidth") << u"ＥＣ０２"_s << u"EC02"_s;
    QTest::newRow("Chinese start") << u"独居"_s << u"EC01"_s;
    QTest::newRow("initials") << u"djlr"_s << u"EC01"_s;
    QTest::newRow("Chinese inside") << u"上门探访"_s << u"EC01"_s;
    QTest::newRow("English word") << u"canteen"_s << u"EC03"_s;
    QTest::newRow("nothing") << u"zzzz"_s << QString();
}

void TstServiceTypeMatcher::finds()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QCOMPARE(firstCode(typed), code);
}

void TstServiceTypeMatcher::preferredTypesComeFirstAmongEquals()
{
    // Nothing typed: every type, the clerk's own first.
    const QList<ServiceType> all = ServiceTypeMatcher(m_types).match(u"", {idOf(u"EC03"_s), idOf(u"EC02"_s)});
    QCOMPARE(all.size(), m_types.size());
    QCOMPARE(all.at(0).code, u"EC03"_s);
    QCOMPARE(all.at(1).code, u"EC02"_s);
    QCOMPARE(all.at(2).code, u"EC01"_s);
    // Among code prefixes, the preferred one wins; an exact code still beats a preference.
    QCOMPARE(firstCode(u"ec"_s, {idOf(u"EC04"_s)}), u"EC04"_s);
    QCOMPARE(firstCode(u"ec01"_s, {idOf(u"EC04"_s)}), u"EC01"_s);
}

void TstServiceTypeMatcher::wordsAreSpelledAsWords()
{
    // As a surname 单 is "shan"; in 单位 (unit) it is "dan".
    QCOMPARE(Pinyin::instance().spellName(u"单位").initials, u"sw"_s);
    QCOMPARE(Pinyin::instance().spellText(u"法律咨询").initials, u"flzx"_s);
}

QTEST_GUILESS_MAIN(TstServiceTypeMatcher)
#include "tst_servicetypematcher.moc"
