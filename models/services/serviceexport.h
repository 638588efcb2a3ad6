#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

class QIODevice;

namespace linli {

// Writes the service records of a period (or all of them) oldest first as a sheet that Excel and
// WPS open (ServiceSheet's columns and words, UTF-8 with BOM) and that the service import reads
// back. Streams row by row: ten million records need no more memory than ten.
class ServiceExport
{
    Q_DECLARE_TR_FUNCTIONS(ServiceExport)

public:
    explicit ServiceExport(const QSqlDatabase &database);

    // The number of rows written (from/to: inclusive days; invalid for no bound).
    Result<qint64> write(QIODevice *device, QDate from = {}, QDate to = {});

private:
    QSqlDatabase m_database;
};

} // namespace linli
