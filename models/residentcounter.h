#pragma once

#include "databaselocation.h"
#include "residentfilter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace linli {

// Counts the residents matching a search and filters on a worker thread with its own connection, so that
// the exact count never holds up typing. Only the answer to the latest request is delivered;
// answers to older ones are dropped. Lives on the thread that created it; the destructor waits
// for running counts.
class ResidentCounter : public QObject
{
    Q_OBJECT

public:
    explicit ResidentCounter(const DatabaseLocation &location, QObject *parent = nullptr);
    ~ResidentCounter() override;

    void count(const QString &searchText, const ResidentFilter &filter = {});

signals:
    void counted(const QString &searchText, qint64 count);
    void failed(const QString &message);

private:
    DatabaseLocation m_location;
    quint64 m_generation = 0;
    QList<QPointer<QThread>> m_threads;
};

} // namespace linli
