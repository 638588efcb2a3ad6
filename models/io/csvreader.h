#pragma once

#include <QStringList>
#include <QStringView>

namespace linli {

// Reads RFC 4180 records from decoded text: quoted fields with commas, doubled quotes and line
// breaks inside; CRLF, LF or CR line ends. Works on a view of the caller's text, which must outlive it.
class CsvReader
{
public:
    explicit CsvReader(QStringView text, QChar delimiter = u',');

    // Reads the next record into fields. False at the end of the text or on malformed input
    // (then hasError() is true and errorLine() tells where).
    bool readRecord(QStringList &fields);
    // The line on which the last record read started (1-based).
    int recordLine() const { return m_recordLine; }
    bool hasError() const { return m_hasError; }
    int errorLine() const { return m_errorLine; }

private:
    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_position = 0;
    int m_line = 1;
    int m_recordLine = 0;
    bool m_hasError = false;
    int m_errorLine = 0;
};

} // namespace linli
