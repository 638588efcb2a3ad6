#include "calendardialog.h"

#include "calendarstore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr int DayRole = Qt::UserRole + 1;

} // namespace

CalendarDialog::CalendarDialog(const Session &session, QWidget *parent)
    : FormDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Holidays and working days"));
    const QDate today = QDate::currentDate();
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    // The year only chooses what the list shows.
    ignoreChanges(m_year);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);
    top->addWidget(m_notice, 1);

    m_days = new QTreeWidget(this);
    m_days->setRootIsDecorated(false);
    m_days->setHeaderLabels({tr("Day"), tr("Weekday"), tr("What"), tr("Note")});
    m_days->header()->setStretchLastSection(true);

    m_day = new QDateEdit(today, this);
    m_day->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_day->setCalendarPopup(true);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("e.g. 春节, 国庆节调休"));
    // The day follows the year looked at; a note typed is what waits to be added.
    ignoreChanges(m_day);
    auto *addHoliday = new QPushButton(tr("Add day &off"), this);
    auto *addWorkday = new QPushButton(tr("Add &worked weekend day"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    connect(addHoliday, &QPushButton::clicked, this, [this] { addDay(true); });
    connect(addWorkday, &QPushButton::clicked, this, [this] { addDay(false); });
    connect(m_remove, &QPushButton::clicked, this, &CalendarDialog::removeCurrent);
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_day);
    entry->addWidget(m_note, 1);
    entry->addWidget(addHoliday);
    entry->addWidget(addWorkday);

    auto *hint = new QLabel(tr("Case deadlines count working days: Monday to Friday, except the days off entered "
                               "here, plus the weekend days worked instead. A change counts for cases opened "
                               "afterwards; due dates already given stay."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_days, 1);
    layout->addLayout(entry);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(m_year, &QSpinBox::valueChanged, this, &CalendarDialog::showYear);
    showYear();
    resize(720, 560);
}

void CalendarDialog::showYear()
{
    const int year = m_year->value();
    const QList<CalendarDay> days = CalendarStore(m_session.connection()).days(year);
    m_days->clear();
    const QLocale locale;
    int off = 0;
    for (const CalendarDay &day : days) {
        auto *item = new QTreeWidgetItem(m_days,
                                         {day.day.toString(Qt::ISODate),
                                          locale.dayName(day.day.dayOfWeek(), QLocale::ShortFormat),
                                          day.isHoliday ? tr("Day off") : tr("Worked weekend day"), day.note});
        item->setData(0, DayRole, day.day);
        off += day.isHoliday ? 1 : 0;
    }
    for (int column = 0; column < 3; ++column)
        m_days->resizeColumnToContents(column);
    if (days.isEmpty()) {
        m_notice->setText(tr("No days entered for %1: deadlines count Monday to Friday only. Enter the days of the "
                             "State Council's notice.")
                                  .arg(year));
        m_notice->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    } else {
        m_notice->setText(tr("Days off: %1 · weekend days worked: %2.").arg(off).arg(days.size() - off));
        m_notice->setStyleSheet(QString());
    }
    if (m_day->date().year() != year)
        m_day->setDate(QDate(year, 1, 1));
    m_remove->setEnabled(!days.isEmpty());
}

bool CalendarDialog::addDay(bool holiday)
{
    const Result<void> saved = CalendarStore(m_session.connection()).setDay({m_day->date(), holiday, m_note->text()});
    if (!saved.isDone()) {
        QMessageBox::warning(this, windowTitle(), saved.message());
        return false;
    }
    if (m_day->date().year() != m_year->value())
        m_year->setValue(m_day->date().year());
    else
        showYear();
    m_day->setDate(m_day->date().addDays(1));
    // Ready for the next day of the same holiday: nothing typed is waiting to be added.
    markUnchanged();
    return true;
}

void CalendarDialog::saveForm()
{
    const bool weekend = m_day->date().dayOfWeek() >= Qt::Saturday;
    if (addDay(!weekend))
        accept();
}

void CalendarDialog::removeCurrent()
{
    const QTreeWidgetItem *item = m_days->currentItem();
    if (!item)
        return;
    if (const Result<void> removed = CalendarStore(m_session.connection()).removeDay(item->data(0, DayRole).toDate());
        !removed.isDone())
        QMessageBox::warning(this, windowTitle(), removed.message());
    showYear();
}

} // namespace linli
