#include "sqlitefileheader.h"

#include "sqlitefilesinuse.h"
#include "sqlitehandle.h"

#include <QFileInfo>
#include <QtEndian>

#include <sqlite3.h>

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
    // A log or index file of a database this program has open is no database, and must not be
    // opened at all (SqliteFilesInUse).
    if (SqliteFilesInUse::held(filePath) == SqliteFilesInUse::Held::Companion) {
        header.m_verdict = Verdict::NotSqlite;
        return header;
    }
    // Read through SQLite's own file layer, which shares one file's locks among all connections of
    // the program and keeps its descriptor open while they hold any: the program may hold the file.
    // Opening reads nothing and locks nothing.
    const SqliteConnection connection = openSqliteReadOnly(filePath);
    sqlite3_file *file = nullptr;
    if (!connection || sqlite3_file_control(connection.get(), "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK
        || !file || !file->pMethods) {
        header.m_verdict = Verdict::Unreadable;
        return header;
    }
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK) {
        header.m_verdict = Verdict::Unreadable;
        return header;
    }
    header.m_fileSize = size;
    if (header.m_fileSize == 0) {
        header.m_verdict = Verdict::Empty;
        return header;
    }
    QByteArray bytes(headerSize, '\0');
    const int readResult = file->pMethods->xRead(file, bytes.data(), headerSize, 0);
    if (readResult == SQLITE_IOERR_SHORT_READ) {
        bytes.truncate(int(header.m_fileSize));
    } else if (readResult != SQLITE_OK) {
        header.m_verdict = Verdict::Unreadable;
        return header;
    }
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
    const bool pageCountValid = bigEndian32(bytes, changeCounterOffset) == bigEndian32(bytes, versionValidForOffset);
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
