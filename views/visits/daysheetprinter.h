#pragma once

#include "session.h"
#include "daysheet.h"
#include "outcomelabel.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace linli {

// Prints a day sheet or saves it as PDF: portrait or landscape, phones and rooms masked or whole.
class DaySheetPrinter : public QDialog
{
    Q_OBJECT

public:
    // `who`: the staff member's name, or the whole center, as the clerk chose.
    DaySheetPrinter(const Session &session, qint64 staffId, const QString &who, QDate day, QWidget *parent = nullptr);

    DaySheet::Options options() const;
    void showPrintPreview();
    // Asks where, then writes; false when nothing was written.
    bool saveAsPdf();
    bool saveAsPdf(const QString &path);

    QComboBox *orientationBox() const { return m_orientation; }
    QCheckBox *fullContactsBox() const { return m_fullContacts; }
    QLabel *messageLabel() const { return m_message; }

private:
    DaySheet m_sheet;
    QDate m_day;
    QComboBox *m_orientation = nullptr;
    QCheckBox *m_fullContacts = nullptr;
    OutcomeLabel *m_message = nullptr;
};

} // namespace linli
