#pragma once
// Command-line parsing for tsne-explorer-cli, separate from main() so tests can call it.

#include <optional>
#include <string>
#include <vector>

#include "tse/project/runrecord.h"

namespace tse::cli {

struct EmbedCommand {
    project::RunParameters parameters;
    std::string outCsv;      // --out
    std::string outNpy;      // --out-npy
    std::string labelsNpy;   // --labels (for .npy feature matrices)
    std::string reportJson;  // --report
    bool quiet = false;
};

struct ParsedCommand {
    enum class Kind { Embed, Help, Version } kind = Kind::Help;
    EmbedCommand embed;
};

// Fails with a one-line reason naming the bad argument.
struct ParseOutcome {
    std::optional<ParsedCommand> command;
    std::string error;
};

ParseOutcome parseCommandLine(const std::vector<std::string>& args);
std::string usageText();

}  // namespace tse::cli
