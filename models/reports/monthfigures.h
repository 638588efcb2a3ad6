#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace linli {

// The monthly figures as the dashboard, the monthly report and its CSV count them: services, people
// served, visits and registrations per month, read from the monthly counts the database keeps with
// every write (service_month_counts, served_month_counts, visit_month_counts and their totals,
// registration_month_counts), never from the log or the register themselves, so a year of a
// district costs a few thousand rows. A month is a calendar month; a walk-in belongs to no grid and
// is left out when a grid is chosen, and of a center's figures (an account of one center reads its
// grids' alone: CenterScope).
class MonthFigures
{
public:
    struct Scope
    {
        qint64 gridId = 0;     // 0: all grids (walk-ins included)
        qint64 categoryId = 0; // 0: all categories
    };
    struct CategoryCount
    {
        QDate month; // its first day
        qint64 categoryId = 0;
        QString categoryZh;
        QString categoryEn;
        qint64 records = 0;
    };
    struct TypeCount
    {
        qint64 serviceTypeId = 0;
        QString code;
        QString nameZh;
        QString nameEn;
        qint64 records = 0;
    };

    // Distinct residents served in a month (at least one service), and among them the elderly (60
    // and over, 80 and over on the month's first day) and each care group by their tags now.
    struct PeopleCount
    {
        QDate month;
        qint64 people = 0;
        qint64 aged60 = 0;
        qint64 aged80 = 0;
        QHash<QString, qint64> tagged; // ResidentTag code → people
    };

    // Visits in a month by kind and state, as stored (planned, done, missed, cancelled).
    struct VisitCount
    {
        QDate month;
        QString kind;
        QString status;
        qint64 visits = 0;
    };

    explicit MonthFigures(const QSqlDatabase &database);

    // Per month from `first` to `last` (any day of each) and per category, in month then
    // category order; months or categories without records are absent. nullopt on failure.
    std::optional<QList<CategoryCount>> byCategory(QDate first, QDate last, const Scope &scope) const;
    // The month's most given service types, most first (ties by code).
    std::optional<QList<TypeCount>> topTypes(QDate month, int count, const Scope &scope) const;
    // Per month from `first` to `last`, of one grid or all (0); months without anyone are absent.
    // The category of the scope does not apply: a person is served or not.
    std::optional<QList<PeopleCount>> people(QDate first, QDate last, qint64 gridId) const;
    // Per month from `first` to `last`, of one grid or all (0), by kind and state.
    std::optional<QList<VisitCount>> visits(QDate first, QDate last, qint64 gridId) const;
    // Residents registered per month (by their registration date), of one grid or all (0); months
    // without any are absent. Read from the counts kept per month and grid, never from the register.
    std::optional<QList<std::pair<QDate, qint64>>> registrations(QDate first, QDate last, qint64 gridId) const;
    QString lastError() const { return m_lastError; }

    static QString monthKey(QDate day) { return day.toString(u"yyyy-MM"); }

private:
    // Narrows `sql` (… WHERE …) to the grid chosen (0: all) within the actor's center; false, with
    // nothing appended, when that is the whole district (its totals are read instead).
    bool appendGrids(QString &sql, QVariantList &values, qint64 gridId) const;

    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace linli
