#include "staffstore.h"

#include "humanorder.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

StaffStore::StaffStore(const QSqlDatabase &database)
    : m_database(database)
{}

QList<StaffMember> StaffStore::active() const
{
    QSqlQuery query(m_database);
    QList<StaffMember> staff;
    if (!query.exec(u"SELECT id, name, duty FROM staff WHERE active = 1 ORDER BY id"_s)) {
        m_lastError = query.lastError().text();
        return staff;
    }
    while (query.next())
        staff.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    HumanOrder::sort(staff, [](const StaffMember &member) { return member.name; });
    return staff;
}

} // namespace linli
