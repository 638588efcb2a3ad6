#pragma once

#include <QCoreApplication>
#include <QString>

namespace linli {

// Where the database lives, as given on the command line or in the settings.
// Today a SQLite file; a server address form is reserved for the shared setup.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Kind { SqliteFile, Invalid };

    // The embedded default: linli.sqlite in the user's application data folder.
    static DatabaseLocation defaultLocation();
    // Parses what the user typed after --db; sets errorString() when it is not usable.
    static DatabaseLocation fromArgument(const QString &argument);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_errorString; }
    // What the status bar and messages show.
    QString displayName() const;

private:
    Kind m_kind = Kind::Invalid;
    QString m_filePath;
    QString m_errorString;
};

} // namespace linli
