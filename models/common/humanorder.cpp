#include "humanorder.h"

#include <QCollator>
#include <QLocale>

namespace linli {

bool HumanOrder::less(const QString &left, const QString &right)
{
    // A collator is not to be shared between threads; each thread builds its own once.
    thread_local const QCollator collator = [] {
        QCollator chinese(QLocale(QLocale::Chinese, QLocale::China));
        chinese.setNumericMode(true);
        chinese.setCaseSensitivity(Qt::CaseInsensitive);
        return chinese;
    }();
    return collator.compare(left, right) < 0;
}

} // namespace linli
