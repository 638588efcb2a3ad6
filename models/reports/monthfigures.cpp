#include "monthfigures.h"

#include "centerscope.h"
#include "residenttag.h"
#include "sqlselect.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// What a scope reads, for "SELECT … FROM <this> m.month …": the counts per grid of the grids chosen
// (one, or a center's), or all grids' totals, as m (month, service_type_id, records), with their
// types t and categories c; and the values its conditions take, in order.
QString scopeSource(const CenterScope &center, const MonthFigures::Scope &scope, QVariantList &values)
{
    const QString grids = center.chosenGridCondition(u"m.grid_id"_s, scope.gridId);
    QString source = !grids.isEmpty() ? u"service_month_counts m "_s : u"service_month_totals m "_s;
    source += u"JOIN service_types t ON t.id = m.service_type_id JOIN service_categories c ON c.id = t.category_id "
              "WHERE "_s;
    if (!grids.isEmpty()) {
        source += grids + u" AND "_s;
        values += center.chosenGridValues(scope.gridId);
    }
    if (scope.categoryId > 0) {
        source += u"t.category_id = ? AND "_s;
        values.append(scope.categoryId);
    }
    return source;
}

} // namespace

MonthFigures::MonthFigures(const QSqlDatabase &database)
    : m_database(database)
{}

bool MonthFigures::appendGrids(QString &sql, QVariantList &values, qint64 gridId) const
{
    const CenterScope center = CenterScope::of(m_database);
    const QString grids = center.chosenGridCondition(u"grid_id"_s, gridId);
    if (grids.isEmpty())
        return false;
    sql += u" AND "_s + grids;
    values += center.chosenGridValues(gridId);
    return true;
}

std::optional<QList<MonthFigures::CategoryCount>> MonthFigures::byCategory(QDate first, QDate last,
                                                                           const Scope &scope) const
{
    QVariantList values;
    const QString source = scopeSource(CenterScope::of(m_database), scope, values);
    values << monthKey(first) << monthKey(last);
    const QString sql = u"SELECT m.month, c.id, c.name_zh, c.name_en, sum(m.records) FROM %1 m.month BETWEEN ? AND ? "
                        "GROUP BY m.month, c.id ORDER BY m.month, c.sort_order, c.id"_s.arg(source);
    QSqlQuery query(m_database);
    if (!runSelect(query, sql, values, m_lastError))
        return std::nullopt;
    QList<CategoryCount> counts;
    while (query.next()) {
        counts.append({QDate::fromString(query.value(0).toString() + u"-01"_s, Qt::ISODate),
                       query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toLongLong()});
    }
    return counts;
}

std::optional<QList<MonthFigures::TypeCount>> MonthFigures::topTypes(QDate month, int count, const Scope &scope) const
{
    QVariantList values;
    const QString source = scopeSource(CenterScope::of(m_database), scope, values);
    values << monthKey(month);
    const QString sql = u"SELECT t.id, t.code, t.name_zh, t.name_en, sum(m.records) AS records FROM %1 m.month = ? "
                        "GROUP BY t.id ORDER BY records DESC, t.code LIMIT %2"_s.arg(source)
                                .arg(qMax(1, count));
    QSqlQuery query(m_database);
    if (!runSelect(query, sql, values, m_lastError))
        return std::nullopt;
    QList<TypeCount> types;
    while (query.next()) {
        types.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toLongLong()});
    }
    return types;
}

std::optional<QList<MonthFigures::PeopleCount>> MonthFigures::people(QDate first, QDate last, qint64 gridId) const
{
    const QStringList tags = ResidentTag::all();
    QStringList sums = {u"sum(people)"_s, u"sum(aged_60)"_s, u"sum(aged_80)"_s};
    for (const QString &tag : tags)
        sums.append(u"sum(%1)"_s.arg(tag)); // the tag codes are the column names
    QString sql = u"SELECT month, %1 FROM served_month_counts WHERE month BETWEEN ? AND ?"_s.arg(sums.join(u", "_s));
    QVariantList values = {monthKey(first), monthKey(last)};
    appendGrids(sql, values, gridId);
    QSqlQuery query(m_database);
    if (!runSelect(query, sql + u" GROUP BY month ORDER BY month"_s, values, m_lastError))
        return std::nullopt;
    QList<PeopleCount> months;
    while (query.next()) {
        PeopleCount count;
        count.month = QDate::fromString(query.value(0).toString() + u"-01"_s, Qt::ISODate);
        count.people = query.value(1).toLongLong();
        count.aged60 = query.value(2).toLongLong();
        count.aged80 = query.value(3).toLongLong();
        for (qsizetype i = 0; i < tags.size(); ++i)
            count.tagged.insert(tags.at(i), query.value(4 + int(i)).toLongLong());
        months.append(count);
    }
    return months;
}

std::optional<QList<MonthFigures::VisitCount>> MonthFigures::visits(QDate first, QDate last, qint64 gridId) const
{
    QVariantList values = {monthKey(first), monthKey(last)};
    QString sql = u"SELECT month, kind, status, sum(visits) FROM visit_month_counts WHERE month BETWEEN ? AND ?"_s;
    if (!appendGrids(sql, values, gridId))
        sql = u"SELECT month, kind, status, visits FROM visit_month_totals WHERE month BETWEEN ? AND ?"_s;
    sql += u" GROUP BY month, kind, status ORDER BY month, kind, status"_s;
    QSqlQuery query(m_database);
    if (!runSelect(query, sql, values, m_lastError))
        return std::nullopt;
    QList<VisitCount> counts;
    while (query.next()) {
        counts.append({QDate::fromString(query.value(0).toString() + u"-01"_s, Qt::ISODate), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toLongLong()});
    }
    return counts;
}

std::optional<QList<std::pair<QDate, qint64>>> MonthFigures::registrations(QDate first, QDate last, qint64 gridId) const
{
    QString sql = u"SELECT month, sum(residents) FROM registration_month_counts WHERE month BETWEEN ? AND ?"_s;
    QVariantList values = {monthKey(first), monthKey(last)};
    appendGrids(sql, values, gridId);
    QSqlQuery query(m_database);
    if (!runSelect(query, sql + u" GROUP BY month ORDER BY month"_s, values, m_lastError))
        return std::nullopt;
    QList<std::pair<QDate, qint64>> months;
    while (query.next())
        months.append(
                {QDate::fromString(query.value(0).toString() + u"-01"_s, Qt::ISODate), query.value(1).toLongLong()});
    return months;
}

} // namespace linli
