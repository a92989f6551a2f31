// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// How fast this machine runs the engine compared with the reference machine the cost
// estimate's constants were measured on (issue 13: "this machine's speed measured once and
// remembered"). A fixed t-SNE workload (3,000 synthetic points, exact kNN, 150 Barnes–Hut
// iterations on one thread) is timed three times by the thread's CPU clock, the fastest kept,
// so that other programs running at that moment do not make the machine look slow; its ratio to
// the reference time is the slowdown every stage of the estimate is multiplied by. It is
// remembered in a small text file per machine (CPU model and core count), so it is measured once.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace tse::app {

// The reference machine's time for the workload (CPU seconds, fastest of three):
// build/bench/bench_machinespeed on "AMD EPYC, 2 cores", 2026-12-04, medians 0.19-0.23 s over
// the hours the estimate's constants were measured in (the host's own load moves it by ±10 %).
inline constexpr double kReferenceWorkloadSeconds = 0.21;

// CPU seconds of the fastest of three runs of the workload here (blocks the caller, on one
// thread, about a second in all). Never throws; a workload that cannot run returns nothing.
std::optional<double> timeReferenceWorkload();

// What identifies this machine in the remembered file: CPU model and core count.
std::string machineIdentity();

// Where the slowdown is remembered: next to the feature cache (TSE_CACHE_DIR, XDG_CACHE_HOME or
// ~/.cache/tsne-explorer), "machine-speed".
std::filesystem::path machineSpeedFile();

// The remembered slowdown for `identity`; nothing when the file is absent, unreadable, damaged,
// of another machine, or holds a value outside [0.05, 50].
std::optional<double> rememberedSlowdown(const std::filesystem::path& file, const std::string& identity);

// The slowdown that the workload's seconds here mean (clamped to [0.05, 50]); nothing for a
// time that is not a positive number.
std::optional<double> slowdownFromSeconds(std::optional<double> seconds);

// Writes the slowdown for `identity` to `file` (atomically: a temporary, then a rename, so two
// programs measuring at once each leave a whole file). False when it could not be written; the
// next program then measures again.
bool rememberSlowdown(const std::filesystem::path& file, const std::string& identity, double slowdown);

// The remembered slowdown, or a new measurement (then written to `file`, atomically) when there is
// none. When even the measurement fails the reference machine's speed (1.0) is assumed and
// nothing is remembered. `measured` is set when this call measured.
double machineSlowdown(const std::filesystem::path& file, const std::string& identity,
                       const std::function<std::optional<double>()>& timeWorkload = timeReferenceWorkload,
                       bool* measured = nullptr);

}  // namespace tse::app
