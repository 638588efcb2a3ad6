#pragma once

#include "visitrecurrence.h"
#include "visitstore.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace linli {

// Plans a visit for one resident, once or repeating (weekly on that weekday, every n days, monthly
// on that day; for n sessions or without end). Before saving it looks for the staff member or the
// resident being booked already at those times; the clerk may still save, with a reason.
class ScheduleVisitDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Repeat { Once, Weekly, EveryNDays, Monthly };
    // Asked with the double bookings found; nullopt: do not save. The reason is kept with the visits.
    using ConflictQuestion = std::function<std::optional<QString>(const QStringList &conflicts)>;

    ScheduleVisitDialog(const QSqlDatabase &database, qint64 residentId, const QString &residentName,
                        QWidget *parent = nullptr);

    VisitDraft draft() const;
    VisitRecurrence rule() const;
    // Plans the visits; false (with the reason shown) when refused or when the clerk backs out.
    bool save();
    qint64 savedSeriesId() const { return m_savedSeriesId; }
    void setConflictQuestion(const ConflictQuestion &question) { m_conflictQuestion = question; }
    void setToday(QDate today) { m_today = today; }

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *staffBox() const { return m_staff; }
    QDateEdit *dayBox() const { return m_day; }
    QTimeEdit *timeBox() const { return m_time; }
    QComboBox *repeatBox() const { return m_repeat; }
    QSpinBox *intervalBox() const { return m_interval; }
    QSpinBox *sessionsBox() const { return m_sessions; }
    QLabel *messageLabel() const { return m_message; }

private:
    QStringList doubleBookings(const VisitDraft &draft, const VisitRecurrence &rule) const;
    void showRepeatFields();

    QSqlDatabase m_database;
    qint64 m_residentId;
    QDate m_today = QDate::currentDate();
    qint64 m_savedSeriesId = 0;
    ConflictQuestion m_conflictQuestion;
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
