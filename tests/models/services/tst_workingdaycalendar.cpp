#include "workingdaycalendar.h"

#include <QTest>

using namespace linli;

// Deadlines in working days, over the 2025 Spring Festival and National Day as the State Council's
// notice of 12 November 2024 set them.
class TstWorkingDayCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void weekendsAndHolidays();
    void deadlines_data();
    void deadlines();
    void workingDaysBetween();

private:
    WorkingDayCalendar m_calendar;
};

void TstWorkingDayCalendar::initTestCase()
{
    QSet<QDate> holidays;
    // 春节: 28 January to 4 February; 国庆、中秋: 1 to 8 October.
    for (QDate day(2025, 1, 28); day <= QDate(2025, 2, 4); day = day.addDays(1))
        holidays.insert(day);
    for (QDate day(2025, 10, 1); day <= QDate(2025, 10, 8); day = day.addDays(1))
        holidays.insert(day);
    // Worked weekends: Sunday 26 January, Saturday 8 February, Sunday 28 September, Saturday 11 October.
    const QSet<QDate> makeUp = {QDate(2025, 1, 26), QDate(2025, 2, 8), QDate(2025, 9, 28), QDate(2025, 10, 11)};
    m_calendar = WorkingDayCalendar(holidays, makeUp);
}

void TstWorkingDayCalendar::weekendsAndHolidays()
{
    QVERIFY(m_calendar.isWorkingDay(QDate(2025, 1, 24)));           // Friday
    QVERIFY(!m_calendar.isWorkingDay(QDate(2025, 1, 25)));          // Saturday
    QVERIFY(m_calendar.isWorkingDay(QDate(2025, 1, 26)));           // Sunday, worked
    QVERIFY(!m_calendar.isWorkingDay(QDate(2025, 1, 29)));          // Wednesday, Spring Festival
    QVERIFY(m_calendar.isWorkingDay(QDate(2025, 2, 8)));            // Saturday, worked
    QVERIFY(!m_calendar.isWorkingDay(QDate(2025, 2, 9)));           // Sunday
    QVERIFY(WorkingDayCalendar().isWorkingDay(QDate(2025, 1, 29))); // without the notice: a Wednesday
}

void TstWorkingDayCalendar::deadlines_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due");
    QTest::newRow("ordinary week") << QDate(2025, 3, 3) << 5 << QDate(2025, 3, 10);
    QTest::newRow("Friday, one day") << QDate(2025, 3, 7) << 1 << QDate(2025, 3, 10);
    // 27 Jan (Mon) is the last day before the festival; the next working day is 5 Feb.
    QTest::newRow("across the Spring Festival") << QDate(2025, 1, 24) << 3 << QDate(2025, 2, 5);
    // Sat 25 Jan off, Sun 26 Jan worked, Mon 27 Jan, then 5, 6, 7 Feb, Sat 8 Feb worked.
    QTest::newRow("make-up days count") << QDate(2025, 1, 24) << 6 << QDate(2025, 2, 8);
    // Sun 28 Sep, 29, 30 Sep, then 9, 10 Oct, Sat 11 Oct worked, 13 to 16 Oct.
    QTest::newRow("10 days over National Day") << QDate(2025, 9, 26) << 10 << QDate(2025, 10, 16);
    QTest::newRow("zero") << QDate(2025, 3, 3) << 0 << QDate(2025, 3, 3);
}

void TstWorkingDayCalendar::deadlines()
{
    QFETCH(QDate, received);
    QFETCH(int, days);
    QFETCH(QDate, due);
    QCOMPARE(m_calendar.addWorkingDays(received, days), due);
    QCOMPARE(m_calendar.workingDaysBetween(received, due), days);
}

void TstWorkingDayCalendar::workingDaysBetween()
{
    QCOMPARE(m_calendar.workingDaysBetween(QDate(2025, 2, 1), QDate(2025, 2, 1)), 0);
    QCOMPARE(m_calendar.workingDaysBetween(QDate(2025, 2, 10), QDate(2025, 2, 3)), 0);
    QCOMPARE(m_calendar.workingDaysBetween(QDate(2025, 9, 30), QDate(2025, 10, 12)), 3); // 9, 10, 11 Oct
}

QTEST_APPLESS_MAIN(TstWorkingDayCalendar)
#include "tst_workingdaycalendar.moc"
