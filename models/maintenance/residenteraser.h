#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace linli {

// Erases a resident at their request (PIPL Art. 47): their row, tags and visits go; the services
// they received and cases they raised stay, no longer linked to anyone, so the center's monthly
// figures keep their totals. A manager's right, audited (DELETE, with counts and no personal data).
// Deleted bytes are overwritten (secure_delete, set on every connection) and the write-ahead log,
// which still holds the old pages, is emptied by a checkpoint, so the ID number is nowhere in the
// database's files afterwards. Backups made before still hold it until they expire.
class ResidentEraser
{
    Q_DECLARE_TR_FUNCTIONS(ResidentEraser)

public:
    struct Erasure
    {
        qint64 servicesKept = 0;
        qint64 visitsRemoved = 0;
        // False when other connections were reading, so that the log could not be emptied now;
        // the next checkpoint (at the latest when the last connection closes) does it.
        bool logEmptied = false;
    };

    explicit ResidentEraser(const QSqlDatabase &database);

    // Nothing changed when not done.
    Result<Erasure> erase(qint64 residentId);

private:
    bool emptyTheLog();

    QSqlDatabase m_database;
};

} // namespace linli
