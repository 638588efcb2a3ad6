#include "database.h"
#include "sqlrows.h"
#include "testsupport.h"

#include <QDate>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstSqlRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryRowWithItsBoundValues();
    void nullsAndEmptyTextsStayApart();
    void aRepeatedTextIsOneString();
    void aBrokenStatementSaysWhy();

private:
    QTemporaryDir m_dir;
    Database m_database;
};

void TstSqlRows::initTestCase()
{
    QVERIFY(m_database.open(locationFor(m_dir)));
    QSqlQuery query(m_database.connection());
    QVERIFY(query.exec(u"CREATE TABLE sample (id BIGINT PRIMARY KEY, label TEXT, day TEXT, amount REAL)"_s));
    QVERIFY(query.exec(u"INSERT INTO sample VALUES (1, '张三', '2026-01-05', 1.5), (2, 'Ada', '2026-02-05', 2.5), "
                       "(3, NULL, '2026-03-05', 3.5), (4, '', '2026-04-05', 4.5), (5, '张三', '2026-05-05', 5.5), "
                       "(9000000000, 'big', '2026-06-05', 6.5)"_s));
}

void TstSqlRows::readsEveryRowWithItsBoundValues()
{
    // A text, a date, a whole number, a large one and a fraction bound as Qt SQL would bind them.
    SqlRows rows(
            m_database.connection(),
            u"SELECT id, label FROM sample WHERE (label = ? OR day = ? OR id = ? OR id = ?) AND amount > ? ORDER BY id"_s,
            {u"张三"_s, QDate(2026, 2, 5), 4, qint64(9000000000), 0.5});
    QList<qint64> ids;
    QStringList labels;
    while (rows.next()) {
        ids << rows.integer(0);
        labels << rows.text(1);
    }
    QVERIFY2(!rows.failed(), qPrintable(rows.error()));
    QCOMPARE(ids, (QList<qint64>{1, 2, 4, 5, 9000000000}));
    QCOMPARE(labels, (QStringList{u"张三"_s, u"Ada"_s, u""_s, u"张三"_s, u"big"_s}));
    QVERIFY(!rows.next()); // stays at its end
}

void TstSqlRows::nullsAndEmptyTextsStayApart()
{
    SqlRows rows(m_database.connection(), u"SELECT label FROM sample WHERE id IN (3, 4) ORDER BY id"_s, {});
    QVERIFY(rows.next());
    QVERIFY(rows.text(0).isNull());
    QVERIFY(rows.repeatedText(0).isNull());
    QVERIFY(rows.next());
    QVERIFY(!rows.text(0).isNull());
    QVERIFY(rows.text(0).isEmpty());
    // A null text bound is NULL: it matches nothing, as with Qt SQL.
    SqlRows none(m_database.connection(), u"SELECT id FROM sample WHERE label = ?"_s, {QString()});
    QVERIFY(!none.next());
    QVERIFY(!none.failed());
}

void TstSqlRows::aRepeatedTextIsOneString()
{
    SqlRows rows(m_database.connection(), u"SELECT label FROM sample WHERE id IN (1, 2, 5) ORDER BY id"_s, {});
    QVERIFY(rows.next());
    const QString first = rows.repeatedText(0);
    QVERIFY(rows.next());
    QCOMPARE(rows.repeatedText(0), u"Ada"_s);
    QVERIFY(rows.next());
    const QString again = rows.repeatedText(0);
    QCOMPARE(again, u"张三"_s);
    if (!onServer()) // read from SQLite directly: the first row's string serves the third
        QCOMPARE(again.constData(), first.constData());
}

void TstSqlRows::aBrokenStatementSaysWhy()
{
    SqlRows rows(m_database.connection(), u"SELECT id FROM nowhere WHERE id = ?"_s, {1});
    QVERIFY(!rows.next());
    QVERIFY(rows.failed());
    QVERIFY2(rows.error().contains(u"nowhere"_s), qPrintable(rows.error()));
}

QTEST_GUILESS_MAIN(TstSqlRows)
#include "tst_sqlrows.moc"
