// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a run will cost before it starts: seconds per stage and peak memory, from the run's
// size and settings. The constants were measured on the 2-core reference machine
// (bench/run-benchmarks.sh, passive waiting, 2 threads) and scale with the thread count; on
// the benchmark cases the estimate is within ±30 % of the time and ±15 % of the peak memory
// there (tests/pipeline/test_costestimate.cpp pins the model to those measurements).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "tse/run/runrecord.h"

namespace tse::app {

struct CostEstimate {
    double featureSeconds = 0.0;  // CNN extraction (0 for raw pixels and feature matrices)
    double pcaSeconds = 0.0;
    double affinitySeconds = 0.0;
    double optimisationSeconds = 0.0;
    double metricsSeconds = 0.0;
    bool featureTimeKnown = true;  // false for TorchScript models: their cost is the model's
    std::uint64_t peakBytes = 0;
    double totalSeconds() const;
    // "about 18 s, 410 MB" (with "+ the model's time" for TorchScript).
    std::string summary() const;
};

// How the N × D rows before PCA are held: a float matrix in memory; images whose raw pixels PCA
// reads a block at a time (one byte per value held); a mapped .npy (released as PCA reads it).
// Without PCA the rows are made whole in every case.
enum class InputRows { InMemory, Pixels, Mapped };

// items: N; featureCount: D before PCA (0 when not known yet: CNN features before the model is
// loaded; the layer's size is used then). threads 0 = all cores. slowdown: this machine's time
// for the same work over the reference machine's (machinespeed.h); it scales every stage's
// seconds, not the memory.
CostEstimate estimateCost(const run::RunParameters& parameters, std::size_t items, std::size_t featureCount,
                          int threads, bool withLabels, InputRows rows = InputRows::InMemory, double slowdown = 1.0);

// Memory the system can give this process now (MemAvailable in /proc/meminfo); nothing when unknown.
std::optional<std::uint64_t> availableMemoryBytes();

// Empty when the run fits; otherwise why not, with the numbers ("this run needs about 9.1 GB
// (…); 6.2 GB are available"). A run needing more than 90 % of what is available is refused:
// the system would kill it, or the desktop would swap to a halt.
std::string memoryRefusal(const CostEstimate& estimate, std::optional<std::uint64_t> available);

}  // namespace tse::app
