#include "timing.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

namespace linli::bench {

namespace {

// Keeps each repetition's mean time instead of printing it.
class Collector : public benchmark::BenchmarkReporter
{
public:
    bool ReportContext(const Context &) override { return true; }
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (run.run_type == Run::RT_Iteration && !run.error_occurred)
                milliseconds.push_back(run.GetAdjustedRealTime());
        }
    }

    std::vector<double> milliseconds;
};

} // namespace

double Timing::milliseconds(const QString &name, const std::function<void()> &work,
                            const std::function<void()> &before) const
{
    benchmark::internal::Benchmark *benchmark
            = benchmark::RegisterBenchmark(name.toStdString().c_str(), [work, before](benchmark::State &state) {
                  for (auto _ : state) {
                      if (before) {
                          state.PauseTiming();
                          before();
                          state.ResumeTiming();
                      }
                      work();
                  }
              });
    benchmark->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(repetitions);
    if (once)
        benchmark->Iterations(1);
    else
        benchmark->MinTime(minSeconds);
    Collector collector;
    benchmark::RunSpecifiedBenchmarks(&collector);
    benchmark::ClearRegisteredBenchmarks();
    std::vector<double> &times = collector.milliseconds;
    if (times.empty())
        return -1;
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace linli::bench
