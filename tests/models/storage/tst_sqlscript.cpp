#include "sqlscript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using linli::SqlScript;

class TstSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void statements_data();
    void statements();
};

void TstSqlScript::statements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only comments") << u"-- nothing here;\n/* nor ; here */\n"_s << QStringList();
    QTest::newRow("two statements") << u"CREATE TABLE a (x);\nCREATE TABLE b (y);\n"_s
                                    << QStringList{u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (y)"_s};
    QTest::newRow("semicolon in text") << u"INSERT INTO a VALUES ('x;y'); INSERT INTO a VALUES ('it''s;');"_s
                                       << QStringList{u"INSERT INTO a VALUES ('x;y')"_s,
                                                      u"INSERT INTO a VALUES ('it''s;')"_s};
    QTest::newRow("semicolon in comment")
            << u"CREATE TABLE a (x); -- a comment; with a semicolon\nCREATE TABLE b (y);"_s
            << QStringList{u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (y)"_s};
    QTest::newRow("trigger body")
            << u"CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no;');\n    SELECT 1;\nEND;\n"
               "CREATE TABLE c (z);"_s
            << QStringList{u"CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no;');\n    "
                           "SELECT 1;\nEND"_s,
                           u"CREATE TABLE c (z)"_s};
    QTest::newRow("dollar-quoted function body")
            << u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RAISE EXCEPTION 'no;';\n"
               "END\n$$;\nCREATE FUNCTION g() RETURNS text AS $body$SELECT '$$;'$body$;"_s
            << QStringList{u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RAISE EXCEPTION "
                           "'no;';\nEND\n$$"_s,
                           u"CREATE FUNCTION g() RETURNS text AS $body$SELECT '$$;'$body$"_s};
    QTest::newRow("trigger calling a function")
            << u"CREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();\nCREATE TABLE c (z);"_s
            << QStringList{u"CREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW EXECUTE FUNCTION f()"_s,
                           u"CREATE TABLE c (z)"_s};
    QTest::newRow("last statement without semicolon")
            << u"SELECT 1; SELECT 2"_s << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
}

void TstSqlScript::statements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(SqlScript::statements(script), expected);
}

QTEST_GUILESS_MAIN(TstSqlScript)
#include "tst_sqlscript.moc"
