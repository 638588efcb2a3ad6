#include "centercommand.h"

#include "centerstore.h"
#include "database.h"
#include "gridstore.h"

#include <QCommandLineParser>
#include <QHash>

using namespace Qt::StringLiterals;

namespace linli {

QString CenterCommand::name() const
{
    return u"center"_s;
}

QString CenterCommand::summary() const
{
    return tr("List, add or rename the centers of a district, or move a grid to another center");
}

int CenterCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QString usage = tr("Usage: linli [--db FILE] center list | center add CODE NAME | center rename CODE NAME | "
                             "center grid GRID CENTER");
    if (!parseArguments(parser, arguments, context, usage, -1))
        return UsageError;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const bool known = (action == u"list"_s && words.size() == 1)
            || (QStringList{u"add"_s, u"rename"_s, u"grid"_s}.contains(action) && words.size() == 3);
    if (!known) {
        context.err << usage << '\n';
        return UsageError;
    }
    Database database;
    if (!openDatabase(database, context))
        return UserError;
    if (action == u"add"_s)
        return add(words.at(1), words.at(2), database, context);
    if (action == u"rename"_s)
        return rename(words.at(1), words.at(2), database, context);
    if (action == u"grid"_s)
        return moveGrid(words.at(1), words.at(2), database, context);
    return list(database, context);
}

int CenterCommand::list(Database &database, CommandContext &context)
{
    QHash<qint64, int> gridsOf;
    for (const Grid &grid : GridStore(database.connection()).everyCenter())
        ++gridsOf[grid.centerId];
    for (const Center &center : CenterStore(database.connection()).all())
        context.out << u"%1  %2  "_s.arg(center.code, -8).arg(center.name)
                    << tr("grids: %1").arg(gridsOf.value(center.id)) << '\n';
    return Success;
}

int CenterCommand::add(const QString &code, const QString &name, Database &database, CommandContext &context)
{
    CenterStore centers(database.connection());
    if (const Result<qint64> added = centers.add(code, name); !added.isDone()) {
        context.err << tr("The center was not added: %1").arg(added.message()) << '\n';
        return UserError;
    }
    context.out << tr("Center %1 (%2) added.").arg(name.simplified(), code.trimmed()) << '\n';
    return Success;
}

int CenterCommand::rename(const QString &code, const QString &name, Database &database, CommandContext &context)
{
    CenterStore centers(database.connection());
    const std::optional<qint64> centerId = centerNamed(database, code, context);
    if (!centerId)
        return UserError;
    const std::optional<Center> center = centers.byId(*centerId);
    if (const Result<void> renamed = centers.rename(center->id, name); !renamed.isDone()) {
        context.err << tr("The center was not renamed: %1").arg(renamed.message()) << '\n';
        return UserError;
    }
    context.out << tr("Center %1 is now called %2.").arg(center->code, name.simplified()) << '\n';
    return Success;
}

int CenterCommand::moveGrid(const QString &gridText, const QString &centerText, Database &database,
                            CommandContext &context)
{
    CenterStore centers(database.connection());
    const std::optional<Grid> grid = GridStore::find(GridStore(database.connection()).everyCenter(), gridText);
    if (!grid) {
        context.err << tr("There is no grid %1.").arg(gridText) << '\n';
        return UserError;
    }
    const std::optional<qint64> centerId = centerNamed(database, centerText, context);
    if (!centerId)
        return UserError;
    const std::optional<Center> center = centers.byId(*centerId);
    if (const Result<void> moved = centers.moveGrid(grid->id, center->id); !moved.isDone()) {
        context.err << tr("The grid was not moved: %1").arg(moved.message()) << '\n';
        return UserError;
    }
    context.out << tr("Grid %1 now belongs to %2, with its residents and their records.").arg(grid->name, center->name)
                << '\n';
    return Success;
}

} // namespace linli
