#pragma once

#include "database.h"

#include <QCoreApplication>

namespace linli {

// A program's first opening of a database for work: Database::open(Prepare) checks the file and
// brings the schema up to date; then the data every desk needs is made ready: the service
// catalogue of a new database, and the care schedule after an upgrade that asked for it. The
// window, every command and a restore open through it; a worker's further connection (Attach)
// needs nothing of it. On the thread that opens.
class DatabaseSetup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSetup)

public:
    // False with database.error() and errorString() (a plain sentence naming the database), the
    // connection closed, when the database cannot be opened or made ready.
    static bool open(Database &database, const DatabaseLocation &location);
};

} // namespace linli
