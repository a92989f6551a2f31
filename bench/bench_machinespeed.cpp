// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Times the cost estimate's machine-speed workload (app/pipeline/machinespeed.h) REPEATS times
// and prints each fastest-of-three, the median, and the slowdown it means against the
// reference time; nothing is remembered. kReferenceWorkloadSeconds is this program's median
// on the reference machine, measured in the same hour as the estimate's constants.
//
//   build/bench/bench_machinespeed [REPEATS=5]

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "pipeline/machinespeed.h"

int main(int argc, char** argv)
{
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    std::vector<double> seconds;
    for (int i = 0; i < repeats; ++i) {
        const auto measured = tse::app::timeReferenceWorkload();
        if (!measured) {
            std::fprintf(stderr, "the workload did not run\n");
            return 1;
        }
        seconds.push_back(*measured);
        std::printf("run %d: %.4f s\n", i + 1, *measured);
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    std::printf("median %.4f s; slowdown against the reference (%.4f s): %.2f\n", median,
                tse::app::kReferenceWorkloadSeconds, *tse::app::slowdownFromSeconds(median));
    std::printf("identity: %s\n", tse::app::machineIdentity().c_str());
    return 0;
}
