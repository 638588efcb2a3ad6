#pragma once

#include "csvtable.h"
#include "importproblem.h"
#include "result.h"
#include "sheetmapping.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace linli {

// One sheet import as a worker and the window drive it, whatever the sheet holds (ResidentImport,
// ServiceImport): read the file, map its columns, check every row, write. Long steps report
// progress and look at `cancel` between rows; a cancelled or failed write leaves the database as it was.
class SheetImport
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    virtual ~SheetImport() = default;

    // Decodes and splits the file and maps its columns by their headers; refused when the file
    // cannot be imported at all (a preview is still there when the file has a header).
    virtual Result<void> read(const QByteArray &bytes) = 0;
    // The file's name, kept while the import is written so that one cut off can be told (ImportJournal).
    virtual void setSourceName(const QString &name) = 0;
    virtual const CsvTable &table() const = 0;
    // The sheet's columns the clerk chooses among, by label; and for each column of the file the
    // position in that list of the one it is taken as, -1 for none.
    virtual QStringList columnLabels() const = 0;
    virtual QList<int> columnChoices() const = 0;
    // Refused when a needed column is missing or one is chosen twice.
    virtual Result<void> chooseColumns(const QList<int> &choices) = 0;

    // Checks every row against the rules and the database; afterwards problems() lists every bad row.
    virtual Result<void> check(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr) = 0;
    virtual const QList<ImportProblem> &problems() const = 0;
    virtual qint64 rowCount() const = 0;
    virtual qint64 validRowCount() const = 0;
    qint64 invalidRowCount() const { return rowCount() - validRowCount(); }
    // What the clerk should know before writing, one sentence each (grids or staff to be added,
    // old ID numbers converted).
    virtual QStringList notes() const = 0;

    // Writes the checked rows in one transaction: all of them, or with skipInvalid the valid ones.
    // The number written; nothing is written when not done.
    virtual Result<qint64> write(bool skipInvalid, const Progress &progress = {},
                                 const std::atomic_bool *cancel = nullptr)
            = 0;
};

// The part every sheet import has alike: the file and its mapping to `Sheet`'s columns
// (SheetMapping), the problems found, the file's name for the journal.
template<typename Sheet> class SheetImportOf : public SheetImport
{
public:
    using Mapping = typename SheetMapping<Sheet>::Mapping;

    Result<void> read(const QByteArray &bytes) override { return m_sheet.read(bytes); }
    void setSourceName(const QString &name) override { m_sourceName = name; }
    const CsvTable &table() const override { return m_sheet.table(); }
    const Mapping &mapping() const { return m_sheet.mapping(); }
    // A mapping chosen by the clerk; refused when a needed column is missing or one is chosen twice.
    Result<void> setMapping(const Mapping &mapping) { return m_sheet.setMapping(mapping); }
    QStringList columnLabels() const override { return m_sheet.labels(); }
    QList<int> columnChoices() const override { return m_sheet.choices(); }
    Result<void> chooseColumns(const QList<int> &choices) override { return m_sheet.choose(choices); }
    const QList<ImportProblem> &problems() const override { return m_problems; }
    qint64 rowCount() const override { return m_sheet.rowCount(); }

protected:
    // `needed`: the columns without which a row means nothing.
    explicit SheetImportOf(QList<typename Sheet::Column> needed)
        : m_sheet(std::move(needed))
    {}

    SheetMapping<Sheet> m_sheet;
    QList<ImportProblem> m_problems;
    QString m_sourceName;
};

} // namespace linli
