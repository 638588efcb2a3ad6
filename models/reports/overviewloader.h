#pragma once

#include "databaselocation.h"
#include "worker.h"

#include <QHash>
#include <QObject>

namespace linli {

// Counts the residents, service records and visits the user sees (OverviewStore) on a Worker and
// hands the figures back by signal, so the window never waits on a count of ten million rows. A
// refresh asked while a count runs interrupts it and counts again: the figures shown are never
// older than the last change. Lives on the thread that created it.
class OverviewLoader : public QObject
{
    Q_OBJECT

public:
    explicit OverviewLoader(const DatabaseLocation &location, QObject *parent = nullptr);

    // Counts (again).
    void refresh();

signals:
    // Table name → row count.
    void loaded(const QHash<QString, qint64> &counts);
    void failed(const QString &message);

private:
    Worker *m_worker;
};

} // namespace linli
