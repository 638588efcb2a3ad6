#pragma once

#include <QDate>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <chrono>
#include <functional>

namespace linli {

// Keeps the endless visit series written a horizon ahead (VisitStore::extendSeries): from start(),
// at once and again every hour, so that the horizon moves with the days also while a window stays open
// overnight. A failure is logged and tried again at the next turn. Lives on the connection's thread.
class VisitSeriesKeeper : public QObject
{
public:
    explicit VisitSeriesKeeper(const QSqlDatabase &database, QObject *parent = nullptr,
                               std::chrono::milliseconds every = std::chrono::hours(1));

    // "Today"; tests move it.
    void setClock(std::function<QDate()> today) { m_today = std::move(today); }
    // Writes ahead now and at every turn from here on.
    void start();
    // Writes ahead now; false on a database error.
    bool extendNow();

private:
    QSqlDatabase m_database;
    QTimer m_timer;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
};

} // namespace linli
