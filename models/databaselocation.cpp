#include "databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace linli {

DatabaseLocation DatabaseLocation::defaultLocation()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return fromArgument(QDir(folder).filePath(u"linli.sqlite"_s));
}

DatabaseLocation DatabaseLocation::fromArgument(const QString &argument)
{
    DatabaseLocation location;
    const QString trimmed = argument.trimmed();
    if (trimmed.isEmpty()) {
        location.m_errorString = tr("No database location was given.");
        return location;
    }
    if (trimmed.startsWith(u"postgresql://"_s) || trimmed.startsWith(u"postgres://"_s)) {
        location.m_errorString = tr("This version of Linli opens SQLite database files only.");
        return location;
    }
    const QFileInfo info(trimmed);
    if (info.isDir()) {
        location.m_errorString = tr("%1 is a folder, not a database file.").arg(trimmed);
        return location;
    }
    location.m_kind = Kind::SqliteFile;
    location.m_filePath = info.absoluteFilePath();
    return location;
}

QString DatabaseLocation::displayName() const
{
    return QDir::toNativeSeparators(m_filePath);
}

} // namespace linli
