#pragma once
// A run is a value: the parameters that produced it and what came out.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/tsne/options.h"
#include "tse/tsne/tsnerun.h"

namespace tse::project {

struct RunParameters {
    std::string dataset = "sample";  // a spec openDataset() understands
    std::string features = "raw";    // feature extractor
    int pcaDims = 50;                // 0 = no PCA
    tsne::TsneOptions tsne;
};

struct StageTimings {
    double load = 0.0;
    double features = 0.0;
    double pca = 0.0;
    double affinities = 0.0;
    double optimisation = 0.0;

    double total() const { return load + features + pca + affinities + optimisation; }
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
    std::optional<double> knnAccuracy;  // leave-one-out 10-NN label accuracy
    std::optional<double> trustworthiness;  // at k = 10
    std::optional<double> continuity;       // at k = 10
    std::vector<tsne::KlSample> klHistory;
    Matrix coordinates;                 // N × dims
    std::vector<int> labels;            // N
    std::vector<std::string> classNames;
    std::vector<double> explainedVarianceRatio;  // of the PCA step
    std::string datasetHash;   // content hash of the images (Dataset::contentHash)
    std::string featuresKey;   // what produced the features: dataset hash + extractor
    std::string notes;
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

}  // namespace tse::project
