#pragma once

#include <QtGlobal>
#include <time.h>

namespace strongroom::bench {

// The clock every benchmark reads: CLOCK_MONOTONIC in nanoseconds. It never jumps with the wall
// clock (NTP, the user), and reading it costs about 20 ns through the vDSO, far below what is timed.
inline qint64 monotonicNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + qint64(now.tv_nsec);
}

} // namespace strongroom::bench
