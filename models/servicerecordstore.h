#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// What a clerk logs at the desk: one service delivered.
struct ServiceEntry
{
    qint64 residentId = 0; // 0: an anonymous walk-in
    qint64 serviceTypeId = 0;
    QDateTime servedAt;
    qint64 handlerId = 0; // staff member; 0: not recorded
    int durationMinutes = 0;
    QString outcome;
    QString notes;
};

// Writes service records. A type that opens a follow-up case opens it in the same transaction:
// received, due after the type's deadline in working days (holidays and worked weekends counted),
// with the first event of its history. All SQL for service records lives here.
class ServiceRecordStore
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRecordStore)

public:
    struct LogResult
    {
        qint64 id = 0;   // the new record; 0 when refused or failed
        QString message; // why, in plain words
        bool isLogged() const { return id > 0; }
    };

    static constexpr int longestMinutes = 24 * 60;

    explicit ServiceRecordStore(const QSqlDatabase &database);

    LogResult log(const ServiceEntry &entry);
    // "Now" for refusing entries in the future; tests fix it.
    void setReferenceTime(const QDateTime &now) { m_now = now; }

private:
    QString refusal(const ServiceEntry &entry) const;

    QSqlDatabase m_database;
    QDateTime m_now;
};

} // namespace linli
