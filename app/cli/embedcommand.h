// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <iosfwd>

#include "clioptions.h"

namespace tse::cli {

// Runs `embed`; returns the process exit code (0 ok, 1 failed) and prints a one-line reason
// to err on failure.
int runEmbed(const EmbedCommand& command, std::ostream& out, std::ostream& err);
// Runs `runs`: the project's runs as tab-separated lines.
int runRuns(const RunsCommand& command, std::ostream& out, std::ostream& err);

}  // namespace tse::cli
