#include "cataloguedialog.h"

#include "catalogueeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
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

constexpr int TypeIdRole = Qt::UserRole + 1;

bool chineseNames()
{
    return QLocale().language() == QLocale::Chinese;
}

QString visitKindLabel(const QString &kind)
{
    if (kind == u"elderly"_s)
        return CatalogueDialog::tr("Elderly visit");
    if (kind == u"rehab"_s)
        return CatalogueDialog::tr("Rehabilitation");
    return {};
}

} // namespace

CatalogueDialog::CatalogueDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Service catalogue"));
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels(
            {tr("Code"), tr("Service"), tr("Case deadline (working days)"), tr("Counts as"), tr("State")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CatalogueDialog::showButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (currentType())
            editCurrent();
    });

    auto *add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move &down"), this);
    m_retire = new QPushButton(tr("&Retire"), this);
    m_delete = new QPushButton(tr("De&lete"), this);
    connect(add, &QPushButton::clicked, this, &CatalogueDialog::addType);
    connect(m_edit, &QPushButton::clicked, this, &CatalogueDialog::editCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_retire, &QPushButton::clicked, this, &CatalogueDialog::retireOrRestoreCurrent);
    connect(m_delete, &QPushButton::clicked, this, &CatalogueDialog::deleteCurrent);
    m_retire->setToolTip(tr("A retired type is no longer offered for new entries; the log and the reports keep it."));
    m_delete->setToolTip(tr("Only a type that was never used can be deleted."));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {add, m_edit, m_up, m_down, m_retire, m_delete})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    reload(0);
    resize(900, 640);
}

void CatalogueDialog::reload(qint64 selectId)
{
    m_types = ServiceCatalogue(m_session.connection()).types(true);
    m_tree->clear();
    const bool chinese = chineseNames();
    QTreeWidgetItem *category = nullptr;
    qint64 categoryId = 0;
    QTreeWidgetItem *selected = nullptr;
    for (const ServiceType &type : std::as_const(m_types)) {
        if (!category || type.categoryId != categoryId) {
            categoryId = type.categoryId;
            category = new QTreeWidgetItem(m_tree, {type.categoryCode, chinese ? type.categoryZh : type.categoryEn});
            QFont bold = category->font(1);
            bold.setBold(true);
            category->setFont(1, bold);
            category->setFirstColumnSpanned(false);
        }
        const QString deadline = type.opensCase ? QString::number(type.deadlineWorkdays) : QString();
        auto *item = new QTreeWidgetItem(category,
                                         {type.code, chinese ? type.nameZh : type.nameEn, deadline,
                                          visitKindLabel(type.visitKind), type.retired ? tr("Retired") : QString()});
        item->setData(0, TypeIdRole, type.id);
        item->setToolTip(1, chinese ? type.nameEn : type.nameZh);
        if (type.retired) {
            for (int column = 0; column < m_tree->columnCount(); ++column)
                item->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (type.id == selectId)
            selected = item;
    }
    m_tree->expandAll();
    for (int column : {0, 2, 3, 4})
        m_tree->resizeColumnToContents(column);
    m_tree->setCurrentItem(selected ? selected : m_tree->topLevelItem(0));
    showButtons();
}

std::optional<ServiceType> CatalogueDialog::currentType() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const qint64 id = item ? item->data(0, TypeIdRole).toLongLong() : 0;
    for (const ServiceType &type : m_types) {
        if (id > 0 && type.id == id)
            return type;
    }
    return std::nullopt;
}

void CatalogueDialog::selectType(qint64 typeId)
{
    reload(typeId);
}

void CatalogueDialog::showButtons()
{
    const std::optional<ServiceType> type = currentType();
    for (QPushButton *button : {m_edit, m_up, m_down, m_retire, m_delete})
        button->setEnabled(type.has_value());
    m_retire->setText(type && type->retired ? tr("&Restore") : tr("&Retire"));
}

bool CatalogueDialog::done(const QString &message, qint64 selectId)
{
    if (!message.isEmpty()) {
        QMessageBox::warning(this, tr("Service catalogue"), message);
        return false;
    }
    reload(selectId);
    return true;
}

void CatalogueDialog::moveCurrent(int direction)
{
    if (const std::optional<ServiceType> type = currentType()) {
        done(CatalogueEditor(m_session.connection()).move(type->id, direction).message(), type->id);
    }
}

void CatalogueDialog::retireOrRestoreCurrent()
{
    if (const std::optional<ServiceType> type = currentType()) {
        done(CatalogueEditor(m_session.connection()).setRetired(type->id, !type->retired).message(), type->id);
    }
}

void CatalogueDialog::deleteCurrent()
{
    const std::optional<ServiceType> type = currentType();
    if (!type)
        return;
    const QString name = chineseNames() ? type->nameZh : type->nameEn;
    if (QMessageBox::question(this, tr("Service catalogue"),
                              tr("Delete %1 %2 from the catalogue?").arg(type->code, name))
        != QMessageBox::Yes)
        return;
    done(CatalogueEditor(m_session.connection()).remove(type->id).message(), 0);
}

void CatalogueDialog::addType()
{
    ServiceType draft;
    if (const std::optional<ServiceType> current = currentType())
        draft.categoryId = current->categoryId;
    ServiceTypeDialog dialog(m_types, draft, this);
    dialog.setWindowTitle(tr("New service type"));
    while (dialog.exec() == QDialog::Accepted) {
        const Result<qint64> added = CatalogueEditor(m_session.connection()).add(dialog.type());
        if (done(added.message(), added.valueOr(0)))
            return;
    }
}

void CatalogueDialog::editCurrent()
{
    const std::optional<ServiceType> type = currentType();
    if (!type)
        return;
    ServiceTypeDialog dialog(m_types, *type, this);
    dialog.setWindowTitle(tr("Service type %1").arg(type->code));
    while (dialog.exec() == QDialog::Accepted) {
        if (done(CatalogueEditor(m_session.connection()).change(dialog.type()).message(), type->id))
            return;
    }
}

ServiceTypeDialog::ServiceTypeDialog(const QList<ServiceType> &catalogue, const ServiceType &type, QWidget *parent)
    : FormDialog(parent)
    , m_type(type)
{
    auto *form = new QFormLayout;
    m_code = new QLineEdit(type.code, this);
    m_code->setPlaceholderText(tr("e.g. LG09"));
    m_code->setMaxLength(5);
    m_code->setEnabled(type.id == 0); // the code of an existing type stays
    m_category = new QComboBox(this);
    const bool chinese = chineseNames();
    for (const ServiceType &each : catalogue) {
        if (m_category->findData(each.categoryId) < 0)
            m_category->addItem(chinese ? each.categoryZh : each.categoryEn, each.categoryId);
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(type.categoryId)));
    m_nameZh = new QLineEdit(type.nameZh, this);
    m_nameEn = new QLineEdit(type.nameEn, this);
    m_opensCase = new QCheckBox(tr("Opens a follow-up case (complaint, mediation, application…)"), this);
    m_opensCase->setChecked(type.opensCase);
    m_deadline = new QSpinBox(this);
    m_deadline->setRange(1, CatalogueEditor::longestDeadline);
    m_deadline->setValue(type.deadlineWorkdays > 0 ? type.deadlineWorkdays : 10);
    m_deadline->setSuffix(tr(" working days"));
    m_deadline->setEnabled(type.opensCase);
    connect(m_opensCase, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    m_visitKind = new QComboBox(this);
    m_visitKind->addItem(tr("A service"), QString());
    m_visitKind->addItem(tr("An elderly visit"), u"elderly"_s);
    m_visitKind->addItem(tr("A rehabilitation session"), u"rehab"_s);
    m_visitKind->setCurrentIndex(qMax(0, m_visitKind->findData(type.visitKind)));
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Chinese name:"), m_nameZh);
    form->addRow(tr("English name:"), m_nameEn);
    form->addRow(QString(), m_opensCase);
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(tr("Counts as:"), m_visitKind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

ServiceType ServiceTypeDialog::type() const
{
    ServiceType type = m_type;
    type.code = m_code->text().trimmed().toUpper();
    type.categoryId = m_category->currentData().toLongLong();
    type.nameZh = m_nameZh->text();
    type.nameEn = m_nameEn->text();
    type.opensCase = m_opensCase->isChecked();
    type.deadlineWorkdays = type.opensCase ? m_deadline->value() : 0;
    type.visitKind = m_visitKind->currentData().toString();
    return type;
}

} // namespace linli
