#include "statementrecorder.h"

#include <QMutex>
#include <QMutexLocker>

#include <atomic>
#include <cstdio>
#include <utility>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace linli::bench {

namespace {

std::atomic_bool recording = false;
QMutex recordedLock;
QStringList recorded;

bool isBookkeeping(const QString &sql)
{
    static const QStringList words
            = {u"PRAGMA"_s, u"BEGIN"_s, u"COMMIT"_s, u"ROLLBACK"_s, u"SAVEPOINT"_s, u"RELEASE"_s};
    return words.contains(sql.trimmed().section(u' ', 0, 0), Qt::CaseInsensitive);
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

// With LINLI_BENCH_SLOW_MS set, every statement that takes longer is written to stderr: where a
// missed target spends its time.
const qint64 slowNanoseconds = qEnvironmentVariableIsSet("LINLI_BENCH_SLOW_MS")
        ? qEnvironmentVariableIntValue("LINLI_BENCH_SLOW_MS") * qint64(1000000)
        : -1;

int profiled(unsigned, void *, void *statement, void *nanoseconds)
{
    const qint64 took = qint64(*static_cast<sqlite3_int64 *>(nanoseconds));
    if (took < slowNanoseconds)
        return 0;
    fprintf(stderr, "slow statement: %.1f ms: %s\n", double(took) / 1e6,
            sqlite3_sql(static_cast<sqlite3_stmt *>(statement)));
    return 0;
}

int trace(unsigned type, void *context, void *statement, void *detail)
{
    return type == SQLITE_TRACE_STMT ? traced(type, context, statement, detail)
                                     : profiled(type, context, statement, detail);
}

int traceNewConnection(sqlite3 *connection, const char **, const sqlite3_api_routines *)
{
    sqlite3_trace_v2(connection, SQLITE_TRACE_STMT | (slowNanoseconds >= 0 ? SQLITE_TRACE_PROFILE : 0), trace, nullptr);
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
