#include "quickcheckschedule.h"

#include <QTest>

using linli::QuickCheckSchedule;

class TstQuickCheckSchedule : public QObject
{
    Q_OBJECT

private slots:
    void isDue_data();
    void isDue();
};

void TstQuickCheckSchedule::isDue_data()
{
    const QDate today(2026, 3, 1);
    constexpr qint64 big = qint64(3) * 1024 * 1024 * 1024;
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("wal");
    QTest::addColumn<QDate>("lastPassed");
    QTest::addColumn<bool>("due");

    QTest::newRow("small file, checked today") << qint64(10 * 1024 * 1024) << false << today << true;
    QTest::newRow("big file, checked today") << big << false << today << false;
    QTest::newRow("big file, checked 6 days ago") << big << false << today.addDays(-6) << false;
    QTest::newRow("big file, checked 7 days ago") << big << false << today.addDays(-7) << true;
    QTest::newRow("big file, never checked") << big << false << QDate() << true;
    QTest::newRow("big file, unclean close") << big << true << today << true;
    QTest::newRow("big file, date in the future") << big << false << today.addDays(3) << true;
}

void TstQuickCheckSchedule::isDue()
{
    QFETCH(qint64, size);
    QFETCH(bool, wal);
    QFETCH(QDate, lastPassed);
    QFETCH(bool, due);
    const std::optional<QDate> last = lastPassed.isValid() ? std::optional<QDate>(lastPassed) : std::nullopt;
    QCOMPARE(QuickCheckSchedule::isDue(size, wal, last, QDate(2026, 3, 1)), due);
}

QTEST_GUILESS_MAIN(TstQuickCheckSchedule)
#include "tst_quickcheckschedule.moc"
