#include "databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace linli {

DatabaseLocation DatabaseLocation::serverLocation(const QString &address)
{
    DatabaseLocation location;
    const QUrl url(address, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    const QString example = u"postgresql://clerk@db.example:5432/linli"_s;
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(u'/') || url.hasQuery()
        || url.hasFragment()) {
        location.m_errorString = tr("%1 is not a server address Linli understands; write it as %2.")
                                         .arg(url.toDisplayString(QUrl::RemovePassword), example);
        return location;
    }
    location.m_kind = Kind::PostgreSql;
    location.m_host = url.host();
    location.m_port = url.port(defaultPostgreSqlPort);
    location.m_userName = url.userName();
    location.m_password = url.password();
    location.m_databaseName = database;
    return location;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return fromArgument(QDir(folder).filePath(u"linli.sqlite"_s));
}

namespace {

const auto rememberedKey = u"database/location"_s;

} // namespace

DatabaseLocation DatabaseLocation::remembered()
{
    const QString saved = QSettings().value(rememberedKey).toString();
    if (saved.isEmpty())
        return defaultLocation();
    return fromArgument(saved);
}

void DatabaseLocation::remember(const DatabaseLocation &location)
{
    QSettings settings;
    if (!location.isValid() || location.argument() == defaultLocation().argument())
        settings.remove(rememberedKey);
    else
        settings.setValue(rememberedKey, location.argument());
}

DatabaseLocation DatabaseLocation::fromArgument(const QString &argument)
{
    DatabaseLocation location;
    const QString trimmed = argument.trimmed();
    if (trimmed.isEmpty()) {
        location.m_errorString = tr("No database location was given.");
        return location;
    }
    if (trimmed.startsWith(u"postgresql://"_s) || trimmed.startsWith(u"postgres://"_s))
        return serverLocation(trimmed);
    const QFileInfo info(trimmed);
    if (info.isDir()) {
        location.m_errorString = tr("%1 is a folder, not a database file.").arg(trimmed);
        return location;
    }
    location.m_kind = Kind::SqliteFile;
    location.m_filePath = info.absoluteFilePath();
    return location;
}

QString DatabaseLocation::argument() const
{
    return m_kind == Kind::PostgreSql ? displayName() : m_filePath;
}

QString DatabaseLocation::displayName() const
{
    if (m_kind != Kind::PostgreSql)
        return QDir::toNativeSeparators(m_filePath);
    const QString user = m_userName.isEmpty() ? QString() : m_userName + u'@';
    return u"postgresql://%1%2:%3/%4"_s.arg(user, m_host).arg(m_port).arg(m_databaseName);
}

} // namespace linli
