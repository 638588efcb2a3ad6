#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
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
    // The residents, service records and visits the actor on the connection sees (CenterScope): the
    // window's figures. Nothing when they cannot be read.
    std::optional<qint64> seenResidents() const;
    std::optional<qint64> seenServiceRecords() const;
    std::optional<qint64> seenVisits() const;

    static QStringList knownTables();

private:
    std::optional<qint64> count(const QString &sql, const QVariantList &values) const;

    QSqlDatabase m_database;
};

} // namespace linli
