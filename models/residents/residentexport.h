#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace linli {

// Writes every resident as a sheet that Excel and WPS open as it is (ResidentSheet's columns and
// words, UTF-8 with BOM) and that the import reads back field for field. Streams row by row, so
// a district's million residents need no more memory than ten.
class ResidentExport
{
    Q_DECLARE_TR_FUNCTIONS(ResidentExport)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ResidentExport(const QSqlDatabase &database);

    // The number of rows written; Cancelled leaves the file incomplete.
    Result<qint64> write(QIODevice *device, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    QSqlDatabase m_database;
};

} // namespace linli
