#include "accountsdialog.h"

#include "accesspolicy.h"
#include "centerstore.h"
#include "formdialog.h"
#include "staffstore.h"
#include "userstore.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr Role roles[] = {Role::Clerk, Role::Manager, Role::Admin};

// A new account (login, name, role and its first password) or only a new password for one.
class AccountForm : public FormDialog
{
    Q_DECLARE_TR_FUNCTIONS(AccountForm)

public:
    enum class Purpose { NewAccount, NewPassword };

    // `centers`: the centers an account may be given (none: the database holds one), the first
    // chosen; id 0 is the whole district.
    AccountForm(Purpose purpose, const QString &title, const QList<Center> &centers, QWidget *parent)
        : FormDialog(parent)
    {
        setWindowTitle(title);
        auto *form = new QFormLayout;
        auto line = [this](const QString &name, bool secret) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(name);
            if (secret)
                edit->setEchoMode(QLineEdit::Password);
            edit->setMinimumWidth(260);
            return edit;
        };
        m_login = line(u"login"_s, false);
        m_name = line(u"name"_s, false);
        m_role = new QComboBox(this);
        m_role->setObjectName(u"role"_s);
        for (const Role role : roles)
            m_role->addItem(AccessPolicy::roleName(role), AccessPolicy::key(role));
        m_center = new QComboBox(this);
        m_center->setObjectName(u"center"_s);
        for (const Center &center : centers)
            m_center->addItem(center.name, center.id);
        m_password = line(u"password"_s, true);
        m_repeat = line(u"repeat"_s, true);
        if (purpose == Purpose::NewAccount) {
            form->addRow(tr("&Login:"), m_login);
            form->addRow(tr("&Name:"), m_name);
            form->addRow(tr("&Role:"), m_role);
            if (!centers.isEmpty())
                form->addRow(tr("&Center:"), m_center);
        }
        for (QWidget *field : {static_cast<QWidget *>(m_login), static_cast<QWidget *>(m_name),
                               static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_center)})
            field->setVisible(form->indexOf(field) >= 0);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("Password a&gain:"), m_repeat);
        auto *hint = new QLabel(tr("At least %1 characters of two kinds; the person chooses their own at the first "
                                   "sign-in.")
                                        .arg(UserStore::shortestPassword),
                                this);
        hint->setWordWrap(true);
        m_message = new QLabel(this);
        m_message->setObjectName(u"message"_s);
        m_message->setWordWrap(true);
        m_message->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
        m_message->hide();
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &AccountForm::saveForm);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(hint);
        layout->addWidget(m_message);
        layout->addWidget(buttons);
    }

    QString login() const { return m_login->text().trimmed(); }
    QString name() const { return m_name->text().trimmed(); }
    Role role() const { return *AccessPolicy::roleFromKey(m_role->currentData().toString()); }
    qint64 centerId() const { return m_center->currentData().toLongLong(); }
    QString password() const { return m_password->text(); }

protected:
    void saveForm() override
    {
        if (m_password->text() != m_repeat->text()) {
            m_message->setText(tr("The two passwords differ."));
            m_message->show();
            return;
        }
        accept();
    }

private:
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_center;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
};

} // namespace

AccountsDialog::AccountsDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Accounts"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
            {tr("Login"), tr("Name"), tr("Role"), tr("Center"), tr("Staff member"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::selectionChanged);

    auto *add = new QPushButton(tr("&Add…"), this);
    m_password = new QPushButton(tr("New &password…"), this);
    m_role = new QPushButton(tr("&Role…"), this);
    m_center = new QPushButton(tr("C&enter…"), this);
    m_staff = new QPushButton(tr("&Staff member…"), this);
    m_disable = new QPushButton(tr("&Disable"), this);
    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_password, &QPushButton::clicked, this, &AccountsDialog::setNewPassword);
    connect(m_role, &QPushButton::clicked, this, &AccountsDialog::changeRole);
    connect(m_center, &QPushButton::clicked, this, &AccountsDialog::changeCenter);
    connect(m_staff, &QPushButton::clicked, this, &AccountsDialog::changeStaff);
    connect(m_disable, &QPushButton::clicked, this, &AccountsDialog::toggleDisabled);
    auto *actions = new QVBoxLayout;
    for (QPushButton *button : {add, m_password, m_role, m_center, m_staff, m_disable}) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(actions);

    m_message = new OutcomeLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 420);
    reload();
}

void AccountsDialog::reload()
{
    const QString selected = selectedLogin();
    const QList<UserAccount> accounts = UserStore(m_session.connection()).all();
    // One center: nothing to choose, nothing to show.
    const bool severalCenters = CenterStore(m_session.connection()).all().size() > 1;
    m_table->setColumnHidden(CenterColumn, !severalCenters);
    // Accounts move between centers by the district's administrator only.
    m_center->setVisible(severalCenters && m_session.actor().centerId == 0);
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<qint64, QString> staffNames;
    for (const StaffMember &member : StaffStore(m_session.connection()).active())
        staffNames.insert(member.id, member.name);
    m_table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const UserAccount &account = accounts.at(row);
        QStringList state;
        if (account.disabled)
            state << tr("disabled");
        if (account.lockedUntil.isValid() && account.lockedUntil > now)
            state << tr("locked until %1")
                             .arg(locale.toString(account.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        if (account.mustChangePassword)
            state << tr("new password at the next sign-in");
        const QStringList cells = {account.login,
                                   account.displayName,
                                   AccessPolicy::roleName(account.role),
                                   centerName(account.centerId),
                                   account.staffId > 0 ? staffNames.value(account.staffId, tr("(left)")) : QString(),
                                   state.join(tr(", "))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, account.login);
            item->setData(Qt::UserRole + 1, account.disabled);
            m_table->setItem(row, column, item);
        }
        if (account.login == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    // Room for longer names and logins than the first ones.
    for (int column = LoginColumn; column < StateColumn; ++column)
        m_table->setColumnWidth(column, qMax(m_table->columnWidth(column), fontMetrics().averageCharWidth() * 16));
    selectionChanged();
}

QString AccountsDialog::selectedLogin() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

std::optional<UserAccount> AccountsDialog::selectedAccount() const
{
    const QString login = selectedLogin();
    return login.isEmpty() ? std::nullopt : UserStore(m_session.connection()).byLogin(login);
}

void AccountsDialog::selectionChanged()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    const bool chosen = !items.isEmpty();
    for (QPushButton *button : {m_password, m_role, m_center, m_staff, m_disable})
        button->setEnabled(chosen);
    m_disable->setText(chosen && items.first()->data(Qt::UserRole + 1).toBool() ? tr("&Enable") : tr("&Disable"));
}

void AccountsDialog::report(bool ok, const QString &done, const QString &problem)
{
    m_message->say(ok, done, problem);
    if (ok)
        reload();
}

QString AccountsDialog::centerName(qint64 centerId) const
{
    const std::optional<Center> center
            = centerId > 0 ? CenterStore(m_session.connection()).byId(centerId) : std::nullopt;
    return center ? center->name : tr("whole district");
}

void AccountsDialog::addAccount()
{
    // An administrator of one center adds accounts of that center; the district's, of any or none.
    QList<Center> centers = CenterStore(m_session.connection()).all();
    const qint64 own = m_session.actor().centerId;
    if (centers.size() <= 1)
        centers.clear();
    else if (own > 0)
        centers.removeIf([own](const Center &center) { return center.id != own; });
    else
        centers.append({0, QString(), tr("whole district (not for clerks)")});
    AccountForm form(AccountForm::Purpose::NewAccount, tr("New account"), centers, this);
    if (form.exec() != QDialog::Accepted)
        return;
    // A password set by someone else is replaced at the first sign-in.
    const Result<qint64> added
            = UserStore(m_session.connection())
                      .add(form.login(), form.name(), form.role(), form.password(), true, form.centerId());
    report(added.isDone(), tr("Account %1 added as %2.").arg(form.login(), AccessPolicy::roleName(form.role())),
           added.message());
}

void AccountsDialog::setNewPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    AccountForm form(AccountForm::Purpose::NewPassword, tr("New password for %1").arg(login), {}, this);
    if (form.exec() != QDialog::Accepted)
        return;
    const Result<void> reset = UserStore(m_session.connection()).resetPassword(login, form.password());
    report(reset.isDone(),
           tr("New password set for %1; any lock is lifted, and %1 chooses their own at the next sign-in.").arg(login),
           reset.message());
}

void AccountsDialog::changeRole()
{
    const std::optional<UserAccount> account = selectedAccount();
    if (!account)
        return;
    const QString login = account->login;
    QStringList names;
    for (const Role role : roles)
        names << AccessPolicy::roleName(role);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Role"), tr("Role of %1:").arg(login), names,
                                                 int(names.indexOf(AccessPolicy::roleName(account->role))), false, &ok);
    if (!ok)
        return;
    const Result<void> changed = UserStore(m_session.connection()).setRole(login, roles[names.indexOf(chosen)]);
    report(changed.isDone(), tr("%1 is now %2.").arg(login, chosen), changed.message());
}

void AccountsDialog::changeCenter()
{
    const std::optional<UserAccount> account = selectedAccount();
    if (!account)
        return;
    QList<Center> centers = CenterStore(m_session.connection()).all();
    centers.append({0, QString(), tr("whole district (not for clerks)")});
    QStringList names;
    for (const Center &center : std::as_const(centers))
        names << center.name;
    const auto current = std::find_if(centers.cbegin(), centers.cend(),
                                      [&account](const Center &center) { return center.id == account->centerId; });
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Center"), tr("Whose residents %1 sees:").arg(account->login),
                                                 names, int(current - centers.cbegin()), false, &ok);
    if (!ok)
        return;
    const qint64 centerId = centers.at(names.indexOf(chosen)).id;
    const Result<void> changed = UserStore(m_session.connection()).setCenter(account->login, centerId);
    report(changed.isDone(), tr("%1 now sees the residents of %2.").arg(account->login, centerName(centerId)),
           changed.message());
}

void AccountsDialog::changeStaff()
{
    const std::optional<UserAccount> account = selectedAccount();
    if (!account)
        return;
    const QList<StaffMember> staff = StaffStore(m_session.connection()).active();
    QStringList names = {tr("(nobody)")};
    int current = 0;
    for (const StaffMember &member : staff) {
        if (member.id == account->staffId)
            current = int(names.size());
        names << member.name;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
            this, tr("Staff member"),
            tr("Who signs in as %1? For nobody, each computer keeps the handler last chosen in the quick log.")
                    .arg(account->login),
            names, current, false, &ok);
    if (!ok)
        return;
    const qsizetype index = names.indexOf(chosen);
    const qint64 staffId = index > 0 ? staff.at(index - 1).id : 0;
    const Result<void> changed = UserStore(m_session.connection()).setStaff(account->login, staffId);
    report(changed.isDone(),
           staffId > 0 ? tr("%1 signs in as %2.").arg(chosen, account->login)
                       : tr("%1 belongs to no staff member.").arg(account->login),
           changed.message());
}

void AccountsDialog::toggleDisabled()
{
    const std::optional<UserAccount> account = selectedAccount();
    if (!account)
        return;
    const QString login = account->login;
    const bool disable = !account->disabled;
    const Result<void> changed = UserStore(m_session.connection()).setDisabled(login, disable);
    report(changed.isDone(),
           disable ? tr("Account %1 disabled: nobody signs in with it.").arg(login)
                   : tr("Account %1 enabled again.").arg(login),
           changed.message());
}

} // namespace linli
