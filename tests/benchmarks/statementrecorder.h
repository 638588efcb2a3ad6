#pragma once

#include <QStringList>

namespace linli::bench {

// Records the SQL every SQLite connection of this process runs, with its bound values written in
// (sqlite3_expanded_sql), while recording is on: the floor then runs exactly what the program ran.
// install() must come before the first connection is opened; connections opened on any thread are
// recorded. PRAGMA statements and transaction control are left out: they are the program's own
// bookkeeping, not the answer it reads.
class StatementRecorder
{
public:
    static void install();
    static void start();
    // What ran since start(), in order.
    static QStringList stop();
};

} // namespace linli::bench
