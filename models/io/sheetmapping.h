#pragma once

#include "csvtable.h"
#include "result.h"
#include "sheetcell.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace linli {

// The words a sheet's columns are refused with, whatever the sheet.
class SheetMappingWords
{
    Q_DECLARE_TR_FUNCTIONS(SheetMapping)

public:
    static Problem missing(const QString &label, const QString &header);
    static Problem takenTwice(const QString &label);
};

// The first step of every sheet import: the file read as a table, and which of the sheet's columns
// each of the file's columns is — by its header, or as the clerk chose — with the cells read by
// column. `Sheet` describes the sheet (ResidentSheet, ServiceSheet): its Column, columns(), header(),
// columnForHeader() and label().
template<typename Sheet> class SheetMapping
{
public:
    using Column = typename Sheet::Column;
    using Mapping = QList<std::optional<Column>>; // one per column of the file

    // The columns without which a row means nothing.
    explicit SheetMapping(QList<Column> needed)
        : m_needed(std::move(needed))
    {}

    // Decodes and splits the file and maps its columns by their headers.
    Result<void> read(const QByteArray &bytes)
    {
        m_table = CsvTable::fromBytes(bytes);
        if (!m_table.isValid())
            return Problem::invalid(m_table.errorString());
        Mapping byHeader;
        for (const QString &header : m_table.header())
            byHeader.append(Sheet::columnForHeader(header));
        return setMapping(byHeader);
    }
    // Refused when a needed column is missing or one is chosen twice.
    Result<void> setMapping(const Mapping &mapping)
    {
        m_mapping = mapping;
        for (const Column needed : m_needed) {
            if (!mapping.contains(needed))
                return SheetMappingWords::missing(Sheet::label(needed), Sheet::header(needed));
        }
        for (const Column column : Sheet::columns()) {
            if (mapping.count(column) > 1)
                return SheetMappingWords::takenTwice(Sheet::label(column));
        }
        return Result<void>::done();
    }

    const CsvTable &table() const { return m_table; }
    const Mapping &mapping() const { return m_mapping; }
    // The sheet's columns by label, and the mapping as positions in that list (-1: not imported),
    // for a window that lets the clerk choose.
    static QStringList labels()
    {
        QStringList all;
        for (const Column column : Sheet::columns())
            all.append(Sheet::label(column));
        return all;
    }
    QList<int> choices() const
    {
        const QList<Column> columns = Sheet::columns();
        QList<int> positions;
        for (const std::optional<Column> &column : m_mapping)
            positions.append(column ? int(columns.indexOf(*column)) : -1);
        return positions;
    }
    Result<void> choose(const QList<int> &positions)
    {
        const QList<Column> columns = Sheet::columns();
        Mapping chosen;
        for (const int position : positions)
            chosen.append(position >= 0 && position < columns.size() ? std::optional(columns.at(position))
                                                                     : std::nullopt);
        return setMapping(chosen);
    }
    qint64 rowCount() const { return m_table.rows().size(); }
    // The cell as a clerk meant it (SheetCell::imported); empty when the file has no such column.
    QString cell(const CsvTable::Row &row, Column column) const
    {
        const qsizetype index = m_mapping.indexOf(column);
        return index < 0 ? QString() : SheetCell::imported(row.fields.value(index));
    }
    // The column's header as the file has it, for the problem report.
    QString headerOf(Column column) const
    {
        const qsizetype index = m_mapping.indexOf(column);
        return index < 0 ? Sheet::header(column) : m_table.header().value(index);
    }

private:
    QList<Column> m_needed;
    CsvTable m_table;
    Mapping m_mapping;
};

} // namespace linli
