#pragma once

#include "bulkwritesettings.h"
#include "datachanges.h"
#include "importjournal.h"
#include "result.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// What every sheet import does around writing its rows, residents or services: the ApproveImports
// right, all or nothing unless bad rows are to be left out, the journal mark that tells of an import
// cut off, the bulk-write settings and one write transaction announcing what it changes; then the
// IMPORT audit row, the mark's end and the commit. The import writes its rows between begin() and
// commit(); leaving early rolls everything back.
class ImportWrite
{
    Q_DECLARE_TR_FUNCTIONS(ImportWrite)

public:
    struct Rows
    {
        qint64 valid = 0;
        qint64 invalid = 0;
    };

    // Refused when the actor may not import, or when rows have problems and are not to be left out;
    // nothing is begun then.
    static Result<void> allowed(const QSqlDatabase &database, Rows rows, bool skipInvalid);

    // `what`: "residents" or "services", for the journal; `source`: the file's name.
    ImportWrite(const QSqlDatabase &database, const QString &what, const QString &source, Rows rows, DataKinds changes);
    // Failed when the transaction could not begin (another writer, a full disk…).
    Result<void> begun() const;
    // The IMPORT audit row for `objectType`, the mark's end and the commit; the rows written.
    Result<qint64> commit(const QString &objectType);
    // Why writing the rows failed, for write() to return: the storage's own reason when it has one,
    // else `otherwise`; `detail` for the log.
    Problem failure(const QString &otherwise, const QString &detail) const;

private:
    QSqlDatabase m_database;
    Rows m_rows;
    // In this order: the mark is written before the settings and the transaction, and goes after them.
    ImportJournal::Mark m_mark;
    BulkWriteSettings m_settings; // before the transaction: SQLite ignores temp_store inside one
    WriteTransaction m_transaction;
};

} // namespace linli
