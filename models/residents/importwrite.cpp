#include "importwrite.h"

#include "actor.h"
#include "auditlog.h"
#include "logging.h"
#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace linli {

Result<void> ImportWrite::allowed(const QSqlDatabase &database, Rows rows, bool skipInvalid)
{
    if (const Result<void> allowed = Actor::require(database, Permission::ApproveImports); !allowed.isDone())
        return allowed;
    if (rows.invalid > 0 && !skipInvalid)
        return Problem::invalid(tr("Nothing was imported: %1 of the %2 rows cannot be imported.")
                                        .arg(rows.invalid)
                                        .arg(rows.valid + rows.invalid));
    return Result<void>::done();
}

ImportWrite::ImportWrite(const QSqlDatabase &database, const QString &what, const QString &source, Rows rows,
                         DataKinds changes)
    : m_database(database)
    , m_rows(rows)
    , m_mark(database, what, source, rows.valid)
    , m_settings(database)
    , m_transaction(database)
{
    m_transaction.announce(changes);
}

Result<void> ImportWrite::begun() const
{
    if (!m_transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was imported. Try again."),
                               m_transaction.lastDriverError());
    return Result<void>::done();
}

Result<qint64> ImportWrite::commit(const QString &objectType)
{
    AuditLog audit(m_database);
    const QString changes = u"rows=%1; left_out=%2"_s.arg(m_rows.valid).arg(m_rows.invalid);
    if (!audit.record({u"IMPORT"_s, objectType, 0, changes, u"ok"_s}) || !m_mark.endWithin())
        return failure(tr("The import failed and nothing was written: the database refused it."), audit.lastError());
    if (!m_transaction.commit())
        return failure(tr("The import failed and nothing was written: the database refused to commit."),
                       m_transaction.lastDriverError());
    return m_rows.valid;
}

Problem ImportWrite::failure(const QString &otherwise, const QString &detail) const
{
    qCWarning(lcDatabase) << "an import failed:" << detail;
    const StorageError::Kind kind = m_transaction.failure() != StorageError::Kind::None
            ? m_transaction.failure()
            : StorageError::lastOn(m_database);
    const QString storage = StorageError::explain(kind);
    return Problem::failed(storage.isEmpty() ? otherwise : tr("Nothing was imported. %1").arg(storage), detail);
}

} // namespace linli
