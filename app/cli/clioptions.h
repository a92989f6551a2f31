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
    bool metrics = false;    // --metrics: trustworthiness, continuity, kNN preservation in the report
    std::string project;     // --project: add the run to this project (created if needed)
    std::string runName;     // --name
};

// tsne-explorer-cli runs PROJECT: one tab-separated line per saved run.
struct RunsCommand {
    std::string project;
};

// tsne-explorer-cli evaluate FEATURES.npy COORDS.npy: quality of any embedding of FEATURES.
struct EvaluateCommand {
    std::string features;
    std::string coordinates;
    std::string labelsNpy;
    double perplexity = 30.0;
    int k = 10;
    int threads = 0;
};

struct ParsedCommand {
    enum class Kind { Embed, Evaluate, Runs, Help, Version } kind = Kind::Help;
    EmbedCommand embed;
    RunsCommand runs;
    EvaluateCommand evaluate;
};

// Fails with a one-line reason naming the bad argument.
struct ParseOutcome {
    std::optional<ParsedCommand> command;
    std::string error;
};

ParseOutcome parseCommandLine(const std::vector<std::string>& args);
std::string usageText();

}  // namespace tse::cli
