#pragma once

#include <QStringList>

namespace linli::bench {

// What the benchmark measures in a process of its own, where a start is a real start and memory
// is the process's own: `linli-bench --child MODE [DATABASE [SCRATCH]]`. Each mode prints
// "key value" lines on standard output:
//   empty    an empty QMainWindow: first-paint (CLOCK_MONOTONIC ns), rss-mib
//   linli    Linli's main window on DATABASE: first-paint of the resident list with rows, rss-mib
//   stalls   the same, then the longest pause of the UI thread (stall-ACTIVITY ms) while searching,
//            scrolling, importing a sheet into the empty database SCRATCH, and showing and saving reports
//   usual    the usual Qt approach: QSqlTableModel over the whole residents table behind a
//            QSortFilterProxyModel in a QTableView: first-paint, rss-mib, search-TEXT ms, sort-age ms
int runChild(const QStringList &arguments);

// Monotonic nanoseconds, as the child prints them.
qint64 monotonicNanoseconds();

} // namespace linli::bench
