#pragma once

#include <QString>

#include <functional>

namespace linli::bench {

// Times work with Google Benchmark: repeated until it has run for `minSeconds`, that several
// times over; the median of the repetitions' means, in milliseconds. Work that takes seconds runs
// once per repetition.
struct Timing
{
    double minSeconds = 0.2;
    int repetitions = 3;
    bool once = false;

    // `before`, when given, runs ahead of each run of `work`, untimed (it sets the scene).
    double milliseconds(const QString &name, const std::function<void()> &work,
                        const std::function<void()> &before = {}) const;
};

} // namespace linli::bench
