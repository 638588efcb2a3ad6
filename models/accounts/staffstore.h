#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace linli {

struct StaffMember
{
    qint64 id = 0;
    QString name;
    QString duty; // clerk, care, rehab, doctor, grid, manager, legal
};

// The center's staff, as handlers of services and cases (a few dozen rows).
class StaffStore
{
public:
    explicit StaffStore(const QSqlDatabase &database);

    // Those still working here, in pinyin order (HumanOrder); empty with lastError() on failure.
    QList<StaffMember> active() const;
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace linli
