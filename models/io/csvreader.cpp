#include "csvreader.h"

using namespace Qt::StringLiterals;

namespace linli {

CsvReader::CsvReader(QStringView text, QChar delimiter)
    : m_text(text)
    , m_delimiter(delimiter)
{
    if (m_text.startsWith(QChar(0xFEFF)))
        m_position = 1;
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    if (m_hasError || m_position >= m_text.size())
        return false;
    m_recordLine = m_line;
    // CSV has no NULL: an empty field is an empty, non-null string, so that it binds as ''.
    QString field = u""_s;
    bool quoted = false;
    bool fieldWasQuoted = false;
    const qsizetype length = m_text.size();
    while (m_position < length) {
        const QChar c = m_text.at(m_position++);
        if (quoted) {
            if (c == u'"') {
                if (m_position < length && m_text.at(m_position) == u'"') {
                    field += u'"';
                    ++m_position;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && (m_position >= length || m_text.at(m_position) != u'\n')))
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == m_delimiter) {
            fields.append(field);
            field = u""_s;
            fieldWasQuoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && m_position < length && m_text.at(m_position) == u'\n')
                ++m_position;
            ++m_line;
            fields.append(field);
            return true;
        } else {
            field += c;
        }
    }
    if (quoted) {
        m_hasError = true;
        m_errorLine = m_recordLine;
        fields.clear();
        return false;
    }
    fields.append(field);
    return true;
}

} // namespace linli
