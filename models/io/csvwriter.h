#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace linli {

// Writes RFC 4180 records for Excel and WPS: UTF-8 with a BOM (without it Chinese Excel reads the
// file as GBK), CRLF line ends, fields quoted when they hold a comma, quote or line break.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    bool writeRecord(const QStringList &fields);
    bool hasError() const { return m_hasError; }

private:
    QIODevice *m_device;
    bool m_bomWritten = false;
    bool m_hasError = false;
};

} // namespace linli
