#include "auditlogdialog.h"

#include "auditlog.h"
#include "auditlogmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

AuditLogDialog::AuditLogDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new AuditLogModel(session.connection(), this))
{
    setWindowTitle(tr("Audit log"));
    m_action = new QComboBox(this);
    m_action->addItem(tr("All actions"), QString());
    for (const QString &action : AuditLogModel::actions())
        m_action->addItem(AuditLogModel::actionName(action), action);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_login = new QLineEdit(this);
    m_login->setPlaceholderText(tr("login"));
    m_login->setClearButtonEnabled(true);
    // Open ends until a day is chosen: the earliest date a QDateEdit allows stands for "any".
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(tr("any day"));
        edit->setDate(edit->minimumDate());
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("Who:"), this));
    filters->addWidget(m_login, 1);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AuditLogModel::Changes, QHeaderView::Stretch);
    m_table->setColumnWidth(AuditLogModel::When, 150);
    m_table->setColumnWidth(AuditLogModel::Who, 170);
    m_table->setColumnWidth(AuditLogModel::Action, 120);
    m_table->setColumnWidth(AuditLogModel::Object, 110);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *check = new QPushButton(tr("Check the &chain"), this);
    check->setToolTip(tr("Reads every row and checks that none was changed or removed outside Linli"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(check, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(check, &QPushButton::clicked, this, &AuditLogDialog::checkChain);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1100, 620);

    connect(m_model, &AuditLogModel::loadFailed, m_message, &QLabel::setText);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_login, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    applyFilter();
}

void AuditLogDialog::applyFilter()
{
    AuditLogModel::Filter filter;
    filter.action = m_action->currentData().toString();
    filter.login = m_login->text();
    filter.from = m_from->date() == m_from->minimumDate() ? QDate() : m_from->date();
    filter.to = m_to->date() == m_to->minimumDate() ? QDate() : m_to->date();
    m_message->clear();
    m_model->setFilter(filter);
    if (m_model->canFetchMore())
        m_model->fetchMore();
}

void AuditLogDialog::checkChain()
{
    AuditLog audit(m_session.connection());
    const std::optional<qint64> broken = audit.firstBrokenRow();
    if (!audit.lastError().isEmpty())
        m_message->setText(tr("The audit log could not be read: %1").arg(audit.lastError()));
    else if (broken)
        m_message->setText(tr("The chain of hashes breaks at row %1: the log was changed outside Linli from there on.")
                                   .arg(*broken));
    else
        m_message->setText(tr("The chain of hashes is whole: no row was changed or removed outside Linli."));
}

} // namespace linli
