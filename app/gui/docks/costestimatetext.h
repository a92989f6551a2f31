// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The parameter editor's line about what the run will cost ("Estimated: about 18 s, 433 MB of
// memory"), worded for translation from the estimate's numbers.

#include <QString>

#include <cstdint>
#include <optional>

#include "pipeline/costestimate.h"

namespace tse::gui {

QString costEstimateText(const app::CostEstimate& estimate, std::optional<std::uint64_t> availableBytes);

// The estimate's tooltip: what its times are scaled to (this machine's measured speed, or the
// reference machine's while it is being measured).
QString machineSpeedText(std::optional<double> slowdown);

}  // namespace tse::gui
