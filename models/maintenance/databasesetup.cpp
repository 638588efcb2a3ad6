#include "databasesetup.h"

#include "careschedule.h"
#include "catalogueseeder.h"
#include "logging.h"
#include "namespellings.h"

using namespace Qt::StringLiterals;

namespace linli {

bool DatabaseSetup::open(Database &database, const DatabaseLocation &location)
{
    if (!database.open(location, Database::Mode::Prepare))
        return false;
    if (const Result<void> seeded = CatalogueSeeder(database.connection()).seedIfEmpty(); !seeded.isDone())
        return database.abandon(Database::Error::SeedFailed,
                                tr("%1: %2").arg(location.displayName(), seeded.message()));
    CareSchedule care(database.connection());
    if (!care.refreshIfStale()) {
        qCCritical(lcDatabase) << "computing the care schedule failed:" << care.lastError();
        return database.abandon(
                Database::Error::UpgradeFailed,
                tr("%1: the dates of the care schedule could not be computed.").arg(location.displayName()));
    }
    NameSpellings spellings(database.connection());
    if (!spellings.refreshIfStale()) {
        qCCritical(lcDatabase) << "spelling the residents' names failed:" << spellings.lastError();
        return database.abandon(
                Database::Error::UpgradeFailed,
                tr("%1: the residents' names could not be spelled for search.").arg(location.displayName()));
    }
    return true;
}

} // namespace linli
