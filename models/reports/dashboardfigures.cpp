#include "dashboardfigures.h"

#include "caserates.h"
#include "monthfigures.h"
#include "monthseriesmodel.h"
#include "residenttag.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace linli {

DashboardFigures::DashboardFigures(const QSqlDatabase &database)
    : m_database(database)
{}

bool DashboardFigures::load(const Scope &scope, const Models &models)
{
    const std::optional<Figures> figures = read(scope);
    if (!figures)
        return false;
    show(*figures, models);
    return true;
}

void DashboardFigures::show(const Figures &figures, const Models &models)
{
    for (int chart = 0; chart < chartCount; ++chart)
        show(figures, models, chart);
}

void DashboardFigures::show(const Figures &figures, const Models &models, int chart)
{
    const std::array<std::pair<MonthSeriesModel *, const Series *>, chartCount> charts = {{
            {models.services, &figures.services},
            {models.topTypes, &figures.topTypes},
            {models.visits, &figures.visits},
            {models.people, &figures.people},
            {models.rates, &figures.rates},
    }};
    if (chart < 0 || chart >= chartCount)
        return;
    const auto &[model, series] = charts.at(std::size_t(chart));
    if (model)
        model->setFigures(series->labels, series->names, series->values);
}

std::optional<DashboardFigures::Figures> DashboardFigures::read(const Scope &scope)
{
    const QDate last(scope.month.year(), scope.month.month(), 1);
    const int monthsShown = std::clamp(scope.months, 1, mostMonths);
    const QDate first = last.addMonths(1 - monthsShown);
    QStringList months;
    QHash<QDate, int> rowOf;
    for (int i = 0; i < monthsShown; ++i) {
        const QDate month = first.addMonths(i);
        rowOf.insert(month, i);
        // Short enough for many under a chart: "11月", "Nov" within a year (the month chosen says
        // which), "25-11" across years.
        months.append(monthsShown <= 12 ? QLocale().monthName(month.month(), QLocale::ShortFormat)
                                        : month.toString(u"yy-MM"_s));
    }
    const MonthFigures figures(m_database);
    const MonthFigures::Scope services{scope.gridId, scope.categoryId};
    const auto byCategory = figures.byCategory(first, last, services);
    const auto top = figures.topTypes(last, topTypesShown, services);
    const auto visits = figures.visits(first, last, scope.gridId);
    const auto people = figures.people(first, last, scope.gridId);
    const auto registered = figures.registrations(first, last, scope.gridId);
    if (!byCategory || !top || !visits || !people || !registered) {
        m_lastError = figures.lastError();
        return std::nullopt;
    }
    const CaseRates caseRates(m_database);
    const auto cases = caseRates.monthly(first, last, scope.gridId);
    if (!cases) {
        m_lastError = caseRates.lastError();
        return std::nullopt;
    }
    Figures result;

    // Services: a series for each of the largest categories of the twelve months, the rest together
    // as "other", so that the colours and the legend stay readable.
    QHash<qint64, qint64> totals;
    QHash<qint64, QString> names;
    for (const MonthFigures::CategoryCount &count : *byCategory) {
        totals[count.categoryId] += count.records;
        names.insert(count.categoryId, scope.chineseNames ? count.categoryZh : count.categoryEn);
    }
    QList<qint64> largest = totals.keys();
    std::sort(largest.begin(), largest.end(), [&totals](qint64 a, qint64 b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    const bool withOther = largest.size() > categoriesShown;
    largest = largest.mid(0, withOther ? categoriesShown - 1 : categoriesShown);
    QStringList categories;
    QHash<qint64, int> seriesOf;
    for (const qint64 category : std::as_const(largest)) {
        seriesOf.insert(category, int(categories.size()));
        categories.append(names.value(category));
    }
    if (withOther)
        categories.append(tr("Other"));
    QList<QList<double>> values(monthsShown, QList<double>(categories.size(), 0.0));
    for (const MonthFigures::CategoryCount &count : *byCategory) {
        const int series = int(seriesOf.value(count.categoryId, int(categories.size()) - 1));
        values[rowOf.value(count.month)][series] += double(count.records);
    }
    result.services = {months, categories, values};

    QStringList typeNames;
    QList<QList<double>> typeValues;
    // The chart's axis has little room: long names are cut with an ellipsis.
    const qsizetype longest = scope.chineseNames ? 9 : 22;
    for (auto type = top->crbegin(); type != top->crend(); ++type) { // the most given at the top
        const QString name = scope.chineseNames ? type->nameZh : type->nameEn;
        typeNames.append(name.size() > longest ? name.left(longest - 1) + u'…' : name);
        typeValues.append(QList<double>{double(type->records)});
    }
    result.topTypes = {typeNames, {tr("Services")}, typeValues};

    // Visits: elderly (home visits and phone checks) and rehabilitation, planned (not cancelled) and done.
    QList<QList<double>> visitValues(monthsShown, QList<double>(4, 0.0));
    for (const MonthFigures::VisitCount &count : *visits) {
        const int rehab = count.kind.startsWith(u"rehab"_s) ? 2 : 0;
        QList<double> &row = visitValues[rowOf.value(count.month)];
        if (count.status != u"cancelled"_s)
            row[rehab] += double(count.visits);
        if (count.status == u"done"_s)
            row[rehab + 1] += double(count.visits);
    }
    result.visits
            = {months, {tr("Elderly planned"), tr("Elderly done"), tr("Rehab planned"), tr("Rehab done")}, visitValues};

    const QStringList careTags = {u"living_alone"_s, u"disabled"_s, u"key_care"_s};
    QStringList peopleSeries = {tr("Served"), tr("60+"), tr("80+")};
    for (const QString &tag : careTags)
        peopleSeries.append(ResidentTag::label(tag));
    peopleSeries.append(tr("New registrations"));
    QList<QList<double>> peopleValues(monthsShown, QList<double>(peopleSeries.size(), 0.0));
    for (const MonthFigures::PeopleCount &count : *people) {
        QList<double> &row = peopleValues[rowOf.value(count.month)];
        row[0] = double(count.people);
        row[1] = double(count.aged60);
        row[2] = double(count.aged80);
        for (qsizetype i = 0; i < careTags.size(); ++i)
            row[3 + i] = double(count.tagged.value(careTags.at(i)));
    }
    for (const auto &[month, count] : *registered)
        peopleValues[rowOf.value(month)].last() = double(count);
    result.people = {months, peopleSeries, peopleValues};

    // A month without cases (a rate of "none") is drawn at 0.
    QList<QList<double>> rateValues(monthsShown, QList<double>(3, 0.0));
    for (const auto &[month, counted] : *cases) {
        QList<double> &row = rateValues[rowOf.value(month)];
        const std::optional<double> rates[3]
                = {counted.closureRate(), counted.onTimeRate(), counted.satisfactionRate()};
        for (int i = 0; i < 3; ++i)
            row[i] = rates[i] ? *rates[i] * 100.0 : 0.0;
    }
    result.rates = {months, {tr("Closure rate %"), tr("On time %"), tr("Satisfied %")}, rateValues};
    m_lastError.clear();
    return result;
}

} // namespace linli
