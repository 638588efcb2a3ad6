#include "servicemonthfigures.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// What a scope reads, for "SELECT … FROM <this> m.month …": one grid's counts per grid, or all
// grids' totals, as m (month, service_type_id, records), with their types t and categories c; and
// the values its conditions take, in order.
QString scopeSource(const ServiceMonthFigures::Scope &scope, QVariantList &values)
{
    QString source = scope.gridId > 0 ? u"service_month_counts m "_s : u"service_month_totals m "_s;
    source += u"JOIN service_types t ON t.id = m.service_type_id JOIN service_categories c ON c.id = t.category_id "
              "WHERE "_s;
    if (scope.gridId > 0) {
        source += u"m.grid_id = ? AND "_s;
        values.append(scope.gridId);
    }
    if (scope.categoryId > 0) {
        source += u"t.category_id = ? AND "_s;
        values.append(scope.categoryId);
    }
    return source;
}

} // namespace

ServiceMonthFigures::ServiceMonthFigures(const QSqlDatabase &database)
    : m_database(database)
{
}

std::optional<QList<ServiceMonthFigures::CategoryCount>> ServiceMonthFigures::byCategory(QDate first, QDate last,
                                                                                         const Scope &scope) const
{
    QVariantList values;
    const QString source = scopeSource(scope, values);
    values << monthKey(first) << monthKey(last);
    const QString sql = u"SELECT m.month, c.id, c.name_zh, c.name_en, sum(m.records) FROM %1 m.month BETWEEN ? AND ? "
                        "GROUP BY m.month, c.id ORDER BY m.month, c.sort_order, c.id"_s.arg(source);
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
    QVariantList values;
    const QString source = scopeSource(scope, values);
    values << monthKey(month);
    const QString sql = u"SELECT t.id, t.code, t.name_zh, t.name_en, sum(m.records) AS records FROM %1 m.month = ? "
                        "GROUP BY t.id ORDER BY records DESC, t.code LIMIT %2"_s.arg(source)
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
