#pragma once

#include <QString>
#include <QtGlobal>

namespace linli {

// The first 100 bytes of a SQLite file, read as bytes through SQLite's file layer so that a file
// can be judged before any SQL touches it (SQLite would happily treat an empty file as a new
// database), even while this program has it open (see SqliteFilesInUse).
// Read-only: never writes to the file.
class SqliteFileHeader
{
public:
    enum class Verdict { Missing, Unreadable, Empty, NotSqlite, Truncated, Plausible };

    static SqliteFileHeader read(const QString &filePath);

    Verdict verdict() const { return m_verdict; }
    qint64 fileSize() const { return m_fileSize; }
    quint32 pageSize() const { return m_pageSize; }
    quint32 pageCount() const { return m_pageCount; }
    // As stored on disk; a WAL file may hold newer values, so SQLite has the last word.
    quint32 applicationId() const { return m_applicationId; }
    quint32 userVersion() const { return m_userVersion; }

private:
    Verdict m_verdict = Verdict::Missing;
    qint64 m_fileSize = 0;
    quint32 m_pageSize = 0;
    quint32 m_pageCount = 0;
    quint32 m_applicationId = 0;
    quint32 m_userVersion = 0;
};

} // namespace linli
