#pragma once

#include <QSqlDatabase>

namespace linli {

// Connection settings for the length of one bulk write, restored when it ends: a page cache large
// enough that the indexes' changed pages of a big transaction are not spilled to the WAL again and
// again (SQLite's default is 2 MB), and statement journals in memory rather than temporary files.
// Make it before the write transaction begins: temp_store cannot change inside one.
class BulkWriteSettings
{
public:
    explicit BulkWriteSettings(const QSqlDatabase &database);
    ~BulkWriteSettings();
    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

private:
    QSqlDatabase m_database;
};

} // namespace linli
