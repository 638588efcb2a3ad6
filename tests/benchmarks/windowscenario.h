#pragma once

namespace linli::bench {

struct BenchContext;

// 2. Start → first paint of the resident list with rows, in a process of its own: ≤ 4 × an empty
//    QMainWindow's start → first paint, and at the run's scale ≤ 1.5 × at 10,000 residents.
// 6. Memory with the database open and the list shown: ≤ the empty window's + 100 MiB.
// 7. The longest pause of the UI thread (a 10 ms heartbeat) while searching, scrolling, importing
//    and showing or saving reports: ≤ 50 ms.
void runWindowScenarios(BenchContext &context, bool start, bool memory, bool stalls);

} // namespace linli::bench
