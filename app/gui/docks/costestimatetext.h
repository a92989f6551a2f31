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

}  // namespace tse::gui
