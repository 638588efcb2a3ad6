#include "database.h"
#include "daysheet.h"
#include "actor.h"
#include "masking.h"
#include "testsupport.h"
#include "visitstore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The day sheet a staff member takes on their rounds: the order of the day, masking, one staff member per
// page run, and the PDF read back as text.
class TstDaySheet : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void phonesAreMaskedInTheMiddle();
    void visitsAreInWalkingOrder();
    void thePdfHoldsTheSheetMaskedOrWhole();
    void theCenterGetsAPageRunPerStaffMember();
    void theVisitorSeesTheirOwnDoorsOnly();
    void anUnwritablePlaceIsSaid();

private:
    void plan(qint64 staffId, qint64 residentId, QTime time, const QString &place = {},
              const QString &kind = QStringLiteral("home_visit"));
    static QString pdfText(const QString &path, const QStringList &options = {});
    FreshDatabase m_database;
    const QDate m_day{2026, 11, 24};
};

void TstDaySheet::init()
{
    QVERIFY(m_database.open());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(
            u"INSERT INTO grids (id, code, name) VALUES (1, 'G0001', '第1网格'), (2, 'G0002', '第2网格')"_s));
    QVERIFY(query.exec(u"INSERT INTO staff (id, name) VALUES (1, '李敏'), (3, '赵磊')"_s));
    QVERIFY(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, grid_id, building, unit, room, phone, "
                       "registered_at, updated_at) VALUES "
                       "(1, '王秀英', 'F', '1940-01-01', 2, '3', '1', '101', '13800138000', '', ''), "
                       "(2, '李建国', 'M', '1941-01-01', 1, '12', '2', '202', '13912345678', '', ''), "
                       "(3, '张桂兰', 'F', '1942-01-01', 1, '3', '1', '301', '010-6512345', '', ''), "
                       "(4, '陈国强', 'M', '1943-01-01', 1, '3', '1', '102', '', '', '')"_s));
}

void TstDaySheet::cleanup()
{
    m_database.close();
}

void TstDaySheet::plan(qint64 staffId, qint64 residentId, QTime time, const QString &place, const QString &kind)
{
    VisitDraft draft;
    draft.residentId = residentId;
    draft.staffId = staffId;
    draft.kind = kind;
    draft.startTime = time;
    draft.durationMinutes = 30;
    draft.place = place;
    draft.notes = u"带血压计"_s;
    VisitRecurrence once;
    once.frequency = VisitRecurrence::Frequency::EveryNDays;
    once.start = m_day;
    once.count = 1;
    QVERIFY(VisitStore(m_database->connection()).createSeries(draft, once, m_day).isDone());
}

QString TstDaySheet::pdfText(const QString &path, const QStringList &options)
{
    QProcess process;
    process.start(u"pdftotext"_s, QStringList(options) << u"-layout"_s << path << u"-"_s);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return u"pdftotext failed: "_s + QString::fromUtf8(process.readAllStandardError());
    // Some fonts map ideographs to their Kangxi radical look-alikes (⾎ for 血) in the text layer;
    // compatibility normalisation folds them back.
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

void TstDaySheet::phonesAreMaskedInTheMiddle()
{
    QCOMPARE(Masking::phone(u"13800138000"_s), u"138****8000"_s);
    QCOMPARE(Masking::phone(u"010-6512345"_s), u"010****2345"_s);
    QCOMPARE(Masking::phone(u"12345"_s), u"***45"_s);
    QCOMPARE(Masking::phone(u" "_s), QString());
    QVERIFY(DaySheet::naturalCompare(u"3"_s, u"12"_s) < 0);
    QVERIFY(DaySheet::naturalCompare(u"3-10"_s, u"3-2"_s) > 0);
    QVERIFY(DaySheet::naturalCompare(u"007"_s, u"7"_s) == 0);
    QVERIFY(DaySheet::naturalCompare(u"A栋"_s, u"B栋"_s) < 0);
    QVERIFY(DaySheet::naturalCompare(u"3"_s, u"3A"_s) < 0);
}

void TstDaySheet::visitsAreInWalkingOrder()
{
    plan(1, 1, QTime(9, 0));                         // 第2网格 3-1-101
    plan(1, 2, QTime(11, 30));                       // 第1网格 12-2-202
    plan(1, 3, QTime(11, 0));                        // 第1网格 3-1-301, cancelled below
    plan(1, 4, QTime(15, 0));                        // 第1网格 3-1-102
    plan(1, 4, QTime(8, 0));                         // the same door twice: by time
    plan(1, 2, QTime(9, 0));                         // two doors at nine: by address, grid 1 first
    plan(1, 1, QTime(8, 30), {}, u"rehab_center"_s); // at the center: apart, after the rounds
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"UPDATE visits SET status = 'cancelled', cancel_reason = '住院' WHERE resident_id = 3"_s));
    const QList<AgendaEntry> order
            = DaySheet::inWalkingOrder(VisitStore(m_database->connection()).agenda(1, m_day, m_day));
    QStringList names;
    for (const AgendaEntry &entry : order)
        names.append(u"%1 %2"_s.arg(entry.residentName, entry.visit.startsAt.toString(u"HH:mm"_s)));
    // 11:30 never before 09:00; the cancelled one left out.
    QCOMPARE(names,
             (QStringList{u"陈国强 08:00"_s, u"李建国 09:00"_s, u"王秀英 09:00"_s, u"李建国 11:30"_s, u"陈国强 15:00"_s,
                          u"王秀英 08:30"_s}));
    const QString html = DaySheet(m_database->connection(), 1, m_day).html({});
    QVERIFY(html.indexOf(u"At the center"_s) > html.indexOf(u"陈国强"_s));
}

void TstDaySheet::thePdfHoldsTheSheetMaskedOrWhole()
{
    plan(1, 1, QTime(9, 0));
    plan(1, 2, QTime(10, 0), u"社区康复站"_s);
    plan(3, 3, QTime(9, 0)); // someone else's
    const DaySheet sheet(m_database->connection(), 1, m_day);
    QCOMPARE(sheet.visitCount(), 2);
    DaySheet::Options options;
    options.printedAt = QDateTime(m_day, QTime(7, 30));
    const QString masked = m_database.dir().filePath(u"masked.pdf"_s);
    QVERIFY(sheet.writePdf(masked, options));
    const QString text = pdfText(masked);
    if (qEnvironmentVariableIsSet("LINLI_KEEP_PDF"))
        QFile::copy(masked, qEnvironmentVariable("LINLI_KEEP_PDF"));
    QVERIFY2(text.contains(u"李敏"_s), qPrintable(text));
    QVERIFY(text.contains(u"王秀英"_s));
    QVERIFY2(text.contains(u"138****8000"_s), qPrintable(text));
    QVERIFY(!text.contains(u"13800138000"_s));
    QVERIFY(!text.contains(u"101"_s)); // the room
    QVERIFY(text.contains(u"社区康复站"_s));
    QVERIFY(text.contains(u"带血压计"_s));
    QVERIFY(text.contains(u"09:00"_s));
    QVERIFY(!text.contains(u"张桂兰"_s));

    options.fullContacts = true;
    options.orientation = QPageLayout::Landscape;
    const QString whole = m_database.dir().filePath(u"whole.pdf"_s);
    QVERIFY(sheet.writePdf(whole, options));
    const QString full = pdfText(whole);
    QVERIFY(full.contains(u"13800138000"_s));
    QVERIFY(full.contains(u"101"_s));
    QProcess info;
    info.start(u"pdfinfo"_s, {whole});
    QVERIFY(info.waitForFinished(30000));
    const QString about = QString::fromUtf8(info.readAllStandardOutput());
    const QRegularExpressionMatch size = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+)"_s).match(about);
    QVERIFY2(size.hasMatch(), qPrintable(about));
    QCOMPARE(qRound(size.captured(1).toDouble()), 842); // A4, landscape
    QCOMPARE(qRound(size.captured(2).toDouble()), 595);

    // A clerk's sheet stays masked even when asked for whole: the role decides, not the box.
    Actor::actFor(m_database->connection(), Actor{0, u"clerk1"_s, u"李敏"_s, Role::Clerk});
    const DaySheet clerks(m_database->connection(), 1, m_day);
    const QString asked = m_database.dir().filePath(u"clerk.pdf"_s);
    QVERIFY(clerks.writePdf(asked, options));
    Actor::forget(m_database->connection());
    const QString clerkText = pdfText(asked);
    QVERIFY(!clerkText.contains(u"13800138000"_s));
    // Each sheet written is a print in the audit log, saying whether its phones were whole.
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'PRINT' "
                    "AND object_type = 'day_sheet' AND changes LIKE '%whole_phones=0'"_s),
             2);
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'PRINT' "
                    "AND changes LIKE '%whole_phones=2'"_s),
             1);
    QVERIFY(clerkText.contains(u"138****8000"_s));
}

void TstDaySheet::theCenterGetsAPageRunPerStaffMember()
{
    plan(1, 1, QTime(9, 0));
    plan(3, 3, QTime(9, 0));
    const DaySheet sheet(m_database->connection(), 0, m_day);
    QCOMPARE(sheet.visitCount(), 2);
    const QString path = m_database.dir().filePath(u"center.pdf"_s);
    QVERIFY(sheet.writePdf(path, {}));
    const QString first = pdfText(path, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s});
    const QString second = pdfText(path, {u"-f"_s, u"2"_s, u"-l"_s, u"2"_s});
    QVERIFY2(first.contains(u"李敏"_s) && first.contains(u"王秀英"_s) && !first.contains(u"张桂兰"_s),
             qPrintable(first));
    QVERIFY2(second.contains(u"赵磊"_s) && second.contains(u"张桂兰"_s), qPrintable(second));

    // A day without visits still prints, saying so.
    const DaySheet empty(m_database->connection(), 1, m_day.addDays(1));
    const QString nothing = m_database.dir().filePath(u"empty.pdf"_s);
    QVERIFY(empty.writePdf(nothing, {}));
    QVERIFY(pdfText(nothing).contains(u"No visits planned"_s));
}

// Need to know: a care worker's own visits carry whole phones and rooms, audited as such; the
// visits of others on the same sheet stay masked.
void TstDaySheet::theVisitorSeesTheirOwnDoorsOnly()
{
    plan(1, 1, QTime(9, 0));
    plan(1, 4, QTime(8, 30), {}, u"rehab_center"_s);
    plan(3, 3, QTime(9, 0));
    Actor::actFor(m_database->connection(), Actor{0, u"care1"_s, u"李敏"_s, Role::Clerk, true, 0, 1});
    const DaySheet center(m_database->connection(), 0, m_day);
    const QString path = m_database.dir().filePath(u"own.pdf"_s);
    QVERIFY(center.writePdf(path, {}));
    Actor::forget(m_database->connection());
    if (qEnvironmentVariableIsSet("LINLI_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("LINLI_KEEP_PDF"));
    const QString own = pdfText(path, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s});
    const QString others = pdfText(path, {u"-f"_s, u"2"_s, u"-l"_s, u"2"_s});
    QVERIFY2(own.contains(u"王秀英"_s) && own.contains(u"13800138000"_s) && own.contains(u"101"_s), qPrintable(own));
    QVERIFY2(!own.contains(u"masked"_s), qPrintable(own));
    QVERIFY2(others.contains(u"Phones and rooms masked."_s), qPrintable(others));
    QVERIFY2(others.contains(u"张桂兰"_s) && others.contains(u"010****2345"_s) && !others.contains(u"6512345"_s),
             qPrintable(others));
    QVERIFY(!others.contains(u"301"_s));
    // The center's visit comes after the rounds, under a heading of its own, although it is earlier.
    QVERIFY2(own.indexOf(u"At the center"_s) > own.indexOf(u"王秀英"_s)
                     && own.indexOf(u"陈国强"_s) > own.indexOf(u"At the center"_s),
             qPrintable(own));
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'PRINT' "
                    "AND changes = 'day=2026-11-24; visits=3; whole_phones=2'"_s),
             1);
}

void TstDaySheet::anUnwritablePlaceIsSaid()
{
    plan(1, 1, QTime(9, 0));
    const DaySheet sheet(m_database->connection(), 1, m_day);
    QString error;
    QVERIFY(!sheet.writePdf(m_database.dir().filePath(u"missing/folder/sheet.pdf"_s), {}, &error));
    QVERIFY(error.contains(u"missing/folder"_s));
}

QTEST_MAIN(TstDaySheet)
#include "tst_daysheet.moc"
