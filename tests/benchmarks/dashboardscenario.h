#pragma once

namespace linli::bench {

struct BenchContext;

// 4. The monthly dashboard: the charts' figures for twelve months (DashboardFigures into the chart
// models), against the same SELECTs through SQLite's C API, and against plain GROUP BY queries over
// the service log, the visits and the register that count the same figures without the monthly
// counts Linli keeps. Targets: ≤ 1.5 × floor + 50 ms, and ≥ 100 × faster than the GROUP BY.
void runDashboardScenario(BenchContext &context);

} // namespace linli::bench
