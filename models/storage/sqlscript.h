#pragma once

#include <QStringList>

namespace linli {

// Splits a migration script into single statements (Qt's SQLite driver runs one per exec()).
// Understands -- and /* */ comments, quoted text and identifiers, CREATE TRIGGER bodies whose
// inner semicolons belong to the trigger (SQLite), and dollar-quoted function bodies (PostgreSQL).
class SqlScript
{
public:
    static QStringList statements(const QString &script);
};

} // namespace linli
