#include "sheetcell.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace linli::SheetCell {

QString folded(QStringView text)
{
    QString result = text.trimmed().toString().toCaseFolded();
    while (result.endsWith(u'*') || result.endsWith(u'＊'))
        result.chop(1);
    return result.trimmed();
}

QDate dateFrom(QStringView text)
{
    static const QRegularExpression pattern(u"^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"_s);
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    const QString trimmed = text.trimmed().toString();
    QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        match = compact.match(trimmed);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

namespace {

// Digits a spreadsheet would take for a number and spoil: twelve or more (an ID number, with or
// without its final X, becomes 1.10105E+17 and loses its last digits) or a leading zero (an area
// code loses it).
bool spoiledAsNumber(const QString &value)
{
    const qsizetype digits = value.endsWith(u'X') || value.endsWith(u'x') ? value.size() - 1 : value.size();
    if (digits < 2)
        return false;
    for (qsizetype i = 0; i < digits; ++i) {
        if (!value.at(i).isDigit())
            return false;
    }
    return digits >= 12 || value.front() == u'0';
}

} // namespace

QString exported(const QString &value, bool keepAsText)
{
    if (value.isEmpty())
        return value;
    // A leading tab keeps Excel and WPS from turning an 18-digit number into 1.10105E+17.
    if (keepAsText || spoiledAsNumber(value))
        return u'\t' + value;
    // The apostrophe is the spreadsheet's own "this is text" mark. Values that start with one (or
    // with a tab) get one too, so that the import can always take the first mark off.
    const QChar first = value.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\'' || first == u'\t'
        || first == u'\r')
        return u'\'' + value;
    return value;
}

QString imported(QStringView cell)
{
    if (cell.startsWith(u'\t'))
        return cell.sliced(1).toString();
    if (cell.startsWith(u'\''))
        return cell.sliced(1).toString();
    return cell.toString();
}

std::optional<QString> codeForWord(QStringView text, const Words &words)
{
    const QString word = folded(text);
    for (const auto &[code, names] : words) {
        if (word == code || word == code.toCaseFolded() || names.contains(word, Qt::CaseInsensitive))
            return code;
    }
    return std::nullopt;
}

QString firstWordFor(const QString &code, const Words &words)
{
    for (const auto &[wordCode, names] : words) {
        if (wordCode == code)
            return names.constFirst();
    }
    return code;
}

} // namespace linli::SheetCell
