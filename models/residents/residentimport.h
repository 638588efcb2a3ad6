#pragma once

#include "csvtable.h"
#include "gridstore.h"
#include "importproblem.h"
#include "residentdraft.h"
#include "residentsheet.h"
#include "result.h"
#include "sheetimport.h"
#include "sheetmapping.h"

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
class ResidentImport : public SheetImportOf<ResidentSheet>
{
    Q_DECLARE_TR_FUNCTIONS(ResidentImport)

public:
    explicit ResidentImport(const QSqlDatabase &database);

    // Checks every row against the rules and the database; fails on a database error or when
    // cancelled. Afterwards problems() lists every bad row.
    Result<void> check(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr) override;
    qint64 validRowCount() const override { return m_valid.size(); }
    // The grids the rows name that do not exist yet and will be created.
    QStringList newGrids() const { return m_newGrids; }
    // Rows whose old 15-digit ID number was converted to 18 digits: worth checking against the cards.
    QList<int> convertedIdRows() const { return m_convertedIdRows; }
    // The new grids and the converted ID numbers, as the clerk is told before writing.
    QStringList notes() const override;

    // Writes the checked rows in one transaction: all of them, or with skipInvalid the valid ones.
    // The number of residents written; nothing is written when not done.
    Result<qint64> write(bool skipInvalid, const Progress &progress = {},
                         const std::atomic_bool *cancel = nullptr) override;

private:
    void checkRow(const CsvTable::Row &row, QSqlQuery &findIdNumber);

    QSqlDatabase m_database;
    QList<ResidentDraft> m_valid;
    QStringList m_newGrids;
    QList<int> m_convertedIdRows;
    QHash<QString, int> m_rowOfIdNumber;
    QList<Grid> m_grids;             // the actor's center's (CenterScope)
    QList<Grid> m_everyCentersGrids; // a name of one of these is no new grid
    QDate m_today = QDate::currentDate();
};

} // namespace linli
