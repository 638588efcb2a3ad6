#pragma once

#include "databaselocation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace linli {

// Where this computer's Linli keeps its data: a file on this computer (one front desk) or a shared
// PostgreSQL server (several desks, a district). Saving remembers the choice for the next start
// (DatabaseLocation::remember); a password is never kept, the server asks for it.
class DatabaseLocationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DatabaseLocationDialog(const DatabaseLocation &current, QWidget *parent = nullptr);

    QRadioButton *fileChoice() const { return m_file; }
    QRadioButton *serverChoice() const { return m_server; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }

    // What the fields say; invalid (with its errorString()) when they are not filled in enough.
    DatabaseLocation location() const;
    // Remembers the location and closes; false with the reason shown.
    bool save();

private:
    void browse();
    void showChoice();

    QRadioButton *m_file = nullptr;
    QRadioButton *m_server = nullptr;
    QWidget *m_fileFields = nullptr;
    QWidget *m_serverFields = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace linli
