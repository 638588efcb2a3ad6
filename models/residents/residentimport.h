#pragma once

#include "csvtable.h"
#include "gridstore.h"
#include "importproblem.h"
#include "residentdraft.h"
#include "residentsheet.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;
class QSqlQuery;

namespace linli {

// Brings a residents sheet (CSV) into the database: read, then check every row, then write. By
// default all or nothing: one bad row and nothing is written. Problems name the row as the
// spreadsheet numbers it and say what is wrong in plain words. Long steps report progress and can
// be cancelled; a cancelled or failed write leaves the database as it was. Runs on the thread
// owning the connection (a worker's own connection in the window).
class ResidentImport
{
    Q_DECLARE_TR_FUNCTIONS(ResidentImport)

public:
    using Problem = ImportProblem;
    enum class Outcome { Imported, Refused, Cancelled, Failed };
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using Mapping = QList<std::optional<ResidentSheet::Column>>; // one per column of the file

    explicit ResidentImport(const QSqlDatabase &database);

    // Decodes and splits the file and maps its columns by their headers; false when the file
    // cannot be imported at all (errorString() says why).
    bool read(const QByteArray &bytes);
    // The file's name, kept while the import is written so that one cut off can be told (ImportJournal).
    void setSourceName(const QString &name) { m_sourceName = name; }
    const CsvTable &table() const { return m_table; }
    const Mapping &mapping() const { return m_mapping; }
    // A mapping chosen by the clerk; false (and errorString()) when a needed column is missing or
    // one is chosen twice.
    bool setMapping(const Mapping &mapping);

    // Checks every row against the rules and the database; false on a database error or when
    // cancelled. Afterwards problems() lists every bad row.
    bool check(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    const QList<Problem> &problems() const { return m_problems; }
    qint64 rowCount() const { return m_table.rows().size(); }
    qint64 validRowCount() const { return m_valid.size(); }
    qint64 invalidRowCount() const { return rowCount() - validRowCount(); }
    // The grids the rows name that do not exist yet and will be created.
    QStringList newGrids() const { return m_newGrids; }
    // Rows whose old 15-digit ID number was converted to 18 digits: worth checking against the cards.
    QList<int> convertedIdRows() const { return m_convertedIdRows; }

    // Writes the checked rows in one transaction: all of them, or with skipInvalid the valid ones.
    Outcome write(bool skipInvalid, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    qint64 writtenCount() const { return m_written; }
    QString errorString() const { return m_errorString; }

private:
    bool validateMapping(const Mapping &mapping);
    void checkRow(const CsvTable::Row &row, QSqlQuery &findIdNumber);
    QString cell(const CsvTable::Row &row, ResidentSheet::Column column) const;
    QString headerOf(ResidentSheet::Column column) const;

    QSqlDatabase m_database;
    CsvTable m_table;
    Mapping m_mapping;
    QList<Problem> m_problems;
    QList<ResidentDraft> m_valid;
    QStringList m_newGrids;
    QList<int> m_convertedIdRows;
    QHash<QString, int> m_rowOfIdNumber;
    QList<Grid> m_grids;             // the actor's center's (CenterScope)
    QList<Grid> m_everyCentersGrids; // a name of one of these is no new grid
    QDate m_today = QDate::currentDate();
    qint64 m_written = 0;
    QString m_errorString;
    QString m_sourceName;
};

} // namespace linli
