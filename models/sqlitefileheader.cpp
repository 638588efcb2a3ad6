#include "sqlitefileheader.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace linli {

namespace {

// Offsets from https://www.sqlite.org/fileformat.html section 1.3.
constexpr int headerSize = 100;
constexpr int pageSizeOffset = 16;
constexpr int changeCounterOffset = 24;
constexpr int pageCountOffset = 28;
constexpr int userVersionOffset = 60;
constexpr int applicationIdOffset = 68;
constexpr int versionValidForOffset = 92;
constexpr char magic[] = "SQLite format 3";

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

SqliteFileHeader SqliteFileHeader::read(const QString &filePath)
{
    SqliteFileHeader header;
    const QFileInfo info(filePath);
    if (!info.exists()) {
        header.m_verdict = Verdict::Missing;
        return header;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        header.m_verdict = Verdict::Unreadable;
        return header;
    }
    header.m_fileSize = file.size();
    if (header.m_fileSize == 0) {
        header.m_verdict = Verdict::Empty;
        return header;
    }
    const QByteArray bytes = file.read(headerSize);
    if (bytes.size() < headerSize || !bytes.startsWith(QByteArray::fromRawData(magic, sizeof magic))) {
        header.m_verdict = Verdict::NotSqlite;
        return header;
    }
    const quint16 storedPageSize = qFromBigEndian<quint16>(bytes.constData() + pageSizeOffset);
    header.m_pageSize = storedPageSize == 1 ? 65536u : storedPageSize;
    header.m_userVersion = bigEndian32(bytes, userVersionOffset);
    header.m_applicationId = bigEndian32(bytes, applicationIdOffset);
    if (header.m_pageSize < 512 || (header.m_pageSize & (header.m_pageSize - 1)) != 0) {
        header.m_verdict = Verdict::NotSqlite;
        return header;
    }
    // The in-header page count is trustworthy only when written by a current SQLite.
    const bool pageCountValid
            = bigEndian32(bytes, changeCounterOffset) == bigEndian32(bytes, versionValidForOffset);
    header.m_pageCount = bigEndian32(bytes, pageCountOffset);
    if (pageCountValid && header.m_pageCount > 0
        && qint64(header.m_pageCount) * header.m_pageSize > header.m_fileSize) {
        header.m_verdict = Verdict::Truncated;
        return header;
    }
    if (header.m_fileSize % header.m_pageSize != 0) {
        header.m_verdict = Verdict::Truncated;
        return header;
    }
    header.m_verdict = Verdict::Plausible;
    return header;
}

} // namespace linli
