#include "databaselocationdialog.h"

#include "filechooser.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

DatabaseLocationDialog::DatabaseLocationDialog(const DatabaseLocation &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Database location"));
    m_file = new QRadioButton(tr("A &file on this computer (one front desk)"), this);
    m_server = new QRadioButton(tr("A shared &server (PostgreSQL: several desks or a whole district)"), this);

    m_fileFields = new QWidget(this);
    m_path = new QLineEdit(current.filePath().isEmpty() ? DatabaseLocation::defaultLocation().filePath()
                                                        : current.filePath(),
                           m_fileFields);
    auto *browse = new QPushButton(tr("&Browse…"), m_fileFields);
    connect(browse, &QPushButton::clicked, this, &DatabaseLocationDialog::browse);
    auto *fileRow = new QHBoxLayout(m_fileFields);
    fileRow->setContentsMargins(24, 0, 0, 0);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_serverFields = new QWidget(this);
    m_host = new QLineEdit(current.host(), m_serverFields);
    m_host->setPlaceholderText(u"db.example"_s);
    m_port = new QSpinBox(m_serverFields);
    m_port->setRange(1, 65535);
    m_port->setValue(current.isServer() ? current.port() : DatabaseLocation::defaultPostgreSqlPort);
    m_database = new QLineEdit(current.isServer() ? current.databaseName() : u"linli"_s, m_serverFields);
    m_user = new QLineEdit(current.userName(), m_serverFields);
    auto *serverForm = new QFormLayout(m_serverFields);
    serverForm->setContentsMargins(24, 0, 0, 0);
    serverForm->addRow(tr("Server:"), m_host);
    serverForm->addRow(tr("Port:"), m_port);
    serverForm->addRow(tr("Database:"), m_database);
    serverForm->addRow(tr("User name:"), m_user);
    auto *passwordHint = new QLabel(tr("Linli asks for the password when it connects, unless this computer keeps "
                                       "it for the server (PGPASSWORD or ~/.pgpass)."),
                                    m_serverFields);
    passwordHint->setWordWrap(true);
    serverForm->addRow(passwordHint);

    (current.isServer() ? m_server : m_file)->setChecked(true);
    connect(m_file, &QRadioButton::toggled, this, &DatabaseLocationDialog::showChoice);
    showChoice();

    auto *hint = new QLabel(tr("This computer's Linli remembers the location. Each desk of a center that shares "
                               "a server is set to the same server and database."),
                            this);
    hint->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseLocationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(m_fileFields);
    layout->addSpacing(6);
    layout->addWidget(m_server);
    layout->addWidget(m_serverFields);
    layout->addSpacing(6);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void DatabaseLocationDialog::showChoice()
{
    m_fileFields->setEnabled(m_file->isChecked());
    m_serverFields->setEnabled(m_server->isChecked());
}

void DatabaseLocationDialog::browse()
{
    const QString path
            = FileChooser::databaseFile(this, tr("Database file"), m_path->text(), tr("Linli database (*.sqlite)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

DatabaseLocation DatabaseLocationDialog::location() const
{
    if (m_file->isChecked())
        return DatabaseLocation::fromArgument(m_path->text());
    QUrl address;
    address.setScheme(u"postgresql"_s);
    address.setHost(m_host->text().trimmed());
    address.setPort(m_port->value());
    address.setUserName(m_user->text().trimmed());
    address.setPath(u"/"_s + m_database->text().trimmed());
    return DatabaseLocation::fromArgument(address.toString());
}

bool DatabaseLocationDialog::save()
{
    const DatabaseLocation chosen = location();
    const bool serverIncomplete
            = m_server->isChecked() && (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty());
    if (serverIncomplete || !chosen.isValid()) {
        m_message->setText(serverIncomplete ? tr("Fill in the server's address and the database's name.")
                                            : chosen.errorString());
        m_message->show();
        return false;
    }
    DatabaseLocation::remember(chosen);
    accept();
    return true;
}

} // namespace linli
