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
    qint64 centerId = 0;
};

// The grids (网格) residents live in: a few hundred rows in a district, read whole. Each belongs to a
// center; the actor on the connection sees the grids of their own (CenterScope).
class GridStore
{
    Q_DECLARE_TR_FUNCTIONS(GridStore)

public:
    explicit GridStore(const QSqlDatabase &database);

    // The grids the actor sees, by name, numbers by value (第2 before 第10); empty with lastError() on
    // failure.
    QList<Grid> all() const;
    // Every center's grids, by name: for the district's administrator.
    QList<Grid> everyCenter() const;
    // The grid with this code or name (compared without case or surrounding spaces).
    static std::optional<Grid> find(const QList<Grid> &grids, const QString &codeOrName);
    // Adds a grid inside the caller's write transaction and gives it the next free code (G0001…);
    // it belongs to the actor's center, or in a database of one center to that one. Its id, or 0
    // with lastError() on failure.
    qint64 create(const QString &name);
    QString lastError() const { return m_lastError; }

private:
    QList<Grid> read(const QString &condition, const QVariantList &values) const;

    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace linli
