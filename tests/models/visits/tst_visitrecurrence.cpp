#include "visitrecurrence.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;

using Frequency = VisitRecurrence::Frequency;

// The days a series of visits falls on.
class TstVisitRecurrence : public QObject
{
    Q_OBJECT

private slots:
    void weekdaysAcrossTheYearEnd();
    void everyOtherWeek();
    void everyNDaysAcrossFebruaryOfALeapYear();
    void monthlyOnThe31st();
    void aCourseOfTwelveSessions();
    void untilIsInclusiveAndEndlessNeedsAHorizon();
    void thisAndFollowingContinuesTheRule();
    void unusableRulesAreNamed_data();
    void unusableRulesAreNamed();

private:
    static QList<QDate> days(const QStringList &iso)
    {
        QList<QDate> list;
        for (const QString &day : iso)
            list.append(QDate::fromString(day, Qt::ISODate));
        return list;
    }
    static int bits(std::initializer_list<int> weekdays)
    {
        int mask = 0;
        for (int weekday : weekdays)
            mask |= VisitRecurrence::weekdayBit(weekday);
        return mask;
    }
};

void TstVisitRecurrence::weekdaysAcrossTheYearEnd()
{
    VisitRecurrence rule;
    rule.weekdays = bits({Qt::Monday, Qt::Wednesday, Qt::Friday});
    rule.start = QDate(2026, 12, 30); // a Wednesday
    QCOMPARE(rule.occurrences(QDate(2027, 1, 8)),
             days({u"2026-12-30"_s, u"2027-01-01"_s, u"2027-01-04"_s, u"2027-01-06"_s, u"2027-01-08"_s}));
}

void TstVisitRecurrence::everyOtherWeek()
{
    VisitRecurrence rule;
    rule.interval = 2;
    rule.weekdays = bits({Qt::Tuesday, Qt::Saturday});
    rule.start = QDate(2026, 11, 26); // a Thursday: that week's Saturday is the first visit
    QCOMPARE(rule.occurrences(QDate(2026, 12, 31)),
             days({u"2026-11-28"_s, u"2026-12-08"_s, u"2026-12-12"_s, u"2026-12-22"_s, u"2026-12-26"_s}));
}

void TstVisitRecurrence::everyNDaysAcrossFebruaryOfALeapYear()
{
    VisitRecurrence rule;
    rule.frequency = Frequency::EveryNDays;
    rule.interval = 3;
    rule.start = QDate(2028, 2, 24);
    QCOMPARE(rule.occurrences(QDate(2028, 3, 8)),
             days({u"2028-02-24"_s, u"2028-02-27"_s, u"2028-03-01"_s, u"2028-03-04"_s, u"2028-03-07"_s}));
}

void TstVisitRecurrence::monthlyOnThe31st()
{
    VisitRecurrence rule;
    rule.frequency = Frequency::Monthly;
    rule.monthDay = 31;
    rule.start = QDate(2027, 12, 15);
    // Shorter months have it on their last day; the 31st comes back where there is one.
    QCOMPARE(rule.occurrences(QDate(2028, 5, 31)),
             days({u"2027-12-31"_s, u"2028-01-31"_s, u"2028-02-29"_s, u"2028-03-31"_s, u"2028-04-30"_s,
                   u"2028-05-31"_s}));
    rule.interval = 3;
    rule.start = QDate(2026, 11, 30);
    QCOMPARE(rule.occurrences(QDate(2027, 12, 31)),
             days({u"2026-11-30"_s, u"2027-02-28"_s, u"2027-05-31"_s, u"2027-08-31"_s, u"2027-11-30"_s}));
}

void TstVisitRecurrence::aCourseOfTwelveSessions()
{
    VisitRecurrence rule;
    rule.weekdays = bits({Qt::Tuesday, Qt::Thursday});
    rule.start = QDate(2026, 11, 24);
    rule.count = 12;
    const QList<QDate> course = rule.occurrences(QDate(2027, 12, 31));
    QCOMPARE(course.size(), 12);
    QCOMPARE(course.constFirst(), QDate(2026, 11, 24));
    QCOMPARE(course.constLast(), QDate(2026, 12, 31));
    // A shorter horizon shows what falls in it.
    QCOMPARE(rule.occurrences(QDate(2026, 11, 30)).size(), 2);
}

void TstVisitRecurrence::untilIsInclusiveAndEndlessNeedsAHorizon()
{
    VisitRecurrence rule;
    rule.frequency = Frequency::EveryNDays;
    rule.interval = 7;
    rule.start = QDate(2026, 1, 1);
    rule.until = QDate(2026, 1, 15);
    QCOMPARE(rule.occurrences(QDate(2026, 12, 31)), days({u"2026-01-01"_s, u"2026-01-08"_s, u"2026-01-15"_s}));
    QCOMPARE(rule.occurrences(QDate()), days({u"2026-01-01"_s, u"2026-01-08"_s, u"2026-01-15"_s}));
    rule.until = QDate();
    QVERIFY(rule.isEndless());
    QVERIFY(rule.occurrences(QDate()).isEmpty());
    QCOMPARE(rule.occurrences(QDate(2026, 3, 31)).size(), 13);
}

void TstVisitRecurrence::thisAndFollowingContinuesTheRule()
{
    VisitRecurrence rule;
    rule.interval = 2;
    rule.weekdays = bits({Qt::Monday});
    rule.start = QDate(2026, 11, 2);
    rule.count = 6;
    const QList<QDate> all = rule.occurrences(QDate(2027, 6, 30));
    QCOMPARE(all.size(), 6);
    // Split at the third session: the rest keeps the fortnightly rhythm and the remaining count.
    const VisitRecurrence rest = rule.startingOn(all.at(2), 2);
    QCOMPARE(rest.occurrences(QDate(2027, 6, 30)), all.mid(2));

    VisitRecurrence monthly;
    monthly.frequency = Frequency::Monthly;
    monthly.monthDay = 31;
    monthly.start = QDate(2027, 1, 1);
    const QList<QDate> months = monthly.occurrences(QDate(2027, 6, 30));
    QCOMPARE(monthly.startingOn(months.at(1), 1).occurrences(QDate(2027, 6, 30)), months.mid(1));
}

void TstVisitRecurrence::unusableRulesAreNamed_data()
{
    QTest::addColumn<int>("frequency");
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("weekdays");
    QTest::addColumn<int>("monthDay");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("problem");
    const QDate day(2026, 11, 24);
    QTest::newRow("no start") << int(Frequency::EveryNDays) << 1 << 0 << 1 << QDate() << QDate() << 0
                              << u"first visit"_s;
    QTest::newRow("no weekday") << int(Frequency::Weekly) << 1 << 0 << 1 << day << QDate() << 0 << u"weekday"_s;
    QTest::newRow("zero interval") << int(Frequency::EveryNDays) << 0 << 0 << 1 << day << QDate() << 0 << u"interval"_s;
    QTest::newRow("day 32") << int(Frequency::Monthly) << 1 << 0 << 32 << day << QDate() << 0 << u"day of the month"_s;
    QTest::newRow("ends before") << int(Frequency::EveryNDays) << 1 << 0 << 1 << day << day.addDays(-1) << 0
                                 << u"ends before"_s;
    QTest::newRow("too many") << int(Frequency::EveryNDays) << 1 << 0 << 1 << day << QDate() << 5000 << u"1,000"_s;
}

void TstVisitRecurrence::unusableRulesAreNamed()
{
    QFETCH(int, frequency);
    QFETCH(int, interval);
    QFETCH(int, weekdays);
    QFETCH(int, monthDay);
    QFETCH(QDate, start);
    QFETCH(QDate, until);
    QFETCH(int, count);
    QFETCH(QString, problem);
    VisitRecurrence rule;
    rule.frequency = Frequency(frequency);
    rule.interval = interval;
    rule.weekdays = weekdays;
    rule.monthDay = monthDay;
    rule.start = start;
    rule.until = until;
    rule.count = count;
    QVERIFY2(rule.problem().contains(problem), qPrintable(rule.problem()));
    QVERIFY(rule.occurrences(QDate(2030, 1, 1)).isEmpty());
}

QTEST_APPLESS_MAIN(TstVisitRecurrence)
#include "tst_visitrecurrence.moc"
