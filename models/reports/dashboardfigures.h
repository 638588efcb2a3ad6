#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace linli {

class MonthSeriesModel;

// Fills the dashboard's chart models from the monthly counts (MonthFigures): services per month by
// category, the month's ten most given types, elderly and rehabilitation visits planned and done,
// people served with the elderly and care groups among them, and new registrations beside them; the
// three case rates. Twelve months (or the period chosen) up to the one chosen.
class DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFigures)

public:
    static constexpr int defaultMonths = 12;
    static constexpr int mostMonths = 60;
    static constexpr int topTypesShown = 10;
    static constexpr int categoriesShown = 7; // the largest six and "other"

    struct Scope
    {
        QDate month;                // the last month shown
        int months = defaultMonths; // how many, up to mostMonths
        qint64 gridId = 0;
        qint64 categoryId = 0; // services only: people and visits are not of a category
        bool chineseNames = true;
    };
    struct Models
    {
        MonthSeriesModel *services = nullptr;
        MonthSeriesModel *topTypes = nullptr;
        MonthSeriesModel *visits = nullptr;
        MonthSeriesModel *people = nullptr;
        MonthSeriesModel *rates = nullptr; // closure, on-time and satisfaction rates in percent
    };

    // What one chart shows: a label per month (or type), the names of its series, a row of values per label.
    struct Series
    {
        QStringList labels;
        QStringList names;
        QList<QList<double>> values;
    };
    struct Figures
    {
        Series services;
        Series topTypes;
        Series visits;
        Series people;
        Series rates;
    };

    explicit DashboardFigures(const QSqlDatabase &database);

    // The figures of the scope, read on the thread owning the connection (a worker's); nothing
    // with lastError() when the counts cannot be read.
    std::optional<Figures> read(const Scope &scope);
    // Puts figures into the chart models (on the models' thread).
    static void show(const Figures &figures, const Models &models);
    // The same for one chart, 0 to chartCount - 1 in the order of Figures: a window redraws one
    // chart at a time.
    static constexpr int chartCount = 5;
    static void show(const Figures &figures, const Models &models, int chart);
    // read() then show(); false with lastError() when the counts cannot be read (the models keep
    // what they showed).
    bool load(const Scope &scope, const Models &models);
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    QString m_lastError;
};

} // namespace linli
