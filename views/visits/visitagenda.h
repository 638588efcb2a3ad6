#pragma once

#include "session.h"
#include "schedulevisitdialog.h"
#include "visitstore.h"

#include <QDate>
#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

class QAbstractButton;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace linli {

class ShownReload;
class VisitAgendaModel;
class VisitMonthModel;
class VisitWeekModel;

// The visits planned, of one staff member or the whole center: a day's agenda, a week with a column
// per day, or a month's counts. A visit is marked done (its service logged), missed or cancelled,
// changed (alone or with the following ones of its series), dragged to another day in the week, or
// moved with Ctrl and the arrow keys: a day earlier or later, half an hour earlier or later.
class VisitAgenda : public QWidget
{
    Q_OBJECT

public:
    enum class Span { Day, Week, Month };
    // Asks for a text (an outcome, a next step, a reason); nullopt when the clerk backs out.
    using TextQuestion = std::function<std::optional<QString>(const QString &title, const QString &label)>;
    // Asks yes or no (a visit marked done before its time); false when the clerk backs out.
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;
    static constexpr int minutesPerKeyMove = 30;

    explicit VisitAgenda(const Session &session, QWidget *parent = nullptr);

    void showSpan(Span span);
    void showDay(QDate day);
    void showStaff(qint64 staffId);
    // Reads what is shown again (after visits were planned or changed elsewhere); while the agenda is
    // hidden, when it is next shown.
    void reload();
    // "Now" for marking done and for today: the clock's, unless a test fixes it.
    void setReferenceTime(const QDateTime &now);
    QDateTime now() const;
    void setTextQuestion(const TextQuestion &question) { m_textQuestion = question; }
    void setConfirmation(const Confirmation &confirmation) { m_confirmation = confirmation; }
    void setConflictQuestion(const ScheduleVisitDialog::ConflictQuestion &question) { m_conflictQuestion = question; }

    // The visit chosen in the day or week view.
    std::optional<AgendaEntry> currentEntry() const;
    bool selectVisit(qint64 visitId);
    bool markDone();
    bool markMissed();
    bool cancelVisit();
    // Opens the change of the chosen visit; true when it was changed.
    bool changeVisit();
    // Moves the chosen visit by days and minutes, asking about double bookings first.
    bool moveBy(int days, int minutes);
    bool moveVisit(qint64 visitId, int version, const QDateTime &startsAt);
    void printDaySheet();

    Span span() const { return m_span; }
    QDate day() const { return m_day; }
    qint64 staffId() const;
    QComboBox *staffBox() const { return m_staff; }
    QLabel *rangeLabel() const { return m_range; }
    QTableView *dayView() const { return m_dayView; }
    QTableView *weekView() const { return m_weekView; }
    QTableView *monthView() const { return m_monthView; }
    VisitAgendaModel *dayModel() const { return m_dayModel; }
    VisitWeekModel *weekModel() const { return m_weekModel; }
    VisitMonthModel *monthModel() const { return m_monthModel; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *changeButton() const { return m_change; }
    QLabel *messageLabel() const { return m_message; }

private:
    QTableView *createDayView();
    QTableView *createWeekView();
    QTableView *createMonthView();
    QWidget *createNavigation();
    QWidget *createActions();
    void addKeyMoves();
    void step(int direction);
    void showButtons();
    void read();
    void showRange();
    bool setStatus(const std::function<Result<qint64>(const AgendaEntry &, const QString &)> &change,
                   const QString &title, const QString &label, bool textRequired);
    void changed(qint64 visitId, const Result<qint64> &outcome);
    // Why the last change was refused, or a read failed; empty hides it.
    void showMessage(const QString &message);

    Session m_session;
    Span m_span = Span::Week;
    QDate m_day;
    QDateTime m_fixedNow; // invalid: the clock's time
    TextQuestion m_textQuestion;
    Confirmation m_confirmation;
    ScheduleVisitDialog::ConflictQuestion m_conflictQuestion;
    VisitAgendaModel *m_dayModel = nullptr;
    VisitWeekModel *m_weekModel = nullptr;
    VisitMonthModel *m_monthModel = nullptr;
    QComboBox *m_staff = nullptr;
    QLabel *m_range = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_dayView = nullptr;
    QTableView *m_weekView = nullptr;
    QTableView *m_monthView = nullptr;
    QList<QAbstractButton *> m_spanButtons;
    QPushButton *m_done = nullptr;
    QPushButton *m_missed = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_sheet = nullptr;
    QLabel *m_message = nullptr;
    ShownReload *m_reads = nullptr;
};

} // namespace linli
