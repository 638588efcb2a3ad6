#include "visitcalendar.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace linli;

// The iCalendar text of visits: escaping, folding, the events.
class TstVisitCalendar : public QObject
{
    Q_OBJECT

private slots:
    void escapesWhatICalendarReserves();
    void foldsLongLinesWithoutCuttingACharacter();
    void oneEventPerVisit();
};

void TstVisitCalendar::escapesWhatICalendarReserves()
{
    QCOMPARE(VisitCalendar::escaped(u"a;b,c\\d\r\ne"_s), u"a\\;b\\,c\\\\d\\ne"_s);
}

void TstVisitCalendar::foldsLongLinesWithoutCuttingACharacter()
{
    const QByteArray line = (u"DESCRIPTION:"_s + QString(60, u'康')).toUtf8();
    const QByteArray folded = VisitCalendar::folded(line);
    const QList<QByteArray> lines = folded.split('\n');
    QVERIFY(lines.size() > 3);
    QByteArray unfolded;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray part = lines.at(i);
        if (part.isEmpty())
            continue;
        QVERIFY(part.endsWith('\r'));
        part.chop(1);
        QVERIFY2(part.size() <= 75, part.constData());
        if (i > 0) {
            QVERIFY(part.startsWith(' '));
            part.remove(0, 1);
        }
        // Each piece is whole UTF-8 on its own.
        QCOMPARE(QString::fromUtf8(part).toUtf8(), part);
        unfolded += part;
    }
    QCOMPARE(unfolded, line);
    QCOMPARE(VisitCalendar::folded("SHORT"), QByteArray("SHORT\r\n"));
}

void TstVisitCalendar::oneEventPerVisit()
{
    AgendaEntry planned;
    planned.visit.id = 7;
    planned.visit.kind = u"rehab_home"_s;
    planned.visit.startsAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30));
    planned.visit.durationMinutes = 45;
    planned.visit.status = u"planned"_s;
    planned.residentName = u"王秀英"_s;
    planned.address = u"一网格 3栋 2单元 301室"_s;
    AgendaEntry cancelled = planned;
    cancelled.visit.id = 8;
    cancelled.visit.status = u"cancelled"_s;
    const QString text = QString::fromUtf8(
            VisitCalendar::write({planned, cancelled}, QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc())));
    QCOMPARE(text.count(u"BEGIN:VEVENT\r\n"_s), 2);
    QVERIFY(text.contains(u"UID:visit-7@linli\r\n"_s));
    QVERIFY(text.contains(u"DTSTART;TZID=Asia/Shanghai:20261124T093000\r\n"_s));
    QVERIFY(text.contains(u"DTEND;TZID=Asia/Shanghai:20261124T101500\r\n"_s));
    QVERIFY(text.contains(u"DTSTAMP:20261123T080000Z\r\n"_s));
    QVERIFY(text.contains(u"LOCATION:一网格 3栋 2单元 301室\r\n"_s));
    QVERIFY(text.contains(u"STATUS:CANCELLED\r\n"_s));
    QVERIFY(text.startsWith(u"BEGIN:VCALENDAR\r\n"_s));
    QVERIFY(text.endsWith(u"END:VCALENDAR\r\n"_s));
}

QTEST_GUILESS_MAIN(TstVisitCalendar)
#include "tst_visitcalendar.moc"
