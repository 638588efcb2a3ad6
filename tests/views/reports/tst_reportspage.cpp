#include "auditlog.h"
#include "centerprofile.h"
#include "centerstore.h"
#include "chartpanel.h"
#include "dashboardfigures.h"
#include "database.h"
#include "monthlyreportdocument.h"
#include "monthseriesmodel.h"
#include "recordcorrections.h"
#include "reportspage.h"
#include "servicerecordstore.h"
#include "testsupport.h"
#include "userstore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The dashboard: its chart models filled from the monthly counts, the page's filters, the key
// figures, and a chart saved for a slide.
class TstReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theChartModelsHoldTwelveMonths();
    void smallCategoriesGoTogether();
    void thePageFollowsItsFilters();
    void thePrintedReportHoldsTheFigures();
    void chartsAreDrawnInShortSteps();
    void aHiddenPageReadsWhenShown();
    void aDistrictAccountChoosesOneCentersFigures();
    void aMendAfterThePrintIsSaid();

private:
    void log(qint64 residentId, const QString &code, const QString &servedAt, int times = 1);
    QSqlDatabase db() const { return m_database->connection(); }
    FreshDatabase m_database;
};

void TstReportsPage::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_database.open());
    QVERIFY(addDeskPeople(db(), u"(1, '李敏', 1)"_s)); // 王秀英 (5) in grid 1, born 1949
    QSqlQuery query(db());
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (2, 'G0002', '二网格')"_s));
    QVERIFY(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, grid_id, registered_at, updated_at) "
                       "VALUES (6, '陈小军', 'M', '1990-02-02', 2, '', '')"_s));
}

void TstReportsPage::cleanup()
{
    m_database.close();
}

void TstReportsPage::log(qint64 residentId, const QString &code, const QString &servedAt, int times)
{
    ServiceRecordStore store(db());
    store.setReferenceTime(QDateTime(QDate(2026, 11, 20), QTime(12, 0)));
    ServiceEntry entry;
    entry.residentId = residentId;
    entry.serviceTypeId = scalar(db(), u"SELECT id FROM service_types WHERE code = '%1'"_s.arg(code));
    entry.servedAt = QDateTime::fromString(servedAt, u"yyyy-MM-dd HH:mm:ss"_s);
    entry.handlerId = 1;
    for (int i = 0; i < times; ++i)
        QVERIFY(store.log(entry).isDone());
}

void TstReportsPage::theChartModelsHoldTwelveMonths()
{
    log(5, u"EC01"_s, u"2026-10-01 09:00:00"_s, 3);
    log(6, u"LG01"_s, u"2026-10-02 09:00:00"_s);
    log(5, u"EC01"_s, u"2025-11-01 00:00:00"_s); // the first of the twelve months
    log(5, u"EC01"_s, u"2025-10-31 23:59:59"_s); // a month before them
    MonthSeriesModel services, top, visits, people;
    QAbstractItemModelTester tester(&services, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester topTester(&top, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DashboardFigures figures(db());
    DashboardFigures::Scope scope;
    scope.month = QDate(2026, 10, 31);
    scope.chineseNames = false;
    QVERIFY(figures.load(scope, {&services, &top, &visits, &people}));

    QCOMPARE(services.rowCount(), 12);
    QCOMPARE(services.labels().first(), u"Nov"_s);
    QCOMPARE(services.labels().last(), u"Oct"_s);
    QCOMPARE(services.seriesNames(), (QStringList{u"Elderly care"_s, u"Legal services"_s}));
    QCOMPARE(services.value(11, 0), 3.0);
    QCOMPARE(services.value(11, 1), 1.0);
    QCOMPARE(services.value(0, 0), 1.0);
    QCOMPARE(services.index(11, 0).data().toDouble(), 11.0); // the position a line is drawn at
    QCOMPARE(services.headerData(1, Qt::Horizontal).toString(), u"Elderly care"_s);
    // The most given type last: a horizontal bar chart draws its first row at the bottom.
    QCOMPARE(top.rowCount(), 2);
    QCOMPARE(top.value(1, 0), 3.0);
    QCOMPARE(people.value(11, 0), 2.0); // two people in October
    QCOMPARE(people.value(11, 1), 1.0); // one of them 60 or over
    QCOMPARE(people.seriesNames().last(), u"New registrations"_s);
    QCOMPARE(people.value(11, people.seriesNames().size() - 1), 0.0);
    QCOMPARE(visits.rowCount(), 12);

    scope.gridId = 2;
    QVERIFY(figures.load(scope, {&services, &top, &visits, &people}));
    QCOMPARE(services.seriesNames(), QStringList{u"Legal services"_s});
    QCOMPARE(people.value(11, 0), 1.0);
}

void TstReportsPage::smallCategoriesGoTogether()
{
    // Eight categories, one record each but elderly care with five.
    const QStringList codes = {u"EC01"_s, u"RH01"_s, u"LG01"_s, u"SS01"_s, u"CA01"_s, u"HE01"_s, u"EM01"_s, u"HP01"_s};
    for (const QString &code : codes)
        QVERIFY(scalar(db(), u"SELECT count(*) FROM service_types WHERE code = '%1'"_s.arg(code)) == 1);
    for (const QString &code : codes)
        log(5, code, u"2026-10-05 09:00:00"_s, code == u"EC01"_s ? 5 : 1);
    MonthSeriesModel services, top, visits, people;
    DashboardFigures::Scope scope;
    scope.month = QDate(2026, 10, 1);
    scope.chineseNames = false;
    QVERIFY(DashboardFigures(db()).load(scope, {&services, &top, &visits, &people}));
    QCOMPARE(services.seriesNames().size(), DashboardFigures::categoriesShown);
    QCOMPARE(services.seriesNames().first(), u"Elderly care"_s);
    QCOMPARE(services.seriesNames().last(), u"Other"_s);
    QCOMPARE(services.value(11, 0), 5.0);
    QCOMPARE(services.value(11, DashboardFigures::categoriesShown - 1), 2.0); // two categories together
}

void TstReportsPage::thePageFollowsItsFilters()
{
    log(5, u"EC01"_s, u"2026-10-01 09:00:00"_s, 3);
    log(6, u"LG01"_s, u"2026-10-02 09:00:00"_s);
    log(6, u"LG01"_s, u"2025-10-02 09:00:00"_s); // the year before: outside twelve months
    ReportsPage page{Session(*m_database)};
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showMonth(QDate(2026, 10, 9));
    QCOMPARE(page.monthBox()->date(), QDate(2026, 10, 1));
    // Read in the background: the page shows them a moment later.
    QTRY_VERIFY(page.keyFiguresLabel()->text().contains(u"October 2026"_s));
    const QString figures = page.keyFiguresLabel()->text();
    QVERIFY2(figures.contains(u"<b>4</b> services"_s), qPrintable(figures));
    QVERIFY(figures.contains(u"<b>2</b> residents served"_s));
    QCOMPARE(page.servicesModel()->seriesNames().size(), 2);

    page.gridBox()->setCurrentIndex(page.gridBox()->findData(1));
    QTRY_COMPARE(page.servicesModel()->seriesNames(), QStringList{u"Elderly care"_s});
    page.gridBox()->setCurrentIndex(0);
    page.categoryBox()->setCurrentIndex(page.categoryBox()->findText(u"Legal services"_s));
    QTRY_COMPARE(page.servicesModel()->seriesNames(), QStringList{u"Legal services"_s});

    // A chart for a slide, as an image and as a drawing.
    QCOMPARE(page.charts().size(), 5);
    QTRY_COMPARE(page.ratesModel()->rowCount(), 12); // the charts take their figures one at a time
    QCOMPARE(page.ratesModel()->seriesNames().size(), 3);
    QVERIFY(!page.charts().first()->shownLabels().contains(QString())); // twelve months: room for all
    // Two years up to October: months named with their year, last year's October counted.
    page.periodBox()->setCurrentIndex(page.periodBox()->findData(24));
    QTRY_COMPARE(page.servicesModel()->rowCount(), 24);
    QCOMPARE(page.servicesModel()->labels().first(), u"24-11"_s);
    QCOMPARE(page.servicesModel()->labels().last(), u"26-10"_s);
    QTRY_COMPARE(page.ratesModel()->rowCount(), 24);
    QCOMPARE(page.servicesModel()->value(23, 0), 1.0);
    QCOMPARE(page.servicesModel()->value(11, 0), 1.0); // October 2025
    // Five years do not fit under a chart: every few months labelled, evenly, the others blank.
    ChartPanel *services = page.charts().first();
    QCOMPARE(services->shownLabels().size(), 24);
    page.periodBox()->setCurrentIndex(page.periodBox()->findData(60));
    QTRY_COMPARE(page.servicesModel()->rowCount(), 60);
    QTest::qWait(50);
    const QStringList shown = services->shownLabels();
    QCOMPARE(shown.size(), 60);
    QList<qsizetype> labelled;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (!shown.at(i).isEmpty()) {
            QCOMPARE(shown.at(i), page.servicesModel()->labels().at(i));
            labelled.append(i);
        }
    }
    QVERIFY2(labelled.size() >= 4 && labelled.size() < 60, qPrintable(shown.join(u',')));
    for (qsizetype i = 2; i < labelled.size(); ++i)
        QCOMPARE(labelled.at(i) - labelled.at(i - 1), labelled.at(1) - labelled.at(0));
    const QString png = m_database.dir().filePath(u"services.png"_s);
    const QString svg = m_database.dir().filePath(u"services.svg"_s);
    QVERIFY(page.charts().first()->saveAs(png));
    QVERIFY(page.charts().first()->saveAs(svg));
    QImage image(png);
    QVERIFY(image.width() > 200 && image.height() > 150);
    QFile drawing(svg);
    QVERIFY(drawing.open(QIODevice::ReadOnly));
    const QByteArray content = drawing.readAll();
    QVERIFY(content.contains("<svg"));
    QVERIFY(content.contains("Services per month by category")); // the title goes with it
}

void TstReportsPage::thePrintedReportHoldsTheFigures()
{
    log(5, u"EC01"_s, u"2026-10-01 09:00:00"_s, 3);
    log(6, u"LG02"_s, u"2026-10-02 09:00:00"_s); // a case, overdue at the month's end
    log(5, u"EC01"_s, u"2026-09-15 09:00:00"_s, 2);
    CenterProfile profile(db());
    QVERIFY(profile.setName(QString(61, u'社')).is(Problem::Kind::Invalid)); // too long: refused
    QVERIFY(profile.setName(u"  东湖社区  服务中心 "_s).isDone());
    QCOMPARE(profile.name(), u"东湖社区 服务中心"_s);

    ReportsPage page{Session(*m_database)};
    page.showMonth(QDate(2026, 10, 1));
    const QString path = m_database.dir().filePath(u"report.pdf"_s);
    QSignalSpy saved(&page, &ReportsPage::pdfSaved);
    page.saveReportAsPdf(path);
    // Read and written off the window's thread; the button waits meanwhile.
    QVERIFY(!page.pdfButton()->isEnabled());
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.constFirst().at(1).toBool(), true);
    QVERIFY(page.pdfButton()->isEnabled());
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(u"东湖社区 服务中心 · Monthly report"_s), qPrintable(text));
    QVERIFY(text.contains(u"October 2026"_s));
    QVERIFY(QRegularExpression(u"Services\\s+4\\b"_s).match(text).hasMatch());
    QVERIFY(QRegularExpression(u"Residents served \\(of whom aged 60 and over\\)\\s+2 \\(1\\)"_s)
                    .match(text)
                    .hasMatch());
    QVERIFY(QRegularExpression(u"Cases received / closed / closed on time\\s+1\\s*/\\s*0\\s*/\\s*0"_s)
                    .match(text)
                    .hasMatch());
    // Elderly care: 3 in October, 2 in September (+50 %), none a year before.
    QVERIFY(QRegularExpression(u"Elderly care\\s+3\\s+2\\s+\\+50.0%\\s+0\\s+—"_s).match(text).hasMatch());
    QVERIFY(text.contains(u"Cases overdue at the month's end: 1"_s));
    QVERIFY(text.contains(u"陈小军"_s));
    QVERIFY(text.contains(u"Prepared by"_s));
    QVERIFY(text.contains(u"People served"_s)); // the charts' titles
    QProcess info;
    info.start(u"pdfinfo"_s, {path});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(u"A4"_s));
    // The five charts, drawn one at a time, are in it.
    QProcess images;
    images.start(u"pdfimages"_s, {u"-list"_s, path});
    QVERIFY(images.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(images.readAllStandardOutput()).count(u" image "_s), 5);
    // Nowhere to write: said, nothing left behind.
    QVERIFY(!MonthlyReportDocument(db(), QDate(2026, 10, 1)).writePdf(m_database.dir().filePath(u"no/such/dir.pdf"_s)));
    // Written once: one print in the audit log.
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'PRINT' AND object_type = 'monthly_report' "
                    "AND changes = 'month=2026-10'"_s),
             1);
}

void TstReportsPage::chartsAreDrawnInShortSteps()
{
    log(5, u"EC01"_s, u"2026-10-01 09:00:00"_s, 3);
    QString error;
    std::optional<MonthlyReportDocument::Content> content
            = MonthlyReportDocument::read(db(), QDate(2026, 10, 1), QDate(2026, 11, 1), &error);
    QVERIFY2(content, qPrintable(error));
    MonthlyReportDocument document(db(), *std::move(content));
    // Each chart laid out in one step and drawn in the next: the window's thread is never held
    // for both (together up to 45 ms for the visits' bars).
    int steps = 0;
    while (document.hasChartsToDraw() && steps < 100) {
        document.drawNextChartStep();
        ++steps;
    }
    QCOMPARE(steps, 10);
    QVERIFY(document.writePdf(m_database.dir().filePath(u"steps.pdf"_s)));
}

void TstReportsPage::aHiddenPageReadsWhenShown()
{
    log(5, u"EC01"_s, u"2026-10-01 09:00:00"_s, 3);
    ReportsPage page{Session(*m_database)};
    page.showMonth(QDate(2026, 10, 1));
    // Built and asked while hidden (as at the window's start): nothing read yet.
    QCOMPARE(page.servicesModel()->rowCount(), 0);
    QVERIFY(page.keyFiguresLabel()->text().isEmpty());
    page.resize(1100, 760);
    QSignalSpy firstShown(&page, &ReportsPage::figuresShown);
    page.show();
    QVERIFY(firstShown.wait());
    // Told once every chart has its figures (they take them one per turn of the event loop).
    QCOMPARE(page.servicesModel()->rowCount(), 12);
    QCOMPARE(page.ratesModel()->rowCount(), 12);
    QVERIFY(page.keyFiguresLabel()->text().contains(u"<b>3</b> services"_s));
    // Hidden again: a refresh waits for the next showing.
    page.hide();
    log(5, u"EC01"_s, u"2026-10-02 09:00:00"_s);
    QSignalSpy shown(&page, &ReportsPage::figuresShown);
    page.reload();
    QTest::qWait(200);
    QCOMPARE(shown.count(), 0);
    QVERIFY(page.keyFiguresLabel()->text().contains(u"<b>3</b> services"_s));
    page.show();
    QTRY_VERIFY(page.keyFiguresLabel()->text().contains(u"<b>4</b> services"_s));
}

void TstReportsPage::aDistrictAccountChoosesOneCentersFigures()
{
    log(5, u"EC01"_s, u"2026-10-01 09:00:00"_s, 3);
    log(6, u"LG01"_s, u"2026-10-02 09:00:00"_s);
    {
        // One center: nothing to choose.
        ReportsPage page{Session(*m_database)};
        QVERIFY(!page.centerBox()->isVisibleTo(&page));
    }
    CenterStore centers(db());
    const qint64 east = centers.add(u"C02"_s, u"东湖中心"_s).valueOr(0);
    QVERIFY(east > 0 && centers.moveGrid(2, east).isDone());
    ReportsPage page{Session(*m_database)};
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.centerBox()->isVisibleTo(&page));
    page.showMonth(QDate(2026, 10, 1));
    QTRY_VERIFY(page.keyFiguresLabel()->text().contains(u"<b>4</b> services"_s));
    QCOMPARE(page.gridBox()->count(), 3); // all grids, grid 1, grid 2
    page.centerBox()->setCurrentIndex(page.centerBox()->findData(east));
    QTRY_VERIFY2(page.keyFiguresLabel()->text().contains(u"<b>1</b> services"_s),
                 qPrintable(page.keyFiguresLabel()->text()));
    QCOMPARE(page.servicesModel()->seriesNames(), QStringList{u"Legal services"_s});
    QCOMPARE(page.gridBox()->count(), 2); // all of its grids, grid 2
    QCOMPARE(page.gridBox()->itemData(1).toLongLong(), 2);
    // The view lasted the reading alone: the window's own connection still sees the district.
    QCOMPARE(Actor::of(db()).centerId, 0);
    page.centerBox()->setCurrentIndex(0);
    QTRY_VERIFY(page.keyFiguresLabel()->text().contains(u"<b>4</b> services"_s));

    // An account of a center reads its own and chooses none.
    QVERIFY(UserStore(db()).add(u"admin"_s, {}, Role::Admin, u"Linli-2026"_s).isDone());
    QVERIFY(UserStore(db()).add(u"east"_s, {}, Role::Clerk, u"Front-2026x"_s, false, east).isDone());
    QCOMPARE(UserStore(db()).signIn(u"east"_s, u"Front-2026x"_s).outcome, UserStore::SignIn::Accepted);
    Actor::actForThisProgram(Actor::of(db()));
    const auto forget = qScopeGuard([this] {
        Actor::actForThisProgram(std::nullopt);
        Actor::forget(db());
    });
    ReportsPage theirs{Session(*m_database)};
    theirs.resize(1100, 760);
    theirs.show();
    QVERIFY(!theirs.centerBox()->isVisibleTo(&theirs));
    theirs.showMonth(QDate(2026, 10, 1));
    QTRY_VERIFY(theirs.keyFiguresLabel()->text().contains(u"<b>1</b> services"_s));
}

// A record of October voided after October's report was printed: the page says so, in red, until
// the report is printed again.
void TstReportsPage::aMendAfterThePrintIsSaid()
{
    log(5, u"EC01"_s, u"2026-10-01 09:00:00"_s, 2);
    QVERIFY(AuditLog(db()).recordAlone({u"PRINT"_s, u"monthly_report"_s, 0, u"month=2026-10"_s, u"ok"_s}));
    const qint64 id = scalar(db(), u"SELECT max(id) FROM service_records"_s);
    RecordCorrections corrections(db());
    corrections.setReferenceTime(QDateTime::currentDateTime().addSecs(1));
    LINLI_VERIFY_DONE(corrections.voidRecord(id, 1, u"重复登记"_s));
    ReportsPage page{Session(*m_database)};
    page.resize(1100, 760);
    page.show();
    page.showMonth(QDate(2026, 10, 1));
    QTRY_VERIFY(page.keyFiguresLabel()->text().contains(u"<b>1</b> services"_s));
    const QString figures = page.keyFiguresLabel()->text();
    QVERIFY2(figures.contains(u"Figures changed after the report of 2026-10 was printed"_s), qPrintable(figures));
    QVERIFY(figures.contains(u"1 record of the month was corrected or voided since"_s));
}

QTEST_MAIN(TstReportsPage)
#include "tst_reportspage.moc"
