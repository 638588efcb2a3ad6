#pragma once

#include "result.h"
#include "servicecatalogue.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// The manager's changes to the catalogue of service types: add, rename and re-set, move up or down
// within its category, retire and restore, and delete a type never used. A type already used is
// never deleted, only retired: hidden from new entries, kept in the log and the reports. Each change
// is one transaction; a refused one says why and changes nothing.
class CatalogueEditor
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueEditor)

public:
    static constexpr int longestDeadline = 365;

    explicit CatalogueEditor(const QSqlDatabase &database);

    // The code, category, names, case rule and visit kind of `type`; it goes last in its category.
    // The new type's id. A manager's right; audited, as every change below.
    Result<qint64> add(const ServiceType &type);
    // Names, category, case rule and visit kind; the code stays (sheets and habits use it).
    Result<void> change(const ServiceType &type);
    // One place up (-1) or down (+1) among the types of its category.
    Result<void> move(qint64 typeId, int direction);
    Result<void> setRetired(qint64 typeId, bool retired);
    Result<void> remove(qint64 typeId);

private:
    QString refusal(const ServiceType &type, bool isNew) const;
    // The change's audit row, inside its transaction.
    bool audited(const QString &action, qint64 typeId, const QString &changes) const;

    QSqlDatabase m_database;
};

} // namespace linli
