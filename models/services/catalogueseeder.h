#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// Fills an empty service catalogue from the bundled CSV (code, category, Chinese and English
// names, whether the type opens a case, its deadline, and which kind of visit it counts as).
// Runs in one write transaction; does nothing once any service type exists, so a manager's
// later edits are never overwritten.
class CatalogueSeeder
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueSeeder)

public:
    explicit CatalogueSeeder(const QSqlDatabase &database,
                             const QString &csvPath = QStringLiteral(":/catalogue/service-catalogue.csv"));

    // Failed, with nothing written, when the catalogue shipped with the program is missing or damaged
    // or the database refuses it.
    Result<void> seedIfEmpty();

private:
    QSqlDatabase m_database;
    QString m_csvPath;
};

} // namespace linli
