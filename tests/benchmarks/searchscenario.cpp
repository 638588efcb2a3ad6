#include "searchscenario.h"

#include "benchcontext.h"
#include "databaselocation.h"
#include "residentsearchrunner.h"
#include "residenttablemodel.h"
#include "sqlitefloor.h"
#include "statementrecorder.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace linli::bench {

namespace {

struct SearchCase
{
    QString text;
    QString kind;
};

// Common prefixes and scans (the worst cases) and the exact kinds a clerk types, taken from a real
// resident in the middle of the register so that they match.
QList<SearchCase> searchCases(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    query.exec(u"SELECT r.id_number, r.phone, r.building, r.unit, r.room FROM residents r "
               "WHERE r.id_number IS NOT NULL AND r.phone <> '' AND r.room <> '' "
               "AND r.id >= (SELECT max(id) / 2 FROM residents) ORDER BY r.id LIMIT 1"_s);
    query.next();
    const QString idNumber = query.value(0).toString();
    const QString phone = query.value(1).toString();
    const QString address
            = u"%1-%2-%3"_s.arg(query.value(2).toString(), query.value(3).toString(), query.value(4).toString());
    return {
            {u"张"_s, u"most common surname, anywhere in a name"_s},
            {u"王芳"_s, u"common full name"_s},
            {u"z"_s, u"one pinyin letter"_s},
            {u"zh"_s, u"two pinyin letters"_s},
            {u"wang"_s, u"full pinyin"_s},
            {u"zw"_s, u"initials"_s},
            {u"张w"_s, u"surname and initial"_s},
            {idNumber.right(4), u"last 4 of an ID number or phone"_s},
            {idNumber.right(6), u"last 6 of an ID number"_s},
            {idNumber, u"whole ID number"_s},
            {phone, u"whole mobile number"_s},
            {address, u"building-unit-room"_s},
    };
}

} // namespace

void runSearchScenario(BenchContext &context)
{
    context.report.note(u"\n1. Search: keystroke → first page of matches in the list's model"_s);
    const DatabaseLocation location = DatabaseLocation::fromArgument(context.databasePath);
    ResidentSearchRunner runner(location);
    ResidentTableModel model(context.connection);
    model.setFirstPagesFromElsewhere(true);
    SqliteFloor floor(context.databasePath);

    for (const SearchCase &searchCase : searchCases(context.connection)) {
        ResidentSearchRunner::Request request;
        request.searchText = searchCase.text;
        request.pageSize = ResidentTableModel::pageSize;
        request.wantsCount = false;
        // The count goes on after the first page; it is checked once, not timed.
        const auto search = [&](bool wantsCount) {
            request.wantsCount = wantsCount;
            QEventLoop loop;
            qint64 counted = -1;
            const auto shown
                    = QObject::connect(&runner, &ResidentSearchRunner::firstPage, &loop,
                                       [&](const ResidentSearchRunner::Request &asked, const QList<ResidentRow> &rows) {
                                           model.showSearchResult(asked.searchText, asked.filter, rows);
                                           if (!wantsCount)
                                               loop.quit();
                                       });
            const auto count = QObject::connect(&runner, &ResidentSearchRunner::counted, &loop,
                                                [&](const QString &, qint64 value) {
                                                    counted = value;
                                                    loop.quit();
                                                });
            runner.run(request);
            loop.exec();
            QObject::disconnect(shown);
            QObject::disconnect(count);
            return counted;
        };

        StatementRecorder::start();
        const qint64 counted = search(true);
        QStringList statements = StatementRecorder::stop();
        // The last statement counts; the ones before read the page (some searches count the
        // matches up to a bound first, to choose how to read them).
        if (!statements.isEmpty())
            statements.removeLast();
        // The page: one statement, or the matches in the list's order merged with those read apart
        // (names whose other spellings begin with another letter).
        QString pageSql;
        for (const QString &statement : std::as_const(statements)) {
            if (statement.startsWith(u"SELECT r.id"_s) || statement.startsWith(u"SELECT * FROM (SELECT r.id"_s))
                pageSql = statement;
        }
        const QString label = u"%1 \"%2\""_s.arg(searchCase.kind, searchCase.text);

        // Without its limits (the merged parts do not overlap), the page's statement reads every match.
        QString allMatches = pageSql;
        allMatches.replace(QRegularExpression(u"LIMIT \\d+"_s), QString());
        const qint64 found = floor.run({allMatches});
        context.report.add(Check::holds(
                u"1 search"_s, label + u": count"_s, counted == found && counted >= 0,
                u"list says %1, floor finds %2, first page %3 rows"_s.arg(counted).arg(found).arg(model.rowCount())));

        const double app = context.timing.milliseconds(u"search app "_s + searchCase.text, [&] { search(false); });
        const double floorMs
                = context.timing.milliseconds(u"search floor "_s + searchCase.text, [&] { floor.run(statements); });
        context.report.add(Check::atMost(u"1 search"_s, label, u"ms"_s, app, floorMs, u"floor"_s,
                                         std::max(10 * floorMs, floorMs + 2), u"max(10 × floor, floor + 2 ms)"_s));
        context.figures.insert(u"search "_s + searchCase.text, app);
    }
}

} // namespace linli::bench
