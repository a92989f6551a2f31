// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one function that runs a run, for every front end (workbench, CLI, batch workers):
//   input → features → PCA → affinities → t-SNE steps → scores → RunRecord.
// Plain C++ (no Qt): progress and cancel through tse::Progress, live snapshots through a
// callback at the pace the caller asks for. Cancel is checked every t-SNE iteration; a
// cancelled optimisation returns its partial map with status Cancelled.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "costestimate.h"
#include "pipeline.h"
#include "runclusters.h"
#include "tse/run/runrecord.h"

namespace tse::app {

// What a run embeds: images (features computed as the parameters say) or a feature matrix.
struct RunInput {
    std::shared_ptr<const imageio::Dataset> dataset;  // images, or null for a matrix
    std::shared_ptr<const Matrix> features;           // N × D rows in item order (matrix input)
    // A .npy matrix is mapped instead (features is null then): PCA reads it in passes and it is
    // never held whole (tse/common/rowblocks.h).
    std::shared_ptr<const RowBlocks> featureRows;
    std::string featuresKey;                          // what produced `features` (its file)
    std::vector<int> labels;                          // matrix input: N labels (−1 none) or empty
    std::vector<std::string> classNames;
    double loadSeconds = 0.0;                         // how long reading the input took

    std::size_t size() const;
    // The matrix input in memory (features, or the mapped rows read whole); null for images.
    std::shared_ptr<const Matrix> featureMatrix() const;
    // D before PCA where it is known before any extraction: the matrix's columns, or the pixel
    // count for plain pixels; 0 for CNN features and face crops (known once extracted).
    std::size_t featureCount(const run::FeatureChoice& features) const;
    // Whether any item has a label (10-NN accuracy is scored then).
    bool labelled() const;
    // Items [first, first + rows) as an input of their own: pixels, labels, paths and metadata
    // (images) or rows and labels (a matrix); classes are kept whole. Clamped to the input.
    RunInput slice(std::size_t first, std::size_t rows) const;
    // Names what the input holds (the images' content hash, or a hash of the matrix and its
    // labels), 16 hex digits: shards of one input agree on it.
    std::string contentHash() const;
};

// Opens what a run spec names: a .npy or .csv feature matrix (labelsNpy: its labels, .npy
// only), or any dataset imageio::openDataset understands. Errors name the file.
Result<RunInput> openRunInput(const std::string& spec, const std::string& labelsNpy = {});

// The coordinates while t-SNE iterates (valid during the callback only).
struct RunSnapshot {
    const Matrix& coordinates;  // N × dims
    int iteration;
    int totalIterations;
    const std::vector<tsne::KlSample>& kl;
};

struct RunHooks {
    Progress progress;               // stage fractions over the whole run; cancel
    double snapshotSeconds = 0.0;    // > 0: onSnapshot about this often while iterating
    std::function<void(const RunSnapshot&)> onSnapshot;
    // > 0: the record keeps frames of the map as it formed, at most this many bytes
    // (run/mapreplay.h); 0: none.
    std::size_t replayBudgetBytes = 0;
    // Set: a finished run's map gets its density clusters (runclusters.h), kept with the record;
    // a request the map cannot answer fails the run with the reason.
    std::optional<ClusterRequest> clusters;
    StageCache* cache = nullptr;     // features and PCA kept between runs (may be null)
    FeatureRuntime runtime;          // the disk cache for CNN features, batch size
    // The exact KL (O(N²), after the timed stages) is added for runs up to this many items.
    std::size_t exactKlLimit = 0;
    // Memory the run may use; nothing = what the system has available now (MemAvailable). A run
    // whose estimated peak exceeds 90 % of it is refused before it starts (costestimate.h).
    std::optional<std::uint64_t> memoryAvailable;
};

// How the engine ran, for reports (not stored with the run).
struct RunDiagnostics {
    std::size_t featureCount = 0;   // D before PCA
    tsne::GradientMethod method = tsne::GradientMethod::Auto;
    double learningRate = 0.0;      // the one used (auto resolved)
    tsne::GradientTimings gradientTimings;
    std::optional<double> exactKl;  // see RunHooks::exactKlLimit
    pca::PcaMethod pcaMethod = pca::PcaMethod::Exact;
    std::vector<std::size_t> noFaceItems;  // face mode: images without a face (kept whole)
    bool featuresFromDisk = false;
};

// What the run would cost (costestimate.h), from the input's size and the parameters: the CLI's
// --estimate, the memory check in executeRun.
CostEstimate estimateRunCost(const RunInput& input, const run::RunParameters& parameters, double slowdown = 1.0);

struct RunResult {
    run::RunRecord record;  // status Finished, or Cancelled (partial map, possibly empty)
    RunDiagnostics diagnostics;
};

// The one metrics policy: final KL; with labels, leave-one-out k-NN accuracy; trustworthiness,
// continuity and k-NN preservation (k = 10) summed over metricQueriesFor(N) evenly spread items
// (each costs two passes over all N items). Only finished runs are scored beyond their last KL.
inline constexpr std::size_t kMetricQueries = 1000;
// kMetricQueries up to 100,000 items, then fewer so the sampled measures stay a few seconds,
// never under 100: 1,000,000 items are scored on 100 (record.metricQueries says how many).
std::size_t metricQueriesFor(std::size_t items);
inline constexpr int kMetricK = 10;  // lowered to below N / 2 for maps under 21 items (record.metricK)
void scoreRun(run::RunRecord& record, const Matrix& tsneInput, int threads);

// Errors: bad parameters (the first problem's message), unreadable features, failures of a
// stage. A cancel is not an error: the record says Cancelled.
Result<RunResult> executeRun(const RunInput& input, const run::RunParameters& parameters, const RunHooks& hooks = {});

}  // namespace tse::app
