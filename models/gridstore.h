#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace linli {

struct Grid
{
    qint64 id = 0;
    QString code;
    QString name;
};

// The grids (网格) residents live in: a few hundred rows in a district, read whole.
class GridStore
{
    Q_DECLARE_TR_FUNCTIONS(GridStore)

public:
    explicit GridStore(const QSqlDatabase &database);

    // By name; empty with lastError() on failure.
    QList<Grid> all() const;
    // The grid with this code or name (compared without case or surrounding spaces).
    static std::optional<Grid> find(const QList<Grid> &grids, const QString &codeOrName);
    // Adds a grid inside the caller's write transaction and gives it the next free code (G0001…);
    // its id, or 0 on failure.
    qint64 create(const QString &name);
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace linli
