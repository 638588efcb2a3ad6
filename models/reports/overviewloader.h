#pragma once

#include "databaselocation.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace linli {

// Counts the residents, service records and visits the user sees (OverviewStore) on a worker thread
// with its own connection and hands the figures back by signal, so the window never waits on a
// count of ten million rows. Lives on the thread that created it; the destructor waits for a
// running count to finish.
class OverviewLoader : public QObject
{
    Q_OBJECT

public:
    explicit OverviewLoader(const DatabaseLocation &location, QObject *parent = nullptr);
    ~OverviewLoader() override;

    // Starts a count unless one is running.
    void refresh();

signals:
    // Table name → row count.
    void loaded(const QHash<QString, qint64> &counts);
    void failed(const QString &message);

private:
    DatabaseLocation m_location;
    QPointer<QThread> m_thread;
};

} // namespace linli
