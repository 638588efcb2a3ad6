#include "csvwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace linli {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    QString line;
    if (!m_bomWritten) {
        line += QChar(0xFEFF);
        m_bomWritten = true;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        const QString &field = fields.at(i);
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
            QString escaped = field;
            line += u'"' + escaped.replace(u'"', u"\"\""_s) + u'"';
        } else {
            line += field;
        }
    }
    line += u"\r\n"_s;
    const QByteArray bytes = line.toUtf8();
    if (m_device->write(bytes) != bytes.size())
        m_hasError = true;
    return !m_hasError;
}

} // namespace linli
