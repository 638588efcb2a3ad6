#include "servicemonthfigures.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// The conditions a scope adds to a query of service_month_counts m joined with service_types t.
QString scopeCondition(const ServiceMonthFigures::Scope &scope, QVariantList &values)
{
    QString condition;
    if (scope.gridId > 0) {
        condition += u" AND m.grid_id = ?"_s;
        values.append(scope.gridId);
    }
    if (scope.categoryId > 0) {
        condition += u" AND t.category_id = ?"_s;
        values.append(scope.categoryId);
    }
    return condition;
}

} // namespace

ServiceMonthFigures::ServiceMonthFigures(const QSqlDatabase &database)
    : m_database(database)
{
}

std::optional<QList<ServiceMonthFigures::CategoryCount>> ServiceMonthFigures::byCategory(QDate first, QDate last,
                                                                                         const Scope &scope) const
{
    QVariantList values = {monthKey(first), monthKey(last)};
    const QString sql = u"SELECT m.month, c.id, c.name_zh, c.name_en, sum(m.records) FROM service_month_counts m "
                        "JOIN service_types t ON t.id = m.service_type_id "
                        "JOIN service_categories c ON c.id = t.category_id "
                        "WHERE m.month BETWEEN ? AND ?%1 GROUP BY m.month, c.id ORDER BY m.month, c.sort_order, c.id"_s
                                .arg(scopeCondition(scope, values));
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    QList<CategoryCount> counts;
    while (query.next()) {
        counts.append({QDate::fromString(query.value(0).toString() + u"-01"_s, Qt::ISODate),
                       query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toLongLong()});
    }
    return counts;
}

std::optional<QList<ServiceMonthFigures::TypeCount>> ServiceMonthFigures::topTypes(QDate month, int count,
                                                                                   const Scope &scope) const
{
    QVariantList values = {monthKey(month)};
    const QString sql = u"SELECT t.id, t.code, t.name_zh, t.name_en, sum(m.records) AS records "
                        "FROM service_month_counts m JOIN service_types t ON t.id = m.service_type_id "
                        "WHERE m.month = ?%1 GROUP BY t.id ORDER BY records DESC, t.code LIMIT %2"_s
                                .arg(scopeCondition(scope, values))
                                .arg(qMax(1, count));
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    QList<TypeCount> types;
    while (query.next()) {
        types.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toLongLong()});
    }
    return types;
}

} // namespace linli
