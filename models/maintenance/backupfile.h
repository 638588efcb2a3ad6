#pragma once

#include <QCoreApplication>
#include <QString>

namespace linli {

// Judges a file offered as a backup before anything relies on it: a Linli database of a version
// this program understands, passing SQLite's full integrity_check. Opens it read-only.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    static BackupFile inspect(const QString &filePath);

    bool isUsable() const { return m_problem.isEmpty(); }
    // Why it cannot be used, a sentence naming the file; empty when usable.
    QString problem() const { return m_problem; }
    int schemaVersion() const { return m_schemaVersion; }

private:
    QString m_problem;
    int m_schemaVersion = 0;
};

} // namespace linli
