#pragma once
// A run is a value: the parameters that produced it and what came out.

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/tsne/options.h"
#include "tse/tsne/tsnerun.h"

namespace tse::project {

struct RunParameters {
    std::string dataset = "sample";  // a spec openDataset() understands
    std::string features = "raw";    // raw | vgg16 | vgg19 | vgg (weights file) | torchscript (model file)
    std::string featureLayer = "fc7";  // VGG layer: fc7 | fc6 | pool5
    std::string modelFile;           // VGG weights (.pth; empty = torch hub cache) or TorchScript model (.pt)
    bool faces = false;              // crop each image to its largest face first
    // TorchScript models: input size and normalisation (VGG always uses ImageNet's 224 and these).
    int inputSize = 224;
    std::vector<float> inputMean{0.485f, 0.456f, 0.406f};
    std::vector<float> inputStd{0.229f, 0.224f, 0.225f};
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
    // In memory only (never saved): what t-SNE embedded (N × PCA dims), so the preview finds a
    // point's nearest neighbours in the run's own feature space in a few milliseconds.
    std::shared_ptr<const Matrix> tsneInput;
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
