#include "mainwindow.h"

#include "accountsdialog.h"
#include "actor.h"
#include "auditlogdialog.h"
#include "backupactions.h"
#include "calendardialog.h"
#include "careintervalsdialog.h"
#include "centerprofile.h"
#include "centersdialog.h"
#include "centerstore.h"
#include "changefollower.h"
#include "databaselocationdialog.h"
#include "helpdialog.h"
#include "importjournal.h"
#include "casespage.h"
#include "cataloguedialog.h"
#include "overviewloader.h"
#include "ownpassworddialog.h"
#include "quicklogdialog.h"
#include "reportspage.h"
#include "screenfit.h"
#include "residentspage.h"
#include "servicespage.h"
#include "userstore.h"
#include "visitspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QSqlDatabase>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <sqlite3.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto geometryKey = u"window/geometry"_s;
const auto stateKey = u"window/state"_s;
const auto pageKey = u"window/page"_s;

} // namespace

MainWindow::MainWindow(const Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    // The connections the window's pages open for themselves act for the user signed in here.
    Actor::actForThisProgram(m_session.actor());
    setWindowTitle(tr("Linli Community Service Center"));
    setWindowIcon(QIcon(u":/icons/linli.svg"_s));
    // Never more than the screen has room for with a frame around it, even as a minimum.
    setMinimumSize(QSize(900, 600).boundedTo(screen()->availableGeometry().size() - QSize(40, 60)));

    m_pages = new QStackedWidget(this);
    m_residentsPage = new linli::ResidentsPage(m_session, m_pages);
    m_pages->addWidget(m_residentsPage);
    // The other pages are made when first opened (makePage()): the start builds what it shows.
    for (int page = ServicesPage; page < PageCount; ++page)
        m_pages->addWidget(new QWidget(m_pages));

    m_backupActions = new BackupActions(m_session, this);
    connect(m_backupActions, &BackupActions::dailyBackupFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    // Every page shows data from before the restore: start again rather than show a mixture.
    connect(m_backupActions, &BackupActions::restored, this, &QWidget::close);

    createNavigation();
    createMenus();
    createToolBar();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    layout->addWidget(divider);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_locationLabel = new QLabel(tr("Database: %1").arg(m_session.location().displayName()), this);
    m_locationLabel->setTextFormat(Qt::PlainText);
    m_countsLabel = new QLabel(tr("Counting records…"), this);
    m_countsLabel->setTextFormat(Qt::PlainText);
    m_locationLabel->setContentsMargins(6, 0, 6, 0);
    m_countsLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_locationLabel, 1);
    m_connectionLostLabel = new QLabel(tr("Connection to the server lost, reconnecting…"), this);
    m_connectionLostLabel->setObjectName(u"connectionLost"_s);
    m_connectionLostLabel->setStyleSheet(u"QLabel { color: #b3261e; font-weight: bold; }"_s);
    m_connectionLostLabel->setContentsMargins(6, 0, 6, 0);
    m_connectionLostLabel->hide();
    statusBar()->addPermanentWidget(m_connectionLostLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    // Who is signed in: the role says what the window lets them do.
    const Actor actor = m_session.actor();
    QString who = tr("%1 · %2").arg(actor.displayName, AccessPolicy::roleName(actor.role));
    // Whose residents the lists hold, where a database holds several centers.
    if (const QList<Center> centers = CenterStore(m_session.connection()).all(); centers.size() > 1) {
        const std::optional<Center> own = CenterStore(m_session.connection()).byId(actor.centerId);
        who = tr("%1 · %2").arg(who, own ? own->name : tr("whole district"));
    }
    auto *signedIn = new QLabel(who, this);
    signedIn->setObjectName(u"signedIn"_s);
    signedIn->setTextFormat(Qt::PlainText);
    signedIn->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(signedIn);

    m_overview = new OverviewLoader(m_session.location(), this);
    connect(m_overview, &OverviewLoader::loaded, this, &MainWindow::showCounts);
    connect(m_overview, &OverviewLoader::failed, this,
            [this](const QString &message) { m_countsLabel->setText(message); });
    // Counted once the window is painted (event()): at a district the counts keep a processor busy
    // for a third of a second, which the window's start would share.

    // The pages follow what changes by themselves; the counts here too.
    new ChangeFollower(this, m_session.changes(),
                       DataKind::Residents | DataKind::ServiceRecords | DataKind::Visits | DataKind::Centers,
                       [this] { m_overview->refresh(); });

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // At most what the screen has room for: a 1366 × 768 laptop shows the status bar too.
        resize(QSize(1200, 780).boundedTo(screen()->availableGeometry().size()));
    }
    // Remembered on a larger screen, or on one no longer attached: brought back whole onto this one.
    ScreenFit::apply(this);
    restoreState(settings.value(stateKey).toByteArray());
    showPage(Page(qBound(0, settings.value(pageKey, 0).toInt(), PageCount - 1)));
    m_backupActions->startDailyBackup();
    // Once the window is up: an import cut off last time is told, then forgotten.
    QTimer::singleShot(0, this, [this] {
        ImportJournal journal(m_session.connection());
        if (const std::optional<ImportJournal::Unfinished> cutOff = journal.unfinished()) {
            journal.dismiss();
            QMessageBox::information(this, tr("Import not finished"), ImportJournal::describe(*cutOff));
        }
    });
}

MainWindow::~MainWindow()
{
    Actor::actForThisProgram(std::nullopt);
}

void MainWindow::showConnectionLost(bool lost)
{
    m_connectionLostLabel->setVisible(lost);
    // The figures beside it would be old news, and the message needs their room.
    m_countsLabel->setVisible(!lost);
    // Back again: other desks may have written meanwhile, which this program does not hear.
    if (!lost) {
        m_session.changes()->announce(DataKind::Residents | DataKind::ServiceRecords | DataKind::Cases
                                      | DataKind::Visits | DataKind::Catalogue | DataKind::Centers);
    }
}

void MainWindow::chooseDatabaseLocation()
{
    DatabaseLocationDialog dialog(m_session.location(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.location().argument() == m_session.location().argument())
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
            this, tr("Database location"),
            tr("Linli opens %1 from its next start. Start Linli again now?").arg(dialog.location().displayName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    // The language chosen on the command line stays; the database is the remembered one.
    const QStringList arguments = QCoreApplication::arguments();
    QStringList kept;
    if (const qsizetype language = arguments.indexOf(u"--lang"_s); language > 0 && language + 1 < arguments.size())
        kept << arguments.mid(language, 2);
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), kept))
        close();
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(28, 28));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(u"QListWidget#navigation { background: palette(window); padding-top: 8px; }"
                                "QListWidget#navigation::item { padding: 10px 14px; }"_s);
    const struct
    {
        QString text;
        QString icon;
    } entries[] = {{tr("Residents"), u":/icons/residents.svg"_s},
                   {tr("Services"), u":/icons/services.svg"_s},
                   {tr("Cases"), u":/icons/cases.svg"_s},
                   {tr("Visits"), u":/icons/visits.svg"_s},
                   {tr("Reports"), u":/icons/reports.svg"_s}};
    for (const auto &entry : entries)
        new QListWidgetItem(QIcon(entry.icon), entry.text, m_navigation);
    m_navigation->setFixedWidth(qMax(150, m_navigation->sizeHintForColumn(0) + 40));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < PageCount) // -1 while the list is cleared
            showPage(Page(row));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_logService
            = file->addAction(QIcon(u":/icons/services.svg"_s), tr("&Log a service…"), this, &MainWindow::logService);
    m_logService->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logService->setToolTip(tr("Log a service for the chosen resident or a walk-in (%1)")
                                     .arg(m_logService->shortcut().toString(QKeySequence::NativeText)));
    file->addSeparator();
    file->setToolTipsVisible(true);
    QAction *audit = file->addAction(tr("&Audit log…"), this, [this] {
        AuditLogDialog dialog(m_session, this);
        dialog.exec();
    });
    allowOnlyIf(audit, Permission::ReadAuditLog);
    file->addSeparator();
    m_backupActions->addFileActions(file);
    allowOnlyIf(m_backupActions->backUpAction(), Permission::BackupAndRestore);
    allowOnlyIf(m_backupActions->restoreAction(), Permission::BackupAndRestore);
    file->addSeparator();
    QAction *password = file->addAction(tr("Change my &password…"), this, [this] {
        OwnPasswordDialog dialog(m_session, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Your password was changed."), 8000);
    });
    // The command line's administrator has no account of its own to change, nor to leave.
    password->setEnabled(m_session.actor().userId > 0);
    QAction *signOutAction = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    signOutAction->setToolTip(tr("Leave the desk to the next person: the window closes and asks who signs in"));
    signOutAction->setEnabled(m_session.actor().userId > 0);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const QString names[] = {tr("&Residents"), tr("&Services"), tr("&Cases"), tr("&Visits"), tr("Re&ports")};
    for (int page = 0; page < PageCount; ++page) {
        QAction *action = go->addAction(names[page], this, [this, page] { showPage(Page(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
    }
    go->addSeparator();
    // Back to finding someone from anywhere in the window, with what was typed there selected.
    QAction *find = go->addAction(tr("&Find a resident"), this, &MainWindow::findResident);
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_F3)});

    QMenu *settings = menuBar()->addMenu(tr("S&ettings"));
    settings->setToolTipsVisible(true);
    QAction *catalogue = settings->addAction(tr("Service &catalogue…"), this, [this] {
        CatalogueDialog dialog(m_session, this);
        dialog.exec();
    });
    allowOnlyIf(catalogue, Permission::EditCatalogue);
    QAction *holidays = settings->addAction(tr("&Holidays and working days…"), this, [this] {
        CalendarDialog dialog(m_session, this);
        dialog.exec();
    });
    allowOnlyIf(holidays, Permission::ChangeSettings);
    QAction *intervals = settings->addAction(tr("C&ontact intervals…"), this, [this] {
        CareIntervalsDialog dialog(m_session, this);
        dialog.exec();
    });
    allowOnlyIf(intervals, Permission::ChangeSettings);
    QAction *centerName = settings->addAction(tr("Center &name…"), this, [this] {
        CenterProfile profile(m_session.connection());
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Center name"),
                                                   tr("The name printed on the monthly report and the day sheets:"),
                                                   QLineEdit::Normal, profile.name(), &ok);
        if (!ok)
            return;
        if (const Result<void> saved = profile.setName(name); !saved.isDone())
            QMessageBox::warning(this, tr("Center name"), saved.message());
    });
    allowOnlyIf(centerName, Permission::ChangeSettings);
    QAction *idle = settings->addAction(tr("&Lock when idle…"), this, [this] {
        CenterProfile profile(m_session.connection());
        bool ok = false;
        const int minutes = QInputDialog::getInt(this, tr("Lock when idle"),
                                                 tr("Minutes without a key or a click before Linli locks "
                                                    "(from the next start):"),
                                                 profile.idleLockMinutes(), 1, CenterProfile::longestIdleLock, 1, &ok);
        if (!ok)
            return;
        if (const Result<void> saved = profile.setIdleLockMinutes(minutes); !saved.isDone())
            QMessageBox::warning(this, tr("Lock when idle"), saved.message());
    });
    allowOnlyIf(idle, Permission::ChangeSettings);
    QAction *centers = settings->addAction(tr("Cen&ters and grids…"), this, [this] {
        CentersDialog dialog(m_session, this);
        dialog.exec();
    });
    allowOnlyIf(centers, Permission::ChangeSettings);
    if (centers->isEnabled() && m_session.actor().centerId > 0) {
        centers->setEnabled(false);
        centers->setToolTip(tr("Only an administrator of the whole district may change its centers."));
    }
    QAction *location = settings->addAction(tr("&Database location…"), this, &MainWindow::chooseDatabaseLocation);
    allowOnlyIf(location, Permission::ChangeSettings);
    allowOnlyIf(m_backupActions->addSettingsAction(settings), Permission::ChangeSettings);
    settings->addSeparator();
    QAction *accounts = settings->addAction(tr("&Accounts…"), this, [this] {
        AccountsDialog dialog(m_session, this);
        dialog.exec();
    });
    allowOnlyIf(accounts, Permission::ManageUsers);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Where things are"), this, &MainWindow::showHelp);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Linli"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::allowOnlyIf(QAction *action, Permission permission)
{
    // Greyed out with the reason, rather than hidden: the clerk learns whom to ask. The stores
    // refuse the action themselves too.
    if (m_session.actor().may(permission))
        return;
    action->setEnabled(false);
    action->setToolTip(AccessPolicy::refusal(permission));
}

void MainWindow::createToolBar()
{
    QToolBar *desk = addToolBar(tr("Desk"));
    desk->setObjectName(u"desk"_s);
    desk->setMovable(false);
    desk->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    desk->setIconSize(QSize(20, 20));
    desk->addAction(m_logService);
}

void MainWindow::logService()
{
    logServiceFor(currentPage() == ResidentsPage ? m_residentsPage->currentResidentId() : 0);
}

void MainWindow::logServiceFor(qint64 residentId, const QString &serviceText)
{
    if (!m_quickLog)
        m_quickLog = new QuickLogDialog(m_session, this);
    m_quickLog->startFor(residentId, serviceText);
    m_quickLog->show();
    m_quickLog->raise();
    m_quickLog->activateWindow();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Show && !std::exchange(m_fittedOnScreen, true))
        ScreenFit::apply(this);
    if (event->type() == QEvent::Paint && !std::exchange(m_countsRequested, true))
        QTimer::singleShot(0, m_overview, &OverviewLoader::refresh);
    return handled;
}

void MainWindow::findResident()
{
    showPage(ResidentsPage);
    m_residentsPage->searchBox()->setFocus(Qt::ShortcutFocusReason);
    m_residentsPage->searchBox()->selectAll();
}

void MainWindow::showPage(Page page)
{
    makePage(page);
    m_navigation->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
}

// Makes a page the first time it is opened, in the place kept for it.
void MainWindow::makePage(Page page)
{
    QWidget *made = nullptr;
    switch (page) {
    case ResidentsPage:
    case PageCount:
        return;
    case ServicesPage:
        if (m_servicesPage)
            return;
        made = m_servicesPage = new linli::ServicesPage(m_session, m_pages);
        break;
    case CasesPage:
        if (m_casesPage)
            return;
        made = m_casesPage = new linli::CasesPage(m_session, m_pages);
        break;
    case VisitsPage:
        if (m_visitsPage)
            return;
        made = m_visitsPage = new linli::VisitsPage(m_session, m_pages);
        connect(m_visitsPage, &VisitsPage::visitToLog, this, &MainWindow::logServiceFor);
        break;
    case ReportsPage:
        if (m_reportsPage)
            return;
        made = m_reportsPage = new linli::ReportsPage(m_session, m_pages);
        break;
    }
    QWidget *placeholder = m_pages->widget(page);
    m_pages->insertWidget(page, made);
    m_pages->removeWidget(placeholder);
    delete placeholder;
}

QString MainWindow::statusText() const
{
    return m_locationLabel->text() + u" | "_s + m_countsLabel->text();
}

void MainWindow::showCounts(const QHash<QString, qint64> &counts)
{
    const QLocale locale;
    m_countsLabel->setText(tr("Residents: %1 · Service records: %2 · Visits: %3")
                                   .arg(locale.toString(counts.value(u"residents"_s)),
                                        locale.toString(counts.value(u"service_records"_s)),
                                        locale.toString(counts.value(u"visits"_s))));
    m_residentsPage->setResidentCount(counts.value(u"residents"_s));
    emit countsShown();
}

void MainWindow::showAbout()
{
    QMessageBox about(this);
    about.setWindowTitle(tr("About Linli"));
    about.setIconPixmap(QIcon(u":/icons/linli.svg"_s).pixmap(64, 64));
    about.setTextFormat(Qt::PlainText);
    about.setText(tr("Linli %1").arg(QString::fromLatin1(LINLI_VERSION)));
    about.setInformativeText(tr("The front desk of a community service center: residents, services, follow-up "
                                "cases, visits and monthly reports.\n\nDatabase: %1\nQt %2 · SQLite %3")
                                     .arg(m_session.location().displayName(), QString::fromLatin1(qVersion()),
                                          QString::fromLatin1(sqlite3_libversion())));
    about.exec();
}

void MainWindow::showHelp()
{
    HelpDialog dialog(this);
    dialog.exec();
}

void MainWindow::signOut()
{
    // Closed first: a form with typed work asks, and going back to it keeps the person signed in.
    if (!close())
        return;
    m_signedOut = true;
    const Result<void> left = UserStore(m_session.connection()).signOut();
    if (!left.isDone())
        QMessageBox::warning(nullptr, tr("Sign out"), left.message());
    emit signedOut();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The quick log stays open beside the window: an entry typed in it asks first, as closing it does.
    if (m_quickLog && m_quickLog->isVisible() && !m_quickLog->close()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(pageKey, int(currentPage()));
    event->accept();
}

} // namespace linli
