#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace linli {

// Decides whether opening a database runs SQLite's quick_check, which reads the whole file
// (about 9 s for a 3 GB district database): always for small files, after a session that did
// not close cleanly (its WAL file was left behind), and otherwise at least once a week.
// `linli check` runs the full integrity check whenever asked.
class QuickCheckSchedule
{
public:
    static constexpr qint64 defaultAlwaysBelowBytes = qint64(512) * 1024 * 1024;
    static constexpr int maximumDaysBetweenChecks = 7;

    // The settings key holding the date of the last passed check.
    static QString settingsKey();

    // walLeftBehind: whether a -wal file existed before this program opened the database
    // (SQLite removes it when the last connection closes cleanly).
    static bool isDue(qint64 fileSize, bool walLeftBehind, std::optional<QDate> lastPassed, QDate today,
                      qint64 alwaysBelowBytes = defaultAlwaysBelowBytes);
};

} // namespace linli
