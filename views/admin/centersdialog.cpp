#include "centersdialog.h"

#include "centerstore.h"
#include "formdialog.h"
#include "gridstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// A new center's code and name.
class NewCenterForm : public FormDialog
{
    Q_DECLARE_TR_FUNCTIONS(NewCenterForm)

public:
    explicit NewCenterForm(QWidget *parent)
        : FormDialog(parent)
    {
        setWindowTitle(tr("New center"));
        m_code = new QLineEdit(this);
        m_code->setObjectName(u"code"_s);
        m_code->setPlaceholderText(tr("e.g. C02"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(u"name"_s);
        m_name->setMinimumWidth(280);
        auto *form = new QFormLayout;
        form->addRow(tr("&Code:"), m_code);
        form->addRow(tr("&Name:"), m_name);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(buttons);
    }

    QString code() const { return m_code->text(); }
    QString name() const { return m_name->text(); }

protected:
    void saveForm() override { accept(); }

private:
    QLineEdit *m_code;
    QLineEdit *m_name;
};

QTableWidget *newTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    // The name takes the room; codes, counts and centers their own width.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return table;
}

void fillRow(QTableWidget *table, int row, qint64 id, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, id);
        table->setItem(row, column, item);
    }
}

} // namespace

CentersDialog::CentersDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Centers and grids"));
    m_centers = newTable(CenterColumnCount, {tr("Code"), tr("Name"), tr("Grids")}, this);
    m_grids = newTable(GridColumnCount, {tr("Code"), tr("Grid"), tr("Center")}, this);
    connect(m_centers, &QTableWidget::itemSelectionChanged, this, &CentersDialog::selectionChanged);
    connect(m_grids, &QTableWidget::itemSelectionChanged, this, &CentersDialog::selectionChanged);

    auto *add = new QPushButton(tr("&Add center…"), this);
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_move = new QPushButton(tr("&Move to center…"), this);
    connect(add, &QPushButton::clicked, this, &CentersDialog::addCenter);
    connect(m_rename, &QPushButton::clicked, this, &CentersDialog::renameCenter);
    connect(m_move, &QPushButton::clicked, this, &CentersDialog::moveGrid);
    // One width for all buttons, so that both tables line up.
    int buttonWidth = 0;
    for (QPushButton *button : {add, m_rename, m_move}) {
        button->setAutoDefault(false);
        buttonWidth = qMax(buttonWidth, button->sizeHint().width());
    }
    for (QPushButton *button : {add, m_rename, m_move})
        button->setMinimumWidth(buttonWidth);

    auto *centerButtons = new QVBoxLayout;
    centerButtons->addWidget(add);
    centerButtons->addWidget(m_rename);
    centerButtons->addStretch(1);
    auto *centerRow = new QHBoxLayout;
    centerRow->addWidget(m_centers, 1);
    centerRow->addLayout(centerButtons);
    auto *gridButtons = new QVBoxLayout;
    gridButtons->addWidget(m_move);
    gridButtons->addStretch(1);
    auto *gridRow = new QHBoxLayout;
    gridRow->addWidget(m_grids, 1);
    gridRow->addLayout(gridButtons);

    auto *hint = new QLabel(tr("An account of a center sees the residents of its grids, and everything recorded about "
                               "them, alone. A grid moved to another center takes its residents and their records "
                               "along."),
                            this);
    hint->setWordWrap(true);
    m_message = new OutcomeLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Centers"), this));
    layout->addLayout(centerRow, 2);
    layout->addWidget(new QLabel(tr("Grids"), this));
    layout->addLayout(gridRow, 3);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 560);
    reload();
}

void CentersDialog::reload()
{
    const qint64 centerChosen = selectedId(m_centers);
    const qint64 gridChosen = selectedId(m_grids);
    const QList<Center> centers = CenterStore(m_session.connection()).all();
    const QList<Grid> grids = GridStore(m_session.connection()).everyCenter();
    QHash<qint64, int> gridCount;
    QHash<qint64, QString> centerName;
    for (const Grid &grid : grids)
        ++gridCount[grid.centerId];
    m_centers->setRowCount(int(centers.size()));
    for (int row = 0; row < centers.size(); ++row) {
        const Center &center = centers.at(row);
        centerName.insert(center.id, center.name);
        fillRow(m_centers, row, center.id, {center.code, center.name, QString::number(gridCount.value(center.id))});
        m_centers->item(row, GridsColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (center.id == centerChosen)
            m_centers->selectRow(row);
    }
    m_grids->setRowCount(int(grids.size()));
    for (int row = 0; row < grids.size(); ++row) {
        const Grid &grid = grids.at(row);
        fillRow(m_grids, row, grid.id, {grid.code, grid.name, centerName.value(grid.centerId)});
        if (grid.id == gridChosen)
            m_grids->selectRow(row);
    }
    selectionChanged();
}

qint64 CentersDialog::selectedId(QTableWidget *table) const
{
    const QList<QTableWidgetItem *> items = table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void CentersDialog::selectionChanged()
{
    m_rename->setEnabled(selectedId(m_centers) > 0);
    m_move->setEnabled(selectedId(m_grids) > 0);
}

void CentersDialog::report(bool ok, const QString &done, const QString &problem)
{
    m_message->say(ok, done, problem);
    if (ok)
        reload();
}

void CentersDialog::addCenter()
{
    NewCenterForm form(this);
    if (form.exec() != QDialog::Accepted)
        return;
    const Result<qint64> added = CenterStore(m_session.connection()).add(form.code(), form.name());
    report(added.isDone(), tr("Center %1 added.").arg(form.name().simplified()), added.message());
}

void CentersDialog::renameCenter()
{
    CenterStore store(m_session.connection());
    const std::optional<Center> center = store.byId(selectedId(m_centers));
    if (!center)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename center"), tr("New name of %1:").arg(center->name),
                                               QLineEdit::Normal, center->name, &ok);
    if (!ok)
        return;
    const Result<void> renamed = store.rename(center->id, name);
    report(renamed.isDone(), tr("Center %1 is now called %2.").arg(center->code, name.simplified()), renamed.message());
}

void CentersDialog::moveGrid()
{
    const qint64 gridId = selectedId(m_grids);
    const QList<Center> centers = CenterStore(m_session.connection()).all();
    const QList<QTableWidgetItem *> items = m_grids->selectedItems();
    if (gridId == 0 || items.isEmpty())
        return;
    const QString gridName = m_grids->item(items.first()->row(), GridNameColumn)->text();
    const QString current = m_grids->item(items.first()->row(), GridCenterColumn)->text();
    QStringList names;
    for (const Center &center : centers)
        names.append(center.name);
    bool ok = false;
    const QString chosen
            = QInputDialog::getItem(this, tr("Move grid"),
                                    tr("Center of %1 (its residents and their records move along):").arg(gridName),
                                    names, int(qMax(0, names.indexOf(current))), false, &ok);
    if (!ok)
        return;
    const Center &target = centers.at(names.indexOf(chosen));
    const Result<void> moved = CenterStore(m_session.connection()).moveGrid(gridId, target.id);
    report(moved.isDone(), tr("Grid %1 now belongs to %2.").arg(gridName, target.name), moved.message());
}

} // namespace linli
