#pragma once

#include <QStringList>

namespace linli {

// Splits a migration script into single statements (Qt's SQLite driver runs one per exec()).
// Understands -- and /* */ comments, quoted text and identifiers, and CREATE TRIGGER bodies
// whose inner semicolons belong to the trigger.
class SqlScript
{
public:
    static QStringList statements(const QString &script);
};

} // namespace linli
