// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// How long this process has been running, counted from when the kernel started it (so the
// dynamic loader's work before main() counts too). A shard reports it at its first image: the
// per-shard overhead of issue 15, measured by every shard of a real plan.

#include <optional>

namespace tse::cli {

// Seconds since this process was started (10 ms resolution: the kernel's clock ticks); nothing
// when /proc cannot say.
std::optional<double> secondsSinceProcessStart();

}  // namespace tse::cli
