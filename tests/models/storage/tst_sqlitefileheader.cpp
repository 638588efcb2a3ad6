#include "sqlitefileheader.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;
using Verdict = SqliteFileHeader::Verdict;

class TstSqliteFileHeader : public QObject
{
    Q_OBJECT

private slots:
    void verdicts();
};

void TstSqliteFileHeader::verdicts()
{
    QTemporaryDir dir;
    QCOMPARE(SqliteFileHeader::read(dir.filePath(u"missing"_s)).verdict(), Verdict::Missing);

    const QString empty = dir.filePath(u"empty"_s);
    writeFile(empty, {});
    QCOMPARE(SqliteFileHeader::read(empty).verdict(), Verdict::Empty);

    const QString text = dir.filePath(u"text"_s);
    writeFile(text, QByteArray(300, 'x'));
    QCOMPARE(SqliteFileHeader::read(text).verdict(), Verdict::NotSqlite);

    const QString shortMagic = dir.filePath(u"short"_s);
    writeFile(shortMagic, "SQLite format 3");
    QCOMPARE(SqliteFileHeader::read(shortMagic).verdict(), Verdict::NotSqlite);

    const QString real = dir.filePath(u"real.sqlite"_s);
    QVERIFY(execRaw(real,
                    {u"PRAGMA application_id = 42"_s, u"PRAGMA user_version = 3"_s, u"CREATE TABLE t (x)"_s,
                     u"CREATE TABLE u (y)"_s}));
    const SqliteFileHeader header = SqliteFileHeader::read(real);
    QCOMPARE(header.verdict(), Verdict::Plausible);
    QCOMPARE(header.applicationId(), 42u);
    QCOMPARE(header.userVersion(), 3u);
    QCOMPARE(header.pageCount(), 3u);
    QCOMPARE(header.fileSize(), qint64(header.pageCount()) * header.pageSize());

    QFile file(real);
    QVERIFY(file.resize(header.pageSize() * 2));
    QCOMPARE(SqliteFileHeader::read(real).verdict(), Verdict::Truncated);
    QVERIFY(file.resize(header.pageSize() * 2 + 10));
    QCOMPARE(SqliteFileHeader::read(real).verdict(), Verdict::Truncated);
}

QTEST_GUILESS_MAIN(TstSqliteFileHeader)
#include "tst_sqlitefileheader.moc"
