#include "servicecatalogue.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

ServiceCatalogue::ServiceCatalogue(const QSqlDatabase &database)
    : m_database(database)
{}

QList<ServiceType> ServiceCatalogue::types(bool withRetired) const
{
    QList<ServiceType> types;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    QString sql
            = u"SELECT t.id, t.code, t.category_id, c.code, c.name_zh, c.name_en, t.name_zh, t.name_en, t.opens_case, "
              "coalesce(t.deadline_workdays, 0), t.visit_kind, t.sort_order, t.retired "
              "FROM service_types t JOIN service_categories c ON c.id = t.category_id "_s;
    if (!withRetired)
        sql += u"WHERE t.retired = 0 "_s;
    sql += u"ORDER BY c.sort_order, c.id, t.sort_order, t.id"_s;
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return types;
    }
    while (query.next()) {
        ServiceType type;
        type.id = query.value(0).toLongLong();
        type.code = query.value(1).toString();
        type.categoryId = query.value(2).toLongLong();
        type.categoryCode = query.value(3).toString();
        type.categoryZh = query.value(4).toString();
        type.categoryEn = query.value(5).toString();
        type.nameZh = query.value(6).toString();
        type.nameEn = query.value(7).toString();
        type.opensCase = query.value(8).toBool();
        type.deadlineWorkdays = query.value(9).toInt();
        type.visitKind = query.value(10).toString();
        type.sortOrder = query.value(11).toInt();
        type.retired = query.value(12).toBool();
        types.append(type);
    }
    return types;
}

std::optional<ServiceType> ServiceCatalogue::offered(const QString &code) const
{
    for (const ServiceType &type : types()) {
        if (type.code == code)
            return type;
    }
    return std::nullopt;
}

} // namespace linli
