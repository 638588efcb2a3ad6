#pragma once

#include "session.h"
#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace linli {

class CareAlertTableModel;
class ShownReload;
class VisitAgenda;

// The Visits page: those living alone, disabled or in key care who have not been contacted in time,
// most overdue first, by grid with counts (one click logs a phone check, another a visit through the
// quick log, a third schedules one); and the agenda of the visits planned, by day, week or month.
class VisitsPage : public QWidget
{
    Q_OBJECT

public:
    explicit VisitsPage(const Session &session, QWidget *parent = nullptr);

    QComboBox *gridFilter() const { return m_grid; }
    QTableView *view() const { return m_view; }
    CareAlertTableModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *intervalsLabel() const { return m_intervals; }
    QPushButton *phoneCheckButton() const { return m_phoneCheck; }
    QPushButton *visitButton() const { return m_visit; }
    QPushButton *scheduleButton() const { return m_schedule; }
    QTabWidget *tabs() const { return m_tabs; }
    VisitAgenda *agenda() const { return m_agenda; }
    // Opens the scheduling dialog for the chosen resident; true when visits were planned.
    bool scheduleVisit();
    // "Now" for who is overdue and for the phone check's time; tests fix it.
    void setReferenceTime(const QDateTime &now);
    // That "now": the clock's, unless a test fixed it.
    QDateTime now() const;
    // Counts and list again (done by itself when visits, records or residents change); while the
    // page is hidden, when it is next shown (at a district the counts take a tenth of a second).
    void reload();
    // Asks whether the chosen resident was reached: reached logs a phone check (EC02) now, handled
    // by the desk's staff member; not reached writes down the call and its next step (they stay due).
    bool logPhoneCheck();
    bool logReached();
    bool logUnansweredCall(const QString &nextStep);
    // Voids the phone check logged last from here (a slip): the resident is due again.
    bool undoPhoneCheck();
    QPushButton *undoButton() const { return m_undo; }

signals:
    // The clerk wants to log a visit with this resident (the quick log opens on it).
    void visitToLog(qint64 residentId, const QString &serviceCode);

private:
    qint64 currentResidentId() const;
    QWidget *createAlerts();
    void read();
    void fillGrids();
    void showButtons();

    Session m_session;
    CareAlertTableModel *m_model = nullptr;
    QComboBox *m_grid = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_intervals = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_phoneCheck = nullptr;
    QPushButton *m_visit = nullptr;
    QPushButton *m_schedule = nullptr;
    QPushButton *m_undo = nullptr;
    qint64 m_lastCheck = 0; // the phone check logged last from here; 0: none to undo
    QTabWidget *m_tabs = nullptr;
    VisitAgenda *m_agenda = nullptr;
    QDateTime m_fixedNow; // invalid: the clock's time
    ShownReload *m_reads = nullptr;
};

} // namespace linli
