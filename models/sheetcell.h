#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace linli {

// The cells of sheets that Chinese offices exchange with Excel and WPS, whatever they hold
// (residents, services): headers, dates, and text kept safe from the spreadsheet's reading.
namespace SheetCell {

// A header or a word as compared: trimmed, case folded, without a trailing "*" (required column).
QString folded(QStringView text);
// 1990-05-17, 1990/5/17, 1990.5.17, 19900517, 1990年5月17日; an invalid date when not understood.
QDate dateFrom(QStringView text);
// A cell as written: text that a spreadsheet would run as a formula (= + - @) or read as a
// number (ID numbers, phones) is marked so that it stays text.
QString exported(const QString &value, bool keepAsText = false);
// The value back from such a cell.
QString imported(QStringView cell);

} // namespace SheetCell

} // namespace linli
