#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace linli {

struct Center
{
    qint64 id = 0;
    QString code;
    QString name;
};

// The centers of a district's database and which center each grid belongs to. A database of one
// center has one. Adding, renaming and moving grids between centers is for an administrator of the
// whole district (an account of no center), and audited; a grid that moves takes its residents
// and all their records along.
class CenterStore
{
    Q_DECLARE_TR_FUNCTIONS(CenterStore)

public:
    explicit CenterStore(const QSqlDatabase &database);

    // By code; empty with lastError() on failure.
    QList<Center> all() const;
    std::optional<Center> byId(qint64 id) const;
    // The center with this code or name (compared without case or surrounding spaces).
    static std::optional<Center> find(const QList<Center> &centers, const QString &codeOrName);

    // Its id.
    Result<qint64> add(const QString &code, const QString &name);
    Result<void> rename(qint64 centerId, const QString &name);
    Result<void> moveGrid(qint64 gridId, qint64 centerId);

    QString lastError() const { return m_lastError; }

private:
    Result<void> permitted();
    // Why `name` cannot name a center other than `exceptId`; empty when it can.
    QString nameProblem(const QString &name, qint64 exceptId) const;

    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace linli
