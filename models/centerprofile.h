#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// Who the center is, as its printed reports and day sheets say: its name (a setting in the
// database, so that every desk prints the same).
class CenterProfile
{
    Q_DECLARE_TR_FUNCTIONS(CenterProfile)

public:
    explicit CenterProfile(const QSqlDatabase &database);

    QString name() const;
    // Empty on success, else why not.
    QString setName(const QString &name);

private:
    QSqlDatabase m_database;
};

} // namespace linli
