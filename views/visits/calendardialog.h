#pragma once

#include "formdialog.h"
#include "session.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace linli {

// The days off and the weekend days worked, year by year, as the State Council's notice sets them
// each November: what case deadlines count in working days. A year without any is counted
// Monday to Friday, and the dialog says so.
// A note typed for a day not added yet is asked about before the dialog closes; Save adds the day
// as a holiday when it falls on a weekday, as a weekend day worked otherwise.
class CalendarDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit CalendarDialog(const Session &session, QWidget *parent = nullptr);

    QSpinBox *yearBox() const { return m_year; }
    QTreeWidget *dayList() const { return m_days; }
    QLabel *notice() const { return m_notice; }
    // Adds the day set in the form as a holiday or a worked weekend day; false with a message.
    bool addDay(bool holiday);
    void removeCurrent();
    QDateEdit *dayBox() const { return m_day; }
    QLineEdit *noteBox() const { return m_note; }

protected:
    void saveForm() override;

private:
    void showYear();

    Session m_session;
    QSpinBox *m_year = nullptr;
    QLabel *m_notice = nullptr;
    QTreeWidget *m_days = nullptr;
    QDateEdit *m_day = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace linli
