#include "helpdialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace linli {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Where things are"));
    m_text->setHtml(guide());
    m_text->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString HelpDialog::guide()
{
    // Each line a sentence of its own, so that a translation keeps the keys beside their words.
    const QList<std::pair<QString, QStringList>> sections
            = {{tr("Every day"),
                {tr("<b>Ctrl+L</b> logs a service from anywhere; Enter saves it and clears the form for the next one."),
                 tr("<b>Ctrl+F</b> or <b>F3</b> goes back to the search box: a name, pinyin or initials (zs), the "
                    "last digits of an ID number or phone, an address (3-2-301), or a name with digits (zxh 0769)."),
                 tr("On the Residents page, <b>Ctrl+N</b> registers a resident; Enter on a row opens one."),
                 tr("<b>Ctrl+1</b> to <b>Ctrl+5</b> open the pages: Residents, Services, Cases, Visits, Reports.")}},
               {tr("Mending what was logged wrongly"),
                {tr("On the Services page, Enter or a double-click opens a record: correct it and save, or void it "
                    "with a reason. A clerk mends the records they logged today; a manager any record."),
                 tr("Every correction and void is kept with the record and in the audit log; a voided record counts "
                    "nowhere.")}},
               {tr("Cases and visits"),
                {tr("The Cases page lists the open cases, overdue first; Enter opens one to take its next step."),
                 tr("The Visits page lists those not contacted in time: a phone check asks whether they were "
                    "reached, and a slip can be undone there. The agenda plans visits and prints the day sheet.")}},
               {tr("Forms"),
                {tr("Esc or Cancel on a form with changes asks first: Save, Discard or Go back."),
                 tr("The window locks itself when left idle; your password opens it again, with everything kept.")}},
               {tr("More"),
                {tr("File → Sign out lets the next person sign in; File → Change my password… changes yours."),
                 tr("Your administrator has the manuals that tell the rest: services and cases, visits, accounts, "
                    "data safety.")}}};
    QString html;
    for (const auto &[title, lines] : sections) {
        html += u"<h3>%1</h3><ul>"_s.arg(title.toHtmlEscaped());
        for (const QString &line : lines)
            html += u"<li>%1</li>"_s.arg(line);
        html += u"</ul>"_s;
    }
    return html;
}

} // namespace linli
