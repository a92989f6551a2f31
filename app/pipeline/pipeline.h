// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The run pipeline shared by the workbench and the CLI (plain C++, no Qt):
//   dataset → features → PCA → t-SNE affinities and initialisation.
// The caller then steps the returned TsneRun (all at once in the CLI, a few iterations at a
// time with snapshots in the GUI).

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/common/progress.h"
#include "tse/common/result.h"
#include "tse/common/rowblocks.h"
#include "tse/features/extractor.h"
#include "tse/features/torchruntime.h"
#include "tse/imageio/dataset.h"
#include "tse/pca/pca.h"
#include "tse/run/parameterproblem.h"
#include "tse/run/runrecord.h"
#include "tse/tsne/tsnerun.h"
#include "featurecache.h"

namespace tse::app {

// Every problem with the parameters for itemCount items with featureCount features before PCA
// (0 = not known yet): run::checkParameters plus whether the chosen model file can be used.
// Empty when the run can start.
std::vector<run::ParameterProblem> checkRunParameters(const run::RunParameters& parameters, std::size_t itemCount,
                                                      std::size_t featureCount);

// Remembers features and PCA results by what produced them, so changing only t-SNE
// parameters never recomputes them. Thread-safe.
class StageCache {
public:
    std::shared_ptr<const Matrix> features(const std::string& key) const;
    void storeFeatures(const std::string& key, std::shared_ptr<const Matrix> features);
    std::shared_ptr<const pca::PcaResult> pca(const std::string& key) const;
    void storePca(const std::string& key, std::shared_ptr<const pca::PcaResult> result);
    // Joint affinities, kept only while keepAffinities is on (a sweep: one copy of P at a time,
    // which at a million points is most of a run's memory).
    void setKeepAffinities(bool keep);
    bool keepsAffinities() const;
    std::shared_ptr<const tsne::SparseMatrix> affinities(const std::string& key) const;
    void storeAffinities(const std::string& key, std::shared_ptr<const tsne::SparseMatrix> affinities);
    void clear();

private:
    mutable std::mutex mutex_;
    // Only the most recent few are kept: feature matrices of 70,000 images are large.
    std::vector<std::pair<std::string, std::shared_ptr<const Matrix>>> features_;
    std::vector<std::pair<std::string, std::shared_ptr<const pca::PcaResult>>> pca_;
    bool keepAffinities_ = false;
    std::vector<std::pair<std::string, std::shared_ptr<const tsne::SparseMatrix>>> affinities_;
};

// The feature module's spec for the user's choice, using `threads` cores (0 = all).
features::FeatureSpec featureSpecFor(const run::FeatureChoice& choice, int threads = 0);

struct PreparedRun {
    std::unique_ptr<tsne::TsneRun> run;
    std::shared_ptr<const Matrix> tsneInput;  // N × k: what t-SNE embedded (after PCA)
    std::shared_ptr<const pca::PcaResult> pca;  // the PCA that made tsneInput; null without PCA
    std::vector<double> explainedVarianceRatio;
    pca::PcaMethod pcaMethod = pca::PcaMethod::Exact;
    std::size_t featureCount = 0;
    run::StageTimings timings;  // features, pca and affinities filled in
    std::vector<std::size_t> noFaceItems;  // face mode: items where no face was found
    bool featuresFromDisk = false;         // the features came from the on-disk cache
    std::string featuresKey;               // what produced the features (dataset hash | extractor key)
};

// How features are computed, which never changes what they are.
struct FeatureRuntime {
    const FeatureDiskCache* disk = nullptr;  // CNN features are looked up in and written to it
    int batchSize = 16;                      // images per forward pass
    features::Device device = features::Device::Auto;  // where CNN forward passes run (--device)
};

// Progress: features, PCA and affinities share [0, 1] of the given progress. CNN features are
// looked up in (and written to) runtime.disk when given.
Result<PreparedRun> prepareRun(const imageio::Dataset& dataset, const run::RunParameters& parameters,
                               StageCache* cache, const Progress& progress, const FeatureRuntime& runtime = {});

// Only the features stage of prepareRun (same caches), for the CLI's features command.
struct ExtractedFeatures {
    std::shared_ptr<const Matrix> features;
    std::string key;  // dataset hash | extractor key
    std::vector<std::size_t> noFaceItems;
    bool fromDisk = false;
    double seconds = 0.0;
    std::string deviceNote;  // e.g. that Auto fell back to the CPU
};
Result<ExtractedFeatures> extractDatasetFeatures(const imageio::Dataset& dataset, const run::RunParameters& parameters,
                                                 StageCache* cache, const Progress& progress,
                                                 const FeatureRuntime& runtime = {});

// The same from a feature matrix the user brought (N × D, rows in dataset order).
Result<PreparedRun> prepareRunFromFeatures(std::shared_ptr<const Matrix> features, const std::string& featuresKey,
                                           const run::RunParameters& parameters, StageCache* cache,
                                           const Progress& progress);

// The same from rows read in passes (a mapped .npy): PCA never holds them whole; without PCA
// they are read into memory.
Result<PreparedRun> prepareRunFromRows(std::shared_ptr<const RowBlocks> rows, const std::string& featuresKey,
                                       const run::RunParameters& parameters, StageCache* cache,
                                       const Progress& progress);

}  // namespace tse::app
