#pragma once

#include "session.h"
#include "accesspolicy.h"
#include "databaselocation.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace linli {

class BackupActions;
class OverviewLoader;
class QuickLogDialog;
class ResidentsPage;
class CasesPage;
class ServicesPage;
class ReportsPage;
class VisitsPage;

// The shell: navigation between the pages, the menus, and a status bar with the database's
// location and its size. Each page is its own class; the window holds no queries of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { ResidentsPage, ServicesPage, CasesPage, VisitsPage, ReportsPage, PageCount };
    Q_ENUM(Page)

    // connection: the UI thread's open database, which outlives the window.
    explicit MainWindow(const Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void showPage(Page page);
    QString statusText() const;
    // Opens the quick-log dialog (Ctrl+L), for the resident chosen on the Residents page if any.
    void logService();
    // Shows the Residents page with its search box focused and its text selected (Ctrl+F, F3).
    void findResident();
    // F1: a short guide to where things are.
    void showHelp();
    // The one signed in leaves (audited) and the window closes; the program asks who signs in next.
    void signOut();
    bool hasSignedOut() const { return m_signedOut; }
    // The same for this resident, with a service already typed.
    void logServiceFor(qint64 residentId, const QString &serviceText = {});
    QuickLogDialog *quickLogDialog() const { return m_quickLog; }
    // Says in the status bar that the server's connection is lost until it is back (ConnectionKeeper).
    void showConnectionLost(bool lost);

signals:
    void signedOut();
    // The status bar shows the database's figures (they arrive from a worker thread).
    void countsShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createNavigation();
    void makePage(Page page);
    void createMenus();
    void createToolBar();
    void allowOnlyIf(QAction *action, Permission permission);
    void showCounts(const QHash<QString, qint64> &counts);
    void showAbout();
    void chooseDatabaseLocation();

    Session m_session;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    bool m_countsRequested = false;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_connectionLostLabel = nullptr;
    linli::ResidentsPage *m_residentsPage = nullptr;
    linli::ServicesPage *m_servicesPage = nullptr;
    linli::CasesPage *m_casesPage = nullptr;
    linli::VisitsPage *m_visitsPage = nullptr;
    linli::ReportsPage *m_reportsPage = nullptr;
    QuickLogDialog *m_quickLog = nullptr;
    QAction *m_logService = nullptr;
    OverviewLoader *m_overview = nullptr;
    BackupActions *m_backupActions = nullptr;
    bool m_signedOut = false;
    bool m_fittedOnScreen = false; // once shown, with its frame
};

} // namespace linli
