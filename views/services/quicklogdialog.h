#pragma once

#include "formdialog.h"
#include "session.h"
#include "databaselocation.h"
#include "residentsearchrunner.h"
#include "servicecatalogue.h"
#include "servicetypematcher.h"

#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;

namespace linli {

class ServiceLogQueue;

// Logging a service in a few keystrokes, from anywhere in the window (Ctrl+L). The resident comes
// from the Residents page or from the box at the top (the registry's search), or the visitor is an
// anonymous walk-in; the type is typed (code, Chinese, pinyin initials or English), with the
// handler's favourite and recent types first; Enter saves, and only once a type is typed or chosen:
// none is chosen for the clerk. The entry is handed to a queue that writes it on a worker thread,
// and the form is at once ready for the next one: the journal below tells what became of each.
// The dialog stays open until the clerk closes it, asked first when an entry is typed but not saved.
class QuickLogDialog : public FormDialog
{
    Q_OBJECT

public:
    QuickLogDialog(const Session &session, QWidget *parent = nullptr);
    ~QuickLogDialog() override;

    static constexpr int searchDelayMs = 200;

    // A new entry for this resident (0: find one in the box), with the service box holding
    // `serviceText` (a code, for one click from elsewhere).
    void startFor(qint64 residentId, const QString &serviceText = {});
    // Hands the entry over; false, with the reason shown, when something is missing.
    bool save();
    // Offers the types of the catalogue as it is now; done by itself when the manager changes it.
    void readCatalogue();

    QLineEdit *residentBox() const { return m_residentBox; }
    QListWidget *residentList() const { return m_residents; }
    QCheckBox *walkInBox() const { return m_walkIn; }
    QLineEdit *serviceBox() const { return m_serviceBox; }
    QListWidget *serviceList() const { return m_services; }
    QComboBox *handlerBox() const { return m_handler; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QLineEdit *outcomeBox() const { return m_outcome; }
    QLineEdit *notesBox() const { return m_notes; }
    QToolButton *favouriteButton() const { return m_favourite; }
    QListWidget *journal() const { return m_journal; }
    QLabel *messageLabel() const { return m_message; }
    ServiceLogQueue *queue() const { return m_queue; }

protected:
    // Saves the entry typed and closes once it is written; a refusal keeps the dialog open, saying why.
    void saveForm() override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *createResidentPart();
    QWidget *createServicePart();
    QWidget *createDetailsPart();
    void searchResidents();
    void showResidents(const ResidentSearchRunner::Request &request, const QList<ResidentRow> &rows);
    QString residentText(const ResidentRow &row) const;
    void listServiceTypes();
    std::optional<ServiceType> chosenType() const;
    void showFavourite();
    void toggleFavourite(bool favourite);
    void handlerChosen();
    void showAnswer(int ticket, const QString &outcome, bool refused);
    void showMessage(const QString &text);

    Session m_session;
    ResidentSearchRunner *m_runner = nullptr;
    ServiceLogQueue *m_queue = nullptr;
    QList<ServiceType> m_types;
    ServiceTypeMatcher m_matcher;
    QList<qint64> m_preferred;
    QList<qint64> m_favourites;
    bool m_chineseNames = true;
    QHash<int, QListWidgetItem *> m_journalItems; // by ticket
    QString m_entryKey;                           // the entry being typed, as the store knows it once written
    int m_lastTicket = 0;
    int m_closeWhenWritten = 0; // the ticket whose writing closes the dialog

    QLineEdit *m_residentBox = nullptr;
    QTimer *m_searchDelay = nullptr;
    QListWidget *m_residents = nullptr;
    QCheckBox *m_walkIn = nullptr;
    QLineEdit *m_serviceBox = nullptr;
    QListWidget *m_services = nullptr;
    QToolButton *m_favourite = nullptr;
    QLabel *m_typeInfo = nullptr;
    QComboBox *m_handler = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLineEdit *m_outcome = nullptr;
    QLineEdit *m_notes = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_journal = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace linli
