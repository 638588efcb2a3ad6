#pragma once

namespace linli::bench {

struct BenchContext;

// 1. A keystroke in the search box → the first page of matches in the list's model, as the
// residents page runs it (ResidentSearchRunner on a worker thread, then the model), against the
// same SELECT through SQLite's C API. Target: ≤ max(10 × floor, floor + 2 ms); the match count the
// list shows equals the number of rows the floor finds.
void runSearchScenario(BenchContext &context);

} // namespace linli::bench
