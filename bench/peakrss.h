#pragma once

#include <sys/resource.h>

namespace wharf::bench {

// The process's peak resident set so far, in MiB (what the benchmarks report as memory).
inline double peakMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace wharf::bench
