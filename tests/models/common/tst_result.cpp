#include "result.h"

#include <QTest>

using namespace linli;
using namespace Qt::StringLiterals;

class TstResult : public QObject
{
    Q_OBJECT

private slots:
    void aValueIsDone();
    void aProblemIsNotDone();
    void nothingToGiveBack();
};

void TstResult::aValueIsDone()
{
    const Result<qint64> result = qint64(42);
    QVERIFY(result.isDone());
    QCOMPARE(result.value(), 42);
    QCOMPARE(result.valueOr(0), 42);
    QVERIFY(!result.is(Problem::Kind::Failed));
    QVERIFY(result.message().isEmpty());
}

void TstResult::aProblemIsNotDone()
{
    const Result<qint64> result = Problem::duplicate(u"Already registered."_s, 7);
    QVERIFY(!result.isDone());
    QCOMPARE(result.valueOr(0), 0);
    QVERIFY(result.is(Problem::Kind::Duplicate));
    QVERIFY(!result.is(Problem::Kind::Invalid));
    QCOMPARE(result.message(), u"Already registered."_s);
    QCOMPARE(result.problem().recordId, 7);

    const Result<QString> failed = Problem::failed(u"The file could not be written."_s, u"disk full"_s);
    QVERIFY(failed.is(Problem::Kind::Failed));
    QCOMPARE(failed.problem().detail, u"disk full"_s);
}

void TstResult::nothingToGiveBack()
{
    QVERIFY(Result<void>::done().isDone());
    const Result<void> refused = Problem::notPermitted(u"Only an administrator may."_s);
    QVERIFY(!refused.isDone());
    QVERIFY(refused.is(Problem::Kind::NotPermitted));
    QCOMPARE(refused.message(), u"Only an administrator may."_s);
}

QTEST_GUILESS_MAIN(TstResult)
#include "tst_result.moc"
