#pragma once

namespace linli::bench {

struct BenchContext;

// 5. Importing a sheet of 100,000 residents (as many as the district has below that) into an empty database (read,
// check every row, write in one transaction, as the import dialog does), against the raw rate of prepared INSERTs of
// the very rows the import wrote (households, residents, tags) into the same schema with the same indexes and triggers,
// in one transaction, through SQLite's C API. Target: ≥ 0.5 × the raw rate.
void runImportScenario(BenchContext &context);

} // namespace linli::bench
