// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Command-line parsing for tsne-explorer-cli, separate from main() so tests can call it.

#include <optional>
#include <string>
#include <vector>

#include "tse/run/parameterproblem.h"
#include "tse/features/torchruntime.h"
#include "tse/run/runrecord.h"
#include "pipeline/runclusters.h"

namespace tse::cli {

struct EmbedCommand {
    run::RunParameters parameters;
    std::string outCsv;      // --out
    std::string outNpy;      // --out-npy
    std::string labelsNpy;   // --labels (for .npy feature matrices)
    std::string reportJson;  // --report
    bool quiet = false;
    bool metrics = false;    // --metrics: trustworthiness, continuity, kNN preservation in the report
    bool estimate = false;   // --estimate: print the expected time and memory, run nothing
    std::string project;     // --project: add the run to this project (created if needed)
    std::string runName;     // --name
    int batchSize = 16;      // --batch: images per CNN forward pass
    features::Device device = features::Device::Auto;  // --device auto|cpu|cuda
    // Parameters the user set: left as given even when they cannot fit the data (then refused).
    std::vector<run::ParameterField> explicitFields;
    // --clusters: density clusters of the map, in the CSV's cluster column, the report and the
    // project; --min-cluster-size, --max-cluster-share, --cluster-leaves tune them.
    bool clusters = false;
    app::ClusterRequest clusterRequest;
    // --replay-mb: frames of the map's formation kept with a run saved to --project (0: none).
    int replayMegabytes = 10;
    // --sweep PARAMETER=V1,V2,… (once or twice): every combination a run (sweepcommand.h).
    std::vector<std::string> sweeps;
};

// tsne-explorer-cli features DATASET --features … --out features.npy: the feature matrix plus
// features.labels.npy and features.files.txt.
// With --shard K/N (or N, K from SLURM_ARRAY_TASK_ID / JOB_COMPLETION_INDEX) --out is a folder
// that gets the shard's files (app/cluster/shards.h).
struct FeaturesCommand {
    run::RunParameters parameters;  // dataset and the feature options
    std::string out;
    std::string shard;
    int batchSize = 16;
    features::Device device = features::Device::Auto;
    bool quiet = false;
};

// tsne-explorer-cli merge DIR --out FEATURES.npy: the feature shards in DIR as one matrix.
struct MergeCommand {
    std::string directory;
    std::string out;
    int sample = 0;  // --sample N: also FEATURES.sample.npy (N seeded rows) and FEATURES.rest.npy
    int seed = 1;
    int threads = 0;  // accepted for job scripts; merging is one stream
    bool quiet = false;
};

// tsne-explorer-cli merge-placed DIR --project P [--name NAME]: the placed shards as one run.
struct MergePlacedCommand {
    std::string directory;
    std::string project;
    std::string runName;
    int threads = 0;
    bool quiet = false;
};

// tsne-explorer-cli export PROJECT --run ID|NAME [--png F [--size WxH]] [--svg F] [--pdf F] [--csv F] [--npy F]
struct ExportCommand {
    std::string project;
    std::string run;
    std::string png, svg, pdf, csv, npy;
    std::string imageMap;   // PNG of the map with the images (needs the run's dataset)
    int thumbnailSize = 0;  // --thumb PX; 0 = automatic
    int width = 1920;
    int height = 1080;
    std::string title;  // default: run name and parameters
};

// tsne-explorer-cli download-weights vgg16|vgg19 [--url URL] [--to DIR]
struct DownloadCommand {
    std::string model;
    std::string url;        // default: torchvision's address
    std::string directory;  // default: the torch hub cache
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

// tsne-explorer-cli place PROJECT --run ID|NAME NEWDATA: new items placed on a saved run's map,
// saved as a new run in the project.
struct PlaceCommand {
    std::string project;
    std::string run;
    std::string newData;     // a dataset spec or a feature matrix, as for embed
    std::string labelsNpy;   // --labels (for a .npy matrix)
    std::string runName;     // --name
    std::string outCsv;      // --out: every point, the placed ones last
    std::string outNpy;      // --out-npy
    std::string reportJson;  // --report
    std::string shard;       // --shard K/N: place that slice, write it into --out DIR, leave the project
    double perplexity = 5.0;
    int iterations = 250;
    int threads = 0;
    int batchSize = 16;
    features::Device device = features::Device::Auto;
    bool quiet = false;
};

struct ParsedCommand {
    enum class Kind {
        Embed, Features, Download, Export, Evaluate, Runs, Place, Merge, MergePlaced, Help, Version
    } kind = Kind::Help;
    MergeCommand merge;
    MergePlacedCommand mergePlaced;
    PlaceCommand place;
    ExportCommand exportRun;
    EmbedCommand embed;
    FeaturesCommand features;
    DownloadCommand download;
    RunsCommand runs;
    EvaluateCommand evaluate;
};

// Fails with a one-line reason naming the bad argument.
struct ParseOutcome {
    std::optional<ParsedCommand> command;
    std::string error;
};

ParseOutcome parseCommandLine(const std::vector<std::string>& args);
// True when the command will run a CNN (embed or features with a network extractor); main()
// then starts loading libtorch at once, so its start overlaps reading the dataset. place learns
// the extractor from the project's run and starts the load itself.
bool usesCnn(const ParsedCommand& command);
std::string usageText();

}  // namespace tse::cli
