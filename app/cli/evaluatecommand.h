// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <iosfwd>

#include "clioptions.h"

namespace tse::cli {

// Runs `evaluate`: prints one JSON object; returns the exit code.
int runEvaluate(const EvaluateCommand& command, std::ostream& out, std::ostream& err);

}  // namespace tse::cli
