#include "windowchild.h"

#include "paintwatch.h"

#include "actor.h"
#include "database.h"
#include "databasesetup.h"
#include "mainwindow.h"
#include "reportspage.h"
#include "residentimport.h"
#include "sheetimportjob.h"
#include "residentspage.h"
#include "residenttablemodel.h"

#include <QApplication>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlTableModel>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <ctime>

using namespace Qt::StringLiterals;

namespace linli::bench {

namespace {

void print(const QString &key, double value)
{
    QTextStream(stdout) << key << ' ' << QString::number(value, 'f', 3) << Qt::endl;
}

double residentMemoryMiB()
{
    QFile status(u"/proc/self/status"_s);
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

// The first paint of `widget` once `ready` holds: its time, then the memory after the window has settled.
void reportFirstPaint(QWidget *widget, const std::function<bool()> &ready)
{
    PaintWatch painted(widget);
    int paintsWhenReady = -1;
    while (paintsWhenReady < 0 || painted.paints() == paintsWhenReady) {
        if (paintsWhenReady < 0 && ready()) {
            paintsWhenReady = painted.paints();
            // Asks for the paint (merged with one already asked for), so that one surely comes.
            widget->update();
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    print(u"first-paint"_s, double(monotonicNanoseconds()));
    QTest::qWait(1000);
    print(u"rss-mib"_s, residentMemoryMiB());
}

// The longest pause between the ticks of a 10 ms timer on the UI thread, beyond its 10 ms.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_sinceLast.restart() - 10); });
    }
    void begin()
    {
        m_longest = 0;
        m_sinceLast.start();
        m_timer.start();
    }
    qint64 end()
    {
        m_timer.stop();
        return std::max(m_longest, m_sinceLast.elapsed() - 10);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_longest = 0;
};

void typeSlowly(QLineEdit *box, const QString &text)
{
    box->clear();
    for (qsizetype i = 1; i <= text.size(); ++i) {
        box->setText(text.left(i));
        QTest::qWait(80);
    }
    QTest::qWait(600);
}

void measureStalls(MainWindow &window, const QString &scratch)
{
    Heartbeat heartbeat;
    auto *residents = window.findChild<ResidentsPage *>();

    heartbeat.begin();
    for (const QString &text : {u"zhang"_s, u"张"_s, u"wang fang"_s, u"1234"_s, u"z"_s, u"3-2-301"_s})
        typeSlowly(residents->searchBox(), text);
    residents->searchBox()->clear();
    QTest::qWait(600);
    print(u"stall-search"_s, double(heartbeat.end()));

    heartbeat.begin();
    residents->view()->setFocus();
    for (int i = 0; i < 300; ++i) {
        QTest::keyClick(residents->view(), Qt::Key_PageDown);
        QTest::qWait(15);
    }
    print(u"stall-scroll"_s, double(heartbeat.end()));

    heartbeat.begin();
    {
        SheetImportJob job(DatabaseLocation::fromArgument(scratch), Actor{0, u"bench"_s, u"bench"_s, Role::Admin},
                           [](const QSqlDatabase &connection) { return std::make_unique<ResidentImport>(connection); });
        QEventLoop loop;
        QObject::connect(&job, &SheetImportJob::loaded, &loop,
                         [&](const SheetImportJob::Preview &preview) { job.check(preview.columnChoices); });
        QObject::connect(&job, &SheetImportJob::checked, &loop, [&] { job.write(false); });
        QObject::connect(&job, &SheetImportJob::written, &loop, [&] { loop.quit(); });
        QObject::connect(&job, &SheetImportJob::failed, &loop, [&](const QString &message) {
            QTextStream(stderr) << message << Qt::endl;
            loop.quit();
        });
        job.load(qEnvironmentVariable("LINLI_BENCH_SHEET"));
        loop.exec();
        // The import dialog shows its result until the clerk closes it.
        QTest::qWait(1000);
    }
    print(u"stall-import"_s, double(heartbeat.end()));

    heartbeat.begin();
    window.showPage(MainWindow::ReportsPage);
    QTest::qWait(1000);
    auto *reports = window.findChild<ReportsPage *>();
    const QDate month = reports->monthBox()->date();
    for (int back = 1; back <= 3; ++back) {
        reports->showMonth(month.addMonths(-back));
        QTest::qWait(500);
    }
    print(u"stall-dashboard"_s, double(heartbeat.end()));

    heartbeat.begin();
    QSignalSpy saved(reports, &ReportsPage::pdfSaved);
    reports->saveReportAsPdf(scratch + u".pdf"_s);
    saved.wait(60000);
    QTest::qWait(300);
    print(u"stall-report-pdf"_s, double(heartbeat.end()));
}

int runLinli(const QString &path, const QString &scratch, bool stalls)
{
    const DatabaseLocation location = DatabaseLocation::fromArgument(path);
    Database database;
    if (!DatabaseSetup::open(database, location)) {
        QTextStream(stderr) << database.errorString() << Qt::endl;
        return 2;
    }
    Actor::actFor(database.connection(), Actor{0, u"bench"_s, u"bench"_s, Role::Admin});
    MainWindow window{Session(database)};
    window.resize(1280, 800);
    window.show();
    auto *residents = window.findChild<ResidentsPage *>();
    reportFirstPaint(residents->view()->viewport(), [residents] { return residents->model()->rowCount() > 0; });
    if (stalls)
        measureStalls(window, scratch);
    return 0;
}

int runEmpty()
{
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    reportFirstPaint(&window, [] { return true; });
    return 0;
}

int runUsual(const QString &path)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s);
    database.setDatabaseName(path);
    database.open();
    QSqlTableModel table(nullptr, database);
    table.setTable(u"residents"_s);
    table.select();
    // A proxy filters and sorts only the rows it has: all of them must be fetched first.
    while (table.canFetchMore())
        table.fetchMore();
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.setFilterKeyColumn(table.fieldIndex(u"name"_s));
    QTableView view;
    view.setModel(&proxy);
    view.resize(1280, 800);
    view.show();
    reportFirstPaint(view.viewport(), [&proxy] { return proxy.rowCount() > 0; });

    PaintWatch painted(view.viewport());
    for (const QString &text : {u"张"_s, u"王芳"_s}) {
        QElapsedTimer timer;
        timer.start();
        proxy.setFilterFixedString(text);
        painted.waitForNextPaint();
        print(u"search-"_s + text, double(timer.nsecsElapsed()) / 1e6);
    }
    proxy.setFilterFixedString({});
    QElapsedTimer timer;
    timer.start();
    proxy.sort(table.fieldIndex(u"birth_date"_s), Qt::AscendingOrder);
    painted.waitForNextPaint();
    print(u"sort-age"_s, double(timer.nsecsElapsed()) / 1e6);
    print(u"rss-mib-end"_s, residentMemoryMiB());
    return 0;
}

} // namespace

qint64 monotonicNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

int runChild(const QStringList &arguments)
{
    const QString mode = arguments.value(0);
    if (mode == u"empty"_s)
        return runEmpty();
    if (mode == u"linli"_s || mode == u"stalls"_s)
        return runLinli(arguments.value(1), arguments.value(2), mode == u"stalls"_s);
    if (mode == u"usual"_s)
        return runUsual(arguments.value(1));
    QTextStream(stderr) << "unknown child mode " << mode << Qt::endl;
    return 2;
}

} // namespace linli::bench
