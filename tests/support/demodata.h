#pragma once

// The fixture of tests that need an ordinary center's data: a fresh database of the run's engine,
// set up as the program opens one and filled by the demo generator.

#include "database.h"
#include "databasesetup.h"
#include "demodatagenerator.h"

#include <QDebug>

namespace linli::test {

// DemoData().residents(600).services(2500).seed(4).openIn(database, locationFor(dir))
class DemoData
{
public:
    DemoData &residents(qint64 count) { return set(m_options.residents, count); }
    DemoData &services(qint64 count) { return set(m_options.services, count); }
    DemoData &visits(qint64 count) { return set(m_options.visits, count); }
    DemoData &seed(quint32 seed) { return set(m_options.seed, seed); }
    DemoData &today(QDate today) { return set(m_options.today, today); }

    // Opens `database` at `location` and fills it; false, with the reason in the test's log,
    // when either fails.
    [[nodiscard]] bool openIn(Database &database, const DatabaseLocation &location) const
    {
        if (!DatabaseSetup::open(database, location)) {
            qWarning() << "the database did not open:" << database.errorString();
            return false;
        }
        DemoDataGenerator generator(database.connection(), m_options);
        if (generator.run())
            return true;
        qWarning() << "the demo data was not made:" << generator.errorString();
        return false;
    }

private:
    template<typename Field, typename Value> DemoData &set(Field &field, Value value)
    {
        field = value;
        return *this;
    }

    DemoDataGenerator::Options m_options;
};

} // namespace linli::test
