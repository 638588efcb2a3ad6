#pragma once

#include "formdialog.h"
#include "session.h"
#include "visitrecurrence.h"
#include "visitstore.h"

#include <QDate>
#include <QUuid>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace linli {

// Plans a visit for one resident, once or repeating (weekly on that weekday, every n days, monthly
// on that day; for n sessions or without end), or changes a planned one: only it, or it and the
// following ones of its series. Before saving it looks for the staff member or the resident being
// booked already at those times (the clerk may still save, with a reason), and for days that are
// holidays or in a year whose holidays are not entered yet (asked first).
class ScheduleVisitDialog : public FormDialog
{
    Q_OBJECT

public:
    enum class Repeat { Once, Weekly, EveryNDays, Monthly };
    enum class Scope { OnlyThis, ThisAndFollowing };
    // Asked with the double bookings found; nullopt: do not save. The reason is kept with the visits.
    using ConflictQuestion = std::function<std::optional<QString>(const QStringList &conflicts)>;
    // Asked with the holidays among the days and the years whose holidays are not entered; true:
    // plan anyway.
    using DayQuestion = std::function<bool(const QStringList &offDays)>;

    ScheduleVisitDialog(const Session &session, qint64 residentId, const QString &residentName,
                        QWidget *parent = nullptr);

    // Asks for a reason to keep a double booking, in a small dialog over `parent`.
    static std::optional<QString> askConflictReason(QWidget *parent, const QStringList &conflicts);
    // "2026-11-24 09:30 Home visit, the same staff member".
    static QString describeConflict(const VisitRow &other, qint64 residentId);

    // Turns the dialog into the change of this planned visit.
    void editVisit(const VisitRow &visit);
    VisitDraft draft() const;
    VisitRecurrence rule() const;
    // Plans the visits; false (with the reason shown) when refused or when the clerk backs out.
    bool save();
    qint64 savedSeriesId() const { return m_savedSeriesId; }
    void setConflictQuestion(const ConflictQuestion &question) { m_conflictQuestion = question; }
    void setDayQuestion(const DayQuestion &question) { m_dayQuestion = question; }
    // "2026-10-01 国庆节", and "the holidays of 2027 are not entered yet", for these days.
    QStringList offDays(const QList<QDate> &days) const;
    void setToday(QDate today) { m_today = today; }

protected:
    void saveForm() override { save(); }

public:
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *staffBox() const { return m_staff; }
    QDateEdit *dayBox() const { return m_day; }
    QTimeEdit *timeBox() const { return m_time; }
    QComboBox *repeatBox() const { return m_repeat; }
    QComboBox *scopeBox() const { return m_scope; }
    QSpinBox *intervalBox() const { return m_interval; }
    QSpinBox *sessionsBox() const { return m_sessions; }
    QLabel *messageLabel() const { return m_message; }

private:
    // The double bookings on these days, leaving out the visits being changed.
    QStringList doubleBookings(const VisitDraft &draft, const QList<QDate> &days) const;
    // The days a change covers: this visit's, or for the following ones, their planned days.
    QList<QDate> changedDays() const;
    bool saveChange(const VisitDraft &draft);
    // Asks when days fall on holidays or in a year without holidays; true: go on.
    bool plannedDaysAccepted(const QList<QDate> &days) const;
    void showRepeatFields();
    void showScope();

    Session m_session;
    qint64 m_residentId;
    QString m_residentName;
    QDate m_today = QDate::currentDate();
    qint64 m_savedSeriesId = 0;
    const QString m_entryKey = QUuid::createUuid().toString(QUuid::WithoutBraces); // this plan, as the store knows it
    ConflictQuestion m_conflictQuestion;
    DayQuestion m_dayQuestion;
    std::optional<VisitRow> m_editing;
    QComboBox *m_scope = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_whenLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_staff = nullptr;
    QDateEdit *m_day = nullptr;
    QTimeEdit *m_time = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_place = nullptr;
    QComboBox *m_repeat = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_sessions = nullptr;
    QLineEdit *m_notes = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace linli
