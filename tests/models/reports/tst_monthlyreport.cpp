#include "auditlog.h"
#include "database.h"
#include "monthlyreport.h"
#include "recordcorrections.h"
#include "servicerecordstore.h"
#include "testsupport.h"
#include "visitstore.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The monthly report gathered on a hand-built October: key figures, categories beside September
// and October a year before, the overdue cases at the month's end, and its CSV.
class TstMonthlyReport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void gathersTheMonth();
    void aMonthWithNothingSaysNone();
    void mendsAfterThePrintAreSaid();

private:
    qint64 log(qint64 residentId, const QString &code, const QString &servedAt);
    QSqlDatabase db() const { return m_database->connection(); }
    FreshDatabase m_database;
};

void TstMonthlyReport::init()
{
    QVERIFY(m_database.open());
    QVERIFY(addDeskPeople(db(), u"(1, '李敏', 1)"_s)); // 王秀英 (5), born 1949
    QSqlQuery query(db());
    QVERIFY(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, grid_id, registered_at, updated_at) "
                       "VALUES (6, '陈小军', 'M', '1990-02-02', 1, '', '')"_s));
}

void TstMonthlyReport::cleanup()
{
    m_database.close();
}

qint64 TstMonthlyReport::log(qint64 residentId, const QString &code, const QString &servedAt)
{
    ServiceRecordStore store(db());
    store.setReferenceTime(QDateTime(QDate(2026, 11, 20), QTime(12, 0)));
    ServiceEntry entry;
    entry.residentId = residentId;
    entry.serviceTypeId = scalar(db(), u"SELECT id FROM service_types WHERE code = '%1'"_s.arg(code));
    entry.servedAt = QDateTime::fromString(servedAt, u"yyyy-MM-dd HH:mm:ss"_s);
    entry.handlerId = 1;
    return store.log(entry).valueOr(0);
}

void TstMonthlyReport::gathersTheMonth()
{
    QVERIFY(log(5, u"EC01"_s, u"2026-10-01 00:00:00"_s) > 0);
    QVERIFY(log(5, u"EC01"_s, u"2026-10-31 23:59:59"_s) > 0);
    QVERIFY(log(6, u"LG02"_s, u"2026-10-09 10:00:00"_s) > 0); // a case, due in 10 working days, still open
    QVERIFY(log(5, u"EC01"_s, u"2026-09-30 23:59:59"_s) > 0);
    QVERIFY(log(6, u"LG01"_s, u"2025-10-10 10:00:00"_s) > 0);
    QVERIFY(log(6, u"LG01"_s, u"2026-11-01 00:00:00"_s) > 0); // November's
    VisitStore visits(db());
    VisitDraft draft;
    draft.residentId = 5;
    draft.staffId = 1;
    draft.kind = u"home_visit"_s;
    draft.startTime = QTime(9, 0);
    VisitRecurrence weekly;
    weekly.frequency = VisitRecurrence::Frequency::EveryNDays;
    weekly.interval = 7;
    weekly.start = QDate(2026, 10, 12);
    weekly.count = 3; // 12, 19, 26 October
    const Result<qint64> series = visits.createSeries(draft, weekly, QDate(2026, 10, 1));
    QVERIFY(series.isDone());
    const QList<VisitRow> rows = visits.visitsOfSeries(series.value());
    QVERIFY(visits.markDone(rows.at(0).id, 1, {}, QDateTime(QDate(2026, 10, 12), QTime(10, 0))).isDone());
    QVERIFY(visits.cancel(rows.at(1).id, 1, u"住院"_s).isDone());

    QString error;
    const std::optional<MonthlyReport> report
            = MonthlyReport::gather(db(), QDate(2026, 10, 15), QDate(2026, 11, 20), &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->month, QDate(2026, 10, 1));
    QCOMPARE(report->figures.services, 4); // two EC01, one LG02 and the done visit's EC01
    QCOMPARE(report->figures.peopleServed, 2);
    QCOMPARE(report->figures.aged60Served, 1);
    QCOMPARE(report->figures.visitsPlanned, 2);
    QCOMPARE(report->figures.visitsDone, 1);
    QCOMPARE(report->figures.cases.received, 1);
    QCOMPARE(report->figures.cases.closed, 0);
    QVERIFY(!report->figures.cases.onTimeRate()); // nothing closed: none, not 0 %
    QCOMPARE(report->categories.size(), 2);
    const MonthlyReport::CategoryRow &elderly = report->categories.at(0);
    QCOMPARE(elderly.nameEn, u"Elderly care"_s);
    QCOMPARE(elderly.thisMonth, 3);
    QCOMPARE(elderly.previousMonth, 1);
    QCOMPARE(elderly.sameMonthLastYear, 0);
    const MonthlyReport::CategoryRow &legal = report->categories.at(1);
    QCOMPARE(legal.thisMonth, 1);
    QCOMPARE(legal.sameMonthLastYear, 1);
    QCOMPARE(report->overdueCount, 1); // due 23 October, open at the month's end
    QCOMPARE(report->overdueCases.first().residentName, u"陈小军"_s);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(report->writeCsv(&buffer, false));
    const QString csv = QString::fromUtf8(buffer.data());
    QVERIFY(csv.contains(u"Services,4\r\n"_s));
    QVERIFY(csv.contains(u"Residents served,2\r\n"_s));
    QVERIFY(csv.contains(u"Closure rate,0.0%\r\n"_s));
    QVERIFY(csv.contains(u"On-time closure rate,none\r\n"_s));
    QVERIFY(csv.contains(u"Category,2026-10,2026-09,2025-10\r\nElderly care,3,1,0\r\nLegal services,1,0,1\r\n"_s));
    QVERIFY(csv.contains(u"Overdue cases,1\r\n"_s));
}

void TstMonthlyReport::aMonthWithNothingSaysNone()
{
    const std::optional<MonthlyReport> report = MonthlyReport::gather(db(), QDate(2026, 2, 1), QDate(2026, 11, 20));
    QVERIFY(report);
    QCOMPARE(report->figures.services, 0);
    QCOMPARE(report->figures.peopleServed, 0);
    QVERIFY(report->categories.isEmpty());
    QVERIFY(!report->figures.cases.closureRate());
    QCOMPARE(report->overdueCount, 0);
}

// A record of October corrected into November after October's report was printed: both months say
// so until their reports are printed again; a mend that moves no figure (the notes) says nothing.
void TstMonthlyReport::mendsAfterThePrintAreSaid()
{
    const qint64 id = log(5, u"EC01"_s, u"2026-10-20 10:00:00"_s);
    const QDate october(2026, 10, 1);
    const QDate november(2026, 11, 1);
    QVERIFY(!MonthlyReport::revisionOf(db(), october).value());
    AuditLog printLog(db());
    printLog.setClock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    QVERIFY(printLog.recordAlone({u"PRINT"_s, u"monthly_report"_s, 0, u"month=2026-10"_s, u"ok"_s}));
    QVERIFY(printLog.recordAlone({u"PRINT"_s, u"monthly_report"_s, 0, u"month=2026-11"_s, u"ok"_s}));
    QVERIFY(!MonthlyReport::revisionOf(db(), october).value());

    RecordCorrections corrections(db());
    corrections.setReferenceTime(QDateTime(QDate(2026, 11, 20), QTime(12, 0)));
    ServiceEntry entry = ServiceRecordStore(db()).record(id)->asEntry();
    entry.notes = u"补充说明"_s;
    LINLI_VERIFY_DONE(corrections.correct(id, 1, entry));
    QVERIFY(!MonthlyReport::revisionOf(db(), october).value());
    entry.servedAt = QDateTime(QDate(2026, 11, 3), QTime(10, 0));
    LINLI_VERIFY_DONE(corrections.correct(id, 2, entry));
    for (const QDate month : {october, november}) {
        const std::optional<MonthlyReport::Revision> revision = MonthlyReport::revisionOf(db(), month).value();
        QVERIFY(revision);
        QCOMPARE(revision->mends, 1);
        QCOMPARE(revision->printedAt, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toLocalTime());
    }
    QVERIFY(MonthlyReport::gather(db(), october, QDate(2026, 11, 20))->changedSincePrinted);
    printLog.setClock(QDateTime(QDate(2026, 11, 20), QTime(13, 0), Qt::UTC));
    QVERIFY(printLog.recordAlone({u"PRINT"_s, u"monthly_report"_s, 0, u"month=2026-10"_s, u"ok"_s}));
    QVERIFY(!MonthlyReport::revisionOf(db(), october).value());
    QVERIFY(MonthlyReport::revisionOf(db(), november).value());
}

QTEST_GUILESS_MAIN(TstMonthlyReport)
#include "tst_monthlyreport.moc"
