#include "residentpicker.h"

#include "residenttablemodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr int residentsOffered = 8;
constexpr int ResidentIdRole = Qt::UserRole + 1;
constexpr int ResidentNameRole = Qt::UserRole + 2;

} // namespace

ResidentPicker::ResidentPicker(const DatabaseLocation &location, QWidget *parent)
    : QLineEdit(parent)
    , m_runner(new ResidentSearchRunner(location, this))
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
    , m_searchDelay(new QTimer(this))
{
    setPlaceholderText(tr("Resident: name, pinyin, ID or phone"));
    setClearButtonEnabled(true);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 24);
    // The matches come from the registry's search, already chosen: show them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_completer->popup()->setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 30);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &ResidentPicker::search);
    connect(this, &QLineEdit::textEdited, this, [this] {
        // Typing another name lets go of the resident chosen before.
        if (m_residentId > 0)
            choose(0, QString());
        m_searchDelay->start();
    });
    connect(m_runner, &ResidentSearchRunner::firstPage, this, &ResidentPicker::offer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                choose(index.data(ResidentIdRole).toLongLong(), index.data(ResidentNameRole).toString());
            });
}

void ResidentPicker::setResident(qint64 residentId, const QString &name)
{
    m_residentId = residentId;
    if (residentId > 0 && text() != name)
        setText(name);
}

void ResidentPicker::choose(qint64 residentId, const QString &name)
{
    setResident(residentId, name);
    emit residentChosen(residentId, name);
}

void ResidentPicker::search()
{
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        if (m_residentId > 0)
            choose(0, QString());
        return;
    }
    m_runner->run(ResidentSearchRunner::Request::firstMatches(typed, residentsOffered));
}

void ResidentPicker::offer(const ResidentSearchRunner::Request &request, const QList<ResidentRow> &rows)
{
    Q_UNUSED(request);
    m_matches->clear();
    for (const ResidentRow &row : rows) {
        QString shown = row.name;
        const QString address = ResidentTableModel::addressText(row);
        if (!address.isEmpty())
            shown += u"  "_s + address;
        auto *item = new QStandardItem(shown);
        item->setData(row.id, ResidentIdRole);
        item->setData(row.name, ResidentNameRole);
        m_matches->appendRow(item);
    }
    if (!rows.isEmpty() && hasFocus())
        m_completer->complete();
}

} // namespace linli
