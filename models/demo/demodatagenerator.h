#pragma once

#include "demonames.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace linli {

class WriteTransaction;

// Fills an empty Linli database with deterministic, realistic synthetic data: grids, staff,
// households and residents (names with real surname frequencies, valid ID numbers and phones,
// an ageing population with tags), service records over the last five years with seasons and
// weekdays, follow-up cases in every state with their history, and past and future visits,
// some as rehabilitation courses. The same seed and reference date give the same database.
//
// Runs on the calling thread with the caller's connection. Writes in batches, each its own
// write transaction, so the WAL stays small; refuses a database that already has residents.
// Stops between batches when the cancel flag is set (what was committed stays).
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    struct Options
    {
        qint64 residents = 0;
        qint64 services = 0;
        qint64 visits = 0;
        quint32 seed = 1;
        // "Today" for the data: services end here, planned visits start after it.
        QDate today = QDate::currentDate();
    };

    enum class Stage { Setup, Residents, Services, Visits, Indexes };
    using ProgressCallback = std::function<void(Stage stage, qint64 done, qint64 total)>;

    DemoDataGenerator(const QSqlDatabase &database, const Options &options);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // False with errorString() on failure or when cancelled (wasCancelled()).
    bool run();
    QString errorString() const { return m_errorString; }
    bool wasCancelled() const { return m_cancelled; }
    qint64 rowsWritten() const { return m_rowsWritten; }

    static QString stageName(Stage stage);

private:
    struct Household;
    struct ResidentDraft;

    bool checkEmpty();
    // Everything but the statistics, under the bulk write settings.
    bool generate();
    bool createGridsAndStaff();
    bool createResidents();
    bool createServices();
    bool createVisits();
    std::unique_ptr<WriteTransaction> beginBatch();
    bool shouldStop();
    bool fail(const QString &message, const QString &driverError = {});
    void report(Stage stage, qint64 done, qint64 total);

    QSqlDatabase m_database;
    Options m_options;
    QRandomGenerator m_random;
    DemoNames m_names;
    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    QString m_errorString;
    bool m_cancelled = false;
    qint64 m_rowsWritten = 0;

    int m_gridCount = 0;
    QList<qint64> m_clerkIds;
    QList<qint64> m_careIds;
    QList<qint64> m_rehabIds;
    // Residents the services and visits are drawn from.
    QList<qint64> m_elderlyIds;
    QList<qint64> m_caredForIds;
    QList<qint64> m_rehabPatientIds;
};

} // namespace linli
