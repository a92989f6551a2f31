// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A run is a value: the parameters that produced it (RunParameters) and what came out
// (RunRecord). The pipeline's executeRun makes records; projects store them; front ends show them.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/run/featurechoice.h"
#include "tse/run/mapreplay.h"
#include "tse/run/referencespace.h"
#include "tse/tsne/klsample.h"
#include "tse/tsne/options.h"

namespace tse::run {

struct RunParameters {
    std::string dataset = "sample";  // a spec openDataset() understands, or a feature matrix file
    FeatureChoice features;
    int pcaDims = 50;                // 0 = no PCA
    tsne::TsneOptions tsne;
};

struct StageTimings {
    double load = 0.0;
    double features = 0.0;
    double pca = 0.0;
    double affinities = 0.0;
    double optimisation = 0.0;
    double metrics = 0.0;  // scoring after the optimisation (not part of total())

    double total() const { return load + features + pca + affinities + optimisation; }
};

// Density clusters of a run's map (Run ▸ Find clusters, `embed --clusters`;
// tse/tsne/mapclusters.h), saved with the run.
struct ClusterLabels {
    std::vector<int> labels;  // per item: 0…count−1, −1 = noise; empty = none found yet
    int count = 0;
    int minClusterSize = 0;   // what found them
    int maxClusterSize = 0;   // 0 = no limit
    bool leaves = false;      // the condensed tree's leaves rather than its most stable clusters
    bool empty() const { return labels.empty(); }
    bool operator==(const ClusterLabels&) const = default;
};

enum class RunStatus { Running, Finished, Cancelled, Failed };
const char* runStatusName(RunStatus status);

struct RunRecord {
    int id = 0;
    std::string name;
    std::chrono::system_clock::time_point created = std::chrono::system_clock::now();
    RunParameters parameters;
    RunStatus status = RunStatus::Running;
    StageTimings timings;
    int threads = 0;
    int iterationsDone = 0;
    std::optional<double> klDivergence;
    std::optional<double> knnAccuracy;      // leave-one-out k-NN label accuracy, k = metricK
    std::optional<double> trustworthiness;  // at k = metricK, on metricQueries items
    std::optional<double> continuity;       // at k = metricK, on metricQueries items
    std::optional<double> knnPreservation;  // fraction of k-NN kept, on metricQueries items
    std::size_t metricQueries = 0;          // items the neighbourhood metrics were summed over
    int metricK = 0;                        // the k of the metrics: 10, or less for maps under 21 items
    std::vector<tsne::KlSample> klHistory;
    Matrix coordinates;                 // N × dims
    std::vector<int> labels;            // N
    std::vector<std::string> classNames;
    std::vector<double> explainedVarianceRatio;  // of the PCA step
    std::string datasetHash;   // content hash of the images (Dataset::contentHash)
    std::string featuresKey;   // what produced the features: dataset hash + extractor
    std::string notes;
    ClusterLabels clusters;
    // Snapshots of the map while it formed, for replay (empty: none kept). Saved with the run.
    MapReplay replay;
    // In memory only (never saved): what t-SNE embedded (N × PCA dims), so the preview finds a
    // point's nearest neighbours in the run's own feature space in a few milliseconds.
    std::shared_ptr<const Matrix> tsneInput;
    // What placing new items on this map needs. Set when a run finishes and saved with it; a run
    // loaded from a project has it only once ProjectFile::loadReferenceSpace was asked for it.
    std::shared_ptr<const ReferenceSpace> referenceSpace;

    // Placement (tse::tsne::placePoints): a placed run holds the map it was placed onto, rows
    // unchanged and first, then the placed items.
    std::vector<std::uint8_t> placed;  // N flags, 1 = placed rather than embedded; empty = none
    int placedOnto = 0;                // id of the run the items were placed onto; 0 = an embedded run
    std::string placedDataset;         // what the placed items came from (dataset spec or matrix file)

    bool hasLabels() const;  // at least one item has a class
    std::size_t placedCount() const;
    bool isPlaced(std::size_t item) const { return item < placed.size() && placed[item] != 0; }
};

struct ParameterDifference {
    std::string field;  // e.g. "perplexity"
    std::string first;
    std::string second;
};
// Every parameter that differs between two runs, in a fixed order.
std::vector<ParameterDifference> parameterDifferences(const RunParameters& a, const RunParameters& b);

// One line that says what the parameters were, e.g. "perplexity 30, lr auto, 1000 it, PCA 50, 3D, seed 1".
std::string describe(const RunParameters& parameters);

}  // namespace tse::run
