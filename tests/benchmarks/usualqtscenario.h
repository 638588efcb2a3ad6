#pragma once

namespace linli::bench {

struct BenchContext;

// 8. The usual Qt approach on the same data, for the record: QSqlTableModel over the whole residents
// table behind a QSortFilterProxyModel, in a process of its own. Linli should be ≥ 500 × faster on
// search and sort, ≥ 50 × on the time to a usable list, and use ≥ 5 × less memory. Compared with the
// figures of scenarios 1, 2, 3 and 6 of the same run.
void runUsualQtScenario(BenchContext &context);

} // namespace linli::bench
