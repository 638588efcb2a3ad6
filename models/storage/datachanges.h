#pragma once

#include <QFlags>
#include <QObject>
#include <QSqlDatabase>

namespace linli {

// What a committed write changed, in the words of what the window shows.
enum class DataKind {
    Residents = 0x01,
    ServiceRecords = 0x02,
    Cases = 0x04,
    Visits = 0x08,
    Catalogue = 0x10,
    Accounts = 0x20,
    Centers = 0x40,  // centers and their grids
    Settings = 0x80, // the calendar, contact intervals, the center's profile
};
Q_DECLARE_FLAGS(DataKinds, DataKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(DataKinds)

// Tells whoever shows a database's data that it changed: a store's write transaction announces
// what it changed once it has committed (WriteTransaction::announce), and the pages listening
// read anew what they show of it. One announcer per database, shared by every connection the
// program opens to it, so that a worker's commit on its own connection reaches the window's
// pages (queued to their thread). Writes of other programs are not heard.
class DataChanges : public QObject
{
    Q_OBJECT

public:
    // The announcer of the database `connection` is open on; it lives as long as the program.
    static DataChanges *of(const QSqlDatabase &connection);

    // Announces from any thread; listeners on another thread hear it through their event loop.
    void announce(DataKinds kinds);

signals:
    void changed(linli::DataKinds kinds);

private:
    DataChanges() = default;
};

} // namespace linli

Q_DECLARE_METATYPE(linli::DataKinds)
