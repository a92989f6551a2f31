// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Plans for Slurm: the day-long work cut into array jobs chained by afterok dependencies,
// written as plain batch scripts a user can read, edit and submit by hand, then submitted with
// sbatch. A plan lives in one folder (plan.json, the scripts, logs, shard outputs):
//
//   extract   array of N: tsne-explorer-cli features DATASET --shard N --out DIR/features
//   merge     tsne-explorer-cli merge DIR/features --out DIR/features.npy [--sample S]
//   embed     tsne-explorer-cli embed DIR/features[.sample].npy … --project P --name NAME
//   place     array of M: tsne-explorer-cli place P --run NAME DIR/features.rest.npy --shard M --out DIR/placed
//   merge-placed   tsne-explorer-cli merge-placed DIR/placed --project P --name "NAME + placed"
//
// Plans: extract = extract + merge; embed = … + embed of all rows; place = … + embed of a seeded
// sample of S rows + place the rest + merge-placed. Whether a stage is done is read from its
// outputs (valid shards, the merged matrix, the run in the project), its jobs' states from
// squeue; resubmit runs only the shards with no valid output and the stages after them.

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "tse/common/result.h"
#include "tse/run/runrecord.h"

namespace tse::cluster {

enum class PlanKind { Extract, Embed, Place };

struct PlanOptions {
    PlanKind kind = PlanKind::Place;
    std::string dataset;                 // what to extract from (any dataset spec)
    std::vector<std::string> featureArgs;  // passed to features, e.g. {"--features", "vgg16", "--layer", "fc7"}
    std::vector<std::string> embedArgs;    // passed to embed, e.g. {"--dims", "3", "--perplexity", "30"}
    int shards = 4;                      // extraction array size
    int placeShards = 2;                 // placement array size
    std::size_t sample = 0;              // place plan: rows embedded; the rest are placed
    std::uint64_t seed = 1;              // of the sample
    std::filesystem::path project;       // embed / place plans: where the runs go
    std::string runName = "cluster map";
    std::filesystem::path folder;        // the plan's folder (scripts, logs, outputs)
    std::filesystem::path program;       // tsne-explorer-cli as the jobs run it
    // Resources per task, as sbatch takes them; empty = the cluster's default.
    std::string partition, time, memory;
    int cpusPerTask = 1;
    int gpus = 0;
    int limit = 0;     // at most this many array tasks at once (%limit); 0 = no limit
    bool hold = false; // submit held (scontrol release to start)
};

struct Stage {
    std::string name;      // extract, merge, embed, place, merge-placed
    std::string script;    // file name in the folder
    int arraySize = 0;     // 0 = a single job
    std::string job;       // Slurm job id of its latest submission
};

struct Plan {
    PlanOptions options;
    std::vector<Stage> stages;
};

// Runs a command (program + arguments) and returns its exit code and standard output; tests and
// the workbench may replace it. The default runs the program found on PATH.
struct CommandOutcome {
    int exitCode = -1;
    std::string output;
};
using CommandRunner = std::function<CommandOutcome(const std::string& program, const std::vector<std::string>& args)>;
CommandRunner systemRunner();

// Writes plan.json and one script per stage into options.folder (refused when the folder holds
// a plan already), then submits them in order with afterok dependencies. Errors name the stage.
Result<Plan> submitPlan(const PlanOptions& options, const CommandRunner& run = systemRunner());
Result<Plan> loadPlan(const std::filesystem::path& folder);

struct StageStatus {
    std::string name;
    std::string state;          // done, running, queued, blocked, failed, not submitted
    int done = 0, total = 1;    // shards (or 1 for a single job) with valid output
    int running = 0, queued = 0;
    std::vector<int> failedShards;  // no output and not in the queue
    std::string reason;             // squeue's reason for waiting jobs
};
// Each stage of the plan in folder, from its outputs and squeue.
Result<std::vector<StageStatus>> planStatus(const std::filesystem::path& folder, const CommandRunner& run = systemRunner());
// One line per stage, e.g. "extract  running  3/4 shards done, 1 running".
std::string describeStatus(const std::vector<StageStatus>& status);
// Submits again what has no output and is not queued — the failed shards of the first unfinished
// stage, then every later stage (their old jobs are cancelled first). Returns the updated plan.
Result<Plan> resubmitPlan(const std::filesystem::path& folder, const CommandRunner& run = systemRunner());

// The feature and embed arguments of a plan that runs what a local run with these parameters
// would (features, layer, weights, faces; dims, perplexity, learning rate, iterations, PCA, seed).
void setRunArguments(PlanOptions& options, const run::RunParameters& parameters);

// Quoted for a POSIX shell (scripts are meant to be read: only what needs quotes gets them).
std::string shellQuote(const std::string& word);

}  // namespace tse::cluster
