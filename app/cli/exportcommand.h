// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <iosfwd>

#include "clioptions.h"

namespace tse::cli {

// `export`: figures and coordinates of one saved run; returns the exit code.
int runExport(const ExportCommand& command, std::ostream& out, std::ostream& err);

}  // namespace tse::cli
