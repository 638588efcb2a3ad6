#include "sqlitesharedmemory.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace linli::SqliteSharedMemory {

namespace {

// SQLite's unix VFS: the locks of the WAL index start at byte 120 of the -shm file; the dead man
// switch is the byte after the eight of the WAL itself.
constexpr off_t deadManSwitch = 120 + 8;

} // namespace

bool isOpenElsewhere(const QString &databasePath)
{
    const QByteArray path = QFile::encodeName(databasePath + u"-shm"_s);
    const int descriptor = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = deadManSwitch;
    lock.l_len = 1;
    // Asks whether taking the byte for ourselves would conflict, without taking it.
    const bool held = ::fcntl(descriptor, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(descriptor);
    return held;
}

} // namespace linli::SqliteSharedMemory
