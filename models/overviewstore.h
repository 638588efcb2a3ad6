#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace linli {

// Row counts of Linli's tables, for the status bar and `linli check`. A count scans an index,
// which takes a noticeable moment on ten million rows: call it off the UI thread.
class OverviewStore
{
public:
    explicit OverviewStore(const QSqlDatabase &database);

    // Nothing when the table cannot be read. Only tables from knownTables() are accepted.
    std::optional<qint64> rowCount(const QString &table) const;

    static QStringList knownTables();

private:
    QSqlDatabase m_database;
};

} // namespace linli
