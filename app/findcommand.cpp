#include "findcommand.h"

#include "database.h"
#include "masking.h"
#include "residentsearch.h"
#include "residentstore.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace linli {

QString FindCommand::name() const
{
    return u"find"_s;
}

QString FindCommand::summary() const
{
    return tr("List the residents a search finds (name, pinyin, ID or phone digits, address)");
}

int FindCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({u"limit"_s, tr("List at most this many residents (default 50)."), u"N"_s, u"50"_s});
    const QString usage = tr("Usage: linli [--db FILE] find QUERY [--limit N]");
    if (!parseArguments(parser, arguments, context, usage, 1))
        return UsageError;
    bool ok = false;
    const int limit = parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1) {
        context.err << tr("--limit takes a number of residents, 1 or more.") << '\n' << usage << '\n';
        return UsageError;
    }
    const ResidentSearch search = ResidentSearch::parse(parser.positionalArguments().constFirst());
    if (search.kind() == ResidentSearch::Kind::Everyone) {
        context.err << tr("Say whom to find: a name, its pinyin or initials, digits of an ID number or phone, "
                          "or an address.")
                    << '\n';
        return UsageError;
    }
    Database database;
    if (!openDatabase(database, context))
        return UserError;
    ResidentStore store(database.connection());
    const std::optional<qint64> found = store.count(search);
    const QList<ResidentRow> rows = store.page(ResidentStore::Order::ByName, Qt::AscendingOrder, {}, limit, search);
    if (!found || (rows.isEmpty() && !store.lastError().isEmpty())) {
        context.err << tr("The residents could not be read.") << '\n';
        return UserError;
    }
    // One resident a line, tab-separated, as the list shows them to a clerk: the ID number masked.
    for (const ResidentRow &row : rows) {
        const QString address = QStringList{row.building, row.unit, row.room}.join(u'-');
        context.out << QStringList{QString::number(row.id),         row.name,     row.namePinyin,
                                   Masking::idNumber(row.idNumber), row.gridName, address}
                               .join(u'\t')
                    << '\n';
    }
    context.out << (*found == rows.size() ? tr("%1 found.").arg(*found)
                                          : tr("%1 found; the first %2 are listed.").arg(*found).arg(rows.size()))
                << '\n';
    return Success;
}

} // namespace linli
