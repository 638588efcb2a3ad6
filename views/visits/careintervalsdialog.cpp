#include "careintervalsdialog.h"

#include "careschedule.h"
#include "residenttag.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

CareIntervalsDialog::CareIntervalsDialog(const Session &session, QWidget *parent)
    : FormDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Contact intervals"));
    const CareSchedule::Intervals intervals
            = CareSchedule(session.connection()).intervals().value_or(CareSchedule::Intervals());
    const auto spin = [this](int value) {
        auto *box = new QSpinBox(this);
        box->setRange(1, 365);
        box->setPrefix(tr("every "));
        box->setSuffix(tr(" days"));
        box->setValue(value);
        return box;
    };
    m_livingAlone = spin(intervals.livingAlone);
    m_disabled = spin(intervals.disabled);
    m_keyCare = spin(intervals.keyCare);
    auto *form = new QFormLayout;
    for (const auto &[tag, box] : {std::pair{u"living_alone"_s, m_livingAlone}, std::pair{u"disabled"_s, m_disabled},
                                   std::pair{u"key_care"_s, m_keyCare}})
        form->addRow(tr("%1:", "a form label").arg(ResidentTag::label(tag)), box);
    auto *hint = new QLabel(tr("A resident with several of these tags is due after the shortest. Saving works out "
                               "again who is due for contact."),
                            this);
    hint->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CareIntervalsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

bool CareIntervalsDialog::save()
{
    const Result<void> saved = CareSchedule(m_session.connection())
                                       .setIntervals({m_livingAlone->value(), m_disabled->value(), m_keyCare->value()});
    if (!saved.isDone()) {
        m_message->setText(saved.message());
        m_message->show();
        return false;
    }
    accept();
    return true;
}

} // namespace linli
