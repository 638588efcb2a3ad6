#include "importscenario.h"

#include "benchcontext.h"
#include "sqlitefloor.h"

#include "actor.h"
#include "database.h"
#include "databasesetup.h"
#include "residentimport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <sqlite3.h>
#include <string>
#include <variant>
#include <vector>

using namespace Qt::StringLiterals;

namespace linli::bench {

namespace {

using Value = std::variant<std::monostate, qint64, double, std::string>;
using Rows = std::vector<std::vector<Value>>;

// Every row of a table, read back from another database attached as `source`.
Rows readTable(sqlite3 *connection, const QString &table)
{
    Rows rows;
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(connection, u"SELECT * FROM source.%1"_s.arg(table).toUtf8().constData(), -1, &statement,
                       nullptr);
    const int columns = sqlite3_column_count(statement);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        std::vector<Value> row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            switch (sqlite3_column_type(statement, column)) {
            case SQLITE_INTEGER:
                row.emplace_back(qint64(sqlite3_column_int64(statement, column)));
                break;
            case SQLITE_FLOAT:
                row.emplace_back(sqlite3_column_double(statement, column));
                break;
            case SQLITE_NULL:
                row.emplace_back(std::monostate());
                break;
            default:
                row.emplace_back(std::string(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                             size_t(sqlite3_column_bytes(statement, column))));
            }
        }
        rows.push_back(std::move(row));
    }
    sqlite3_finalize(statement);
    return rows;
}

// Prepared once, bound and stepped per row.
bool insertRows(sqlite3 *connection, const QString &table, const Rows &rows)
{
    if (rows.empty())
        return true;
    QStringList placeholders;
    for (size_t i = 0; i < rows.front().size(); ++i)
        placeholders.append(u"?"_s);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(connection,
                       u"INSERT INTO %1 VALUES (%2)"_s.arg(table, placeholders.join(u',')).toUtf8().constData(), -1,
                       &statement, nullptr);
    bool ok = statement != nullptr;
    for (const std::vector<Value> &row : rows) {
        for (int i = 0; i < int(row.size()); ++i) {
            const Value &value = row.at(size_t(i));
            if (const auto *number = std::get_if<qint64>(&value))
                sqlite3_bind_int64(statement, i + 1, *number);
            else if (const auto *real = std::get_if<double>(&value))
                sqlite3_bind_double(statement, i + 1, *real);
            else if (const auto *text = std::get_if<std::string>(&value))
                sqlite3_bind_text(statement, i + 1, text->data(), int(text->size()), SQLITE_STATIC);
            else
                sqlite3_bind_null(statement, i + 1);
        }
        ok = ok && sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    return ok;
}

struct AppImport
{
    double milliseconds = 0;
    double readMs = 0;
    double checkMs = 0;
    qint64 written = 0;
    QString failure;
};

// The sheet imported into a new empty database, as the import dialog does it.
AppImport importIntoEmpty(const QString &path, const QByteArray &bytes, QTextStream &log)
{
    AppImport result;
    BenchDatabase::createEmpty(path, log);
    Database database;
    DatabaseSetup::open(database, DatabaseLocation::fromArgument(path));
    Actor::actFor(database.connection(), Actor{0, u"bench"_s, u"bench"_s, Role::Admin});
    QElapsedTimer timer;
    timer.start();
    ResidentImport import(database.connection());
    const Result<void> read = import.read(bytes);
    result.readMs = timer.nsecsElapsed() / 1e6;
    const Result<void> checked = read.isDone() ? import.check() : read;
    result.checkMs = timer.nsecsElapsed() / 1e6 - result.readMs;
    const Result<qint64> written = checked.isDone() ? import.write(false) : Result<qint64>(checked.problem());
    result.failure = written.message();
    result.milliseconds = timer.nsecsElapsed() / 1e6;
    result.written = written.valueOr(0);
    Actor::forget(database.connection());
    return result;
}

const QStringList importedTables = {u"households"_s, u"residents"_s, u"resident_tags"_s};

// The rows an import wrote, with the grids they refer to written into `floorPath` already.
std::vector<Rows> rowsWritten(const QString &appPath, const QString &floorPath, QTextStream &log)
{
    BenchDatabase::createEmpty(floorPath, log);
    SqliteFloor floor(floorPath, true);
    sqlite3 *connection = floor.handle();
    sqlite3_exec(connection, u"ATTACH '%1' AS source"_s.arg(appPath).toUtf8().constData(), nullptr, nullptr, nullptr);
    std::vector<Rows> rows;
    for (const QString &table : importedTables)
        rows.push_back(readTable(connection, table));
    sqlite3_exec(connection, "DETACH source", nullptr, nullptr, nullptr);
    return rows;
}

// The same rows by prepared INSERTs into a new empty database, in one transaction; -1 on failure.
double insertIntoEmpty(const QString &appPath, const QString &floorPath, const std::vector<Rows> &rows,
                       QTextStream &log)
{
    BenchDatabase::createEmpty(floorPath, log);
    SqliteFloor floor(floorPath, true);
    sqlite3 *connection = floor.handle();
    // The import's own page cache for bulk writes (BulkWriteSettings).
    sqlite3_exec(connection, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr);
    sqlite3_exec(connection, u"ATTACH '%1' AS source"_s.arg(appPath).toUtf8().constData(), nullptr, nullptr, nullptr);
    sqlite3_exec(connection, "INSERT INTO grids SELECT * FROM source.grids", nullptr, nullptr, nullptr);
    sqlite3_exec(connection, "DETACH source", nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    bool inserted = sqlite3_exec(connection, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    for (size_t i = 0; i < rows.size(); ++i)
        inserted = insertRows(connection, importedTables.at(qsizetype(i)), rows.at(i)) && inserted;
    inserted = sqlite3_exec(connection, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK && inserted;
    return inserted ? timer.nsecsElapsed() / 1e6 : -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

void runImportScenario(BenchContext &context)
{
    // 100,000 at a district's scale; as many as the district has in a small run, which stays quick.
    const qint64 importedResidents = std::clamp<qint64>(context.scale.residents, 10000, 100000);
    context.report.note(
            u"\n5. Import of %L1 residents into an empty database (median of 3, turn about)"_s.arg(importedResidents));
    const QString sheet = BenchDatabase(context.cacheFolder).sheet(importedResidents, context.log);
    QFile file(sheet);
    if (sheet.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        context.report.add(Check::holds(u"5 import"_s, u"the sheet"_s, false, u"could not be made"_s));
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString appPath = QDir(context.cacheFolder).filePath(u"import-app.sqlite"_s);
    const QString floorPath = QDir(context.cacheFolder).filePath(u"import-floor.sqlite"_s);

    // The machine's load comes and goes: the import and the raw INSERTs take turns.
    QList<AppImport> imports;
    QList<double> appMs, floorMs;
    std::vector<Rows> rows;
    for (int run = 0; run < 3; ++run) {
        imports.append(importIntoEmpty(appPath, bytes, context.log));
        appMs.append(imports.last().milliseconds);
        if (run == 0)
            rows = rowsWritten(appPath, floorPath, context.log);
        floorMs.append(insertIntoEmpty(appPath, floorPath, rows, context.log));
    }
    const AppImport &first = imports.constFirst();
    context.report.note(
            u"        reading the sheet %1 ms, checking every row %2 ms, writing %3 ms"_s.arg(first.readMs, 0, 'f', 0)
                    .arg(first.checkMs, 0, 'f', 0)
                    .arg(first.milliseconds - first.readMs - first.checkMs, 0, 'f', 0));
    context.report.add(
            Check::holds(u"5 import"_s, u"every row imported"_s,
                         first.written == importedResidents && first.failure.isEmpty(),
                         u"%1 of %2 written %3"_s.arg(first.written).arg(importedResidents).arg(first.failure)));
    if (*std::min_element(floorMs.cbegin(), floorMs.cend()) < 0) {
        context.report.add(Check::holds(u"5 import"_s, u"the raw INSERTs"_s, false, u"failed"_s));
        return;
    }
    const double app = median(appMs);
    context.figures.insert(u"import"_s, app);
    context.report.add(Check::atLeastShare(u"5 import"_s, u"residents per second"_s, u"rows/s"_s,
                                           importedResidents / (app / 1000.0),
                                           importedResidents / (median(floorMs) / 1000.0), u"raw INSERT"_s, 0.5));
}

} // namespace linli::bench
