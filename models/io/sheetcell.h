#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>

namespace linli {

// The cells of sheets that Chinese offices exchange with Excel and WPS, whatever they hold
// (residents, services): headers, dates, and text kept safe from the spreadsheet's reading.
namespace SheetCell {

// A header or a word as compared: trimmed, case folded, without a trailing "*" (required column).
QString folded(QStringView text);
// 1990-05-17, 1990/5/17, 1990.5.17, 19900517, 1990年5月17日; an invalid date when not understood.
QDate dateFrom(QStringView text);
// A cell as written: text that a spreadsheet would run as a formula (= + - @) or read as a
// number and spoil (ID numbers, long digit strings, digits with a leading zero; with keepAsText,
// any value, such as phones) is marked so that it stays text; imported() takes the mark off.
QString exported(const QString &value, bool keepAsText = false);
// The value back from such a cell.
QString imported(QStringView cell);

// The words a sheet may use for a stored code ("moved_out": 迁出, 已迁出…); the first is written.
using Words = QList<std::pair<QString, QStringList>>;
// The code a cell's word stands for (the code itself, or any of its words, in any case).
std::optional<QString> codeForWord(QStringView text, const Words &words);
QString firstWordFor(const QString &code, const Words &words);

// The columns of one kind of sheet and the headers that name each; the first header is written.
template<typename Column> class Columns
{
public:
    struct Names
    {
        Column column;
        QStringList headers;
    };

    explicit Columns(QList<Names> names)
        : m_names(std::move(names))
    {}

    QList<Column> all() const
    {
        QList<Column> columns;
        for (const Names &names : m_names)
            columns.append(names.column);
        return columns;
    }

    QString header(Column column) const
    {
        for (const Names &names : m_names) {
            if (names.column == column)
                return names.headers.constFirst();
        }
        return {};
    }

    // The column a header names, whatever its language, case, spacing or a trailing "*".
    std::optional<Column> columnFor(QStringView header) const
    {
        const QString word = folded(header);
        for (const Names &names : m_names) {
            if (names.headers.contains(word, Qt::CaseInsensitive))
                return names.column;
        }
        return std::nullopt;
    }

private:
    QList<Names> m_names;
};

} // namespace SheetCell

} // namespace linli
