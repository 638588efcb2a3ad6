#pragma once

#include "actor.h"
#include "databaselocation.h"
#include "datachanges.h"

#include <QSqlDatabase>

namespace linli {

class Database;

// Who works on which database: the connection the window works on, where that database is, who
// acts there (Actor, with their role and center) and the announcer of what changes in it. The
// window makes one once someone signed in and hands it to its pages and dialogs rather than a
// bare connection; a page's worker opens its own connection to location() and acts for the same
// user. Cheap to copy; valid as long as the connection is open.
class Session
{
public:
    Session(const QSqlDatabase &connection, const DatabaseLocation &location);
    explicit Session(const Database &database);

    QSqlDatabase connection() const { return m_connection; }
    const DatabaseLocation &location() const { return m_location; }
    // Who acts, as the connection was told at sign-in (the command line's when nobody signed in).
    Actor actor() const { return Actor::of(m_connection); }
    bool may(Permission permission) const { return actor().may(permission); }
    // The center whose residents the session sees; 0: the whole district.
    qint64 centerId() const { return actor().centerId; }
    // Announces what the stores write (DataChanges); pages follow it.
    DataChanges *changes() const { return DataChanges::of(m_connection); }

private:
    QSqlDatabase m_connection;
    DatabaseLocation m_location;
};

} // namespace linli
