#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// The service types a staff member wants first in the quick-log list: their favourites (kept in
// staff_favourite_types), then the types they logged most recently (read from the log itself, so
// there is nothing to keep up to date).
class PreferredServiceTypes
{
public:
    static constexpr int recentCount = 8;

    explicit PreferredServiceTypes(const QSqlDatabase &database);

    QList<qint64> favourites(qint64 staffId) const;
    // Newest first, each type once.
    QList<qint64> recent(qint64 staffId) const;
    // Favourites, then recent ones not already among them.
    QList<qint64> preferred(qint64 staffId) const;
    bool setFavourite(qint64 staffId, qint64 typeId, bool favourite);
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace linli
