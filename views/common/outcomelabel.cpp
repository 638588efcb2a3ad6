#include "outcomelabel.h"

using namespace Qt::StringLiterals;

namespace linli {

OutcomeLabel::OutcomeLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

void OutcomeLabel::say(bool ok, const QString &done, const QString &problem)
{
    setText(ok ? done : problem);
    setStyleSheet(ok ? QString() : u"QLabel { color: #b3261e; }"_s);
    show();
}

} // namespace linli
