#pragma once

#include <iosfwd>

#include "clioptions.h"
#include "tse/imageio/dataset.h"

namespace tse::cli {

// Runs `embed`; returns the process exit code (0 ok, 1 failed) and prints a one-line reason
// to err on failure.
int runEmbed(const EmbedCommand& command, std::ostream& out, std::ostream& err);
// What the CLI calls item i in messages and file lists: its path, or SOURCE#index for IDX items.
std::string itemLabel(const imageio::Dataset& dataset, std::size_t i);
// Runs `runs`: the project's runs as tab-separated lines.
int runRuns(const RunsCommand& command, std::ostream& out, std::ostream& err);

}  // namespace tse::cli
