#pragma once

#include "databaselocation.h"

#include <QCoreApplication>

class QWidget;

namespace linli {

class Database;

// Opens the window's database and talks the user through what stands in the way: a server that
// wants a password gets one asked for (again, when it refused it), and a database that cannot be
// opened is said, with the offer to choose another location (DatabaseLocationDialog). The password
// stays in the opened Database's location, for the program's further connections, never on disk.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    // False when the user gave up; the database is then closed.
    static bool open(Database &database, DatabaseLocation location, QWidget *parent = nullptr);
};

} // namespace linli
