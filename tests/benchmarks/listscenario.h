#pragma once

namespace linli::bench {

struct BenchContext;

// 3. The resident list in a real (offscreen) table view: jumping deep into the list (every page up
// to the row read as the view would fetch them) and painting it; sorting by another column (the
// header's click) and painting the first page. Against the same SELECTs through SQLite's C API.
// Target: ≤ 3 × floor.
void runListScenario(BenchContext &context);

} // namespace linli::bench
