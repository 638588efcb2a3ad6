#include "statementrecorder.h"

#include <QMutex>
#include <QMutexLocker>

#include <atomic>
#include <utility>
#include <sqlite3.h>

namespace linli::bench {

namespace {

std::atomic_bool recording = false;
QMutex recordedLock;
QStringList recorded;

bool isBookkeeping(const QString &sql)
{
    const QString start = sql.trimmed().left(8).toUpper();
    return start.startsWith(QLatin1String("PRAGMA")) || start.startsWith(QLatin1String("BEGIN"))
            || start.startsWith(QLatin1String("COMMIT")) || start.startsWith(QLatin1String("ROLLBACK"))
            || start.startsWith(QLatin1String("SAVEPOIN")) || start.startsWith(QLatin1String("RELEASE"));
}

int traced(unsigned, void *, void *statement, void *text)
{
    // A trigger's body is announced as "-- TRIGGER name" under the statement that fired it.
    if (!recording || QByteArray(static_cast<const char *>(text)).startsWith("--"))
        return 0;
    char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    if (!expanded)
        return 0;
    const QString sql = QString::fromUtf8(expanded);
    sqlite3_free(expanded);
    if (isBookkeeping(sql))
        return 0;
    const QMutexLocker locker(&recordedLock);
    recorded.append(sql);
    return 0;
}

int traceNewConnection(sqlite3 *connection, const char **, const sqlite3_api_routines *)
{
    sqlite3_trace_v2(connection, SQLITE_TRACE_STMT, traced, nullptr);
    return SQLITE_OK;
}

} // namespace

void StatementRecorder::install()
{
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(traceNewConnection));
}

void StatementRecorder::start()
{
    const QMutexLocker locker(&recordedLock);
    recorded.clear();
    recording = true;
}

QStringList StatementRecorder::stop()
{
    recording = false;
    const QMutexLocker locker(&recordedLock);
    return std::exchange(recorded, {});
}

} // namespace linli::bench
