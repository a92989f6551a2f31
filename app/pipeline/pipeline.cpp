// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "pipeline.h"

#include <chrono>
#include <cmath>
#include <sstream>

#include "tse/features/rawpixels.h"

namespace tse::app {
namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

constexpr std::size_t kCacheSlots = 3;

template <class T>
void remember(std::vector<std::pair<std::string, std::shared_ptr<const T>>>& slots, const std::string& key,
              std::shared_ptr<const T> value)
{
    for (auto it = slots.begin(); it != slots.end(); ++it)
        if (it->first == key) {
            slots.erase(it);
            break;
        }
    slots.insert(slots.begin(), {key, std::move(value)});
    if (slots.size() > kCacheSlots)
        slots.pop_back();
}

template <class T>
std::shared_ptr<const T> lookup(const std::vector<std::pair<std::string, std::shared_ptr<const T>>>& slots,
                                const std::string& key)
{
    for (const auto& [k, v] : slots)
        if (k == key)
            return v;
    return nullptr;
}

Result<PreparedRun> prepareFromRows(const RowBlocks& rows, std::shared_ptr<const Matrix> whole,
                                    const std::string& featuresKey, const run::RunParameters& parameters,
                                    StageCache* cache, const Progress& progress);

}  // namespace

std::shared_ptr<const Matrix> StageCache::features(const std::string& key) const
{
    std::lock_guard lock(mutex_);
    return lookup(features_, key);
}

void StageCache::storeFeatures(const std::string& key, std::shared_ptr<const Matrix> features)
{
    std::lock_guard lock(mutex_);
    remember(features_, key, std::move(features));
}

std::shared_ptr<const pca::PcaResult> StageCache::pca(const std::string& key) const
{
    std::lock_guard lock(mutex_);
    return lookup(pca_, key);
}

void StageCache::storePca(const std::string& key, std::shared_ptr<const pca::PcaResult> result)
{
    std::lock_guard lock(mutex_);
    remember(pca_, key, std::move(result));
}

void StageCache::setKeepAffinities(bool keep)
{
    std::lock_guard lock(mutex_);
    keepAffinities_ = keep;
    if (!keep)
        affinities_.clear();
}

bool StageCache::keepsAffinities() const
{
    std::lock_guard lock(mutex_);
    return keepAffinities_;
}

std::shared_ptr<const tsne::SparseMatrix> StageCache::affinities(const std::string& key) const
{
    std::lock_guard lock(mutex_);
    return lookup(affinities_, key);
}

void StageCache::storeAffinities(const std::string& key, std::shared_ptr<const tsne::SparseMatrix> affinities)
{
    std::lock_guard lock(mutex_);
    if (!keepAffinities_)
        return;
    affinities_.clear();  // one at a time
    affinities_.emplace_back(key, std::move(affinities));
}

void StageCache::clear()
{
    std::lock_guard lock(mutex_);
    features_.clear();
    pca_.clear();
    affinities_.clear();
}

std::vector<run::ParameterProblem> checkRunParameters(const run::RunParameters& p, std::size_t n, std::size_t d)
{
    auto problems = run::checkParameters(p, n, d);
    if (p.features.usesNetwork())
        if (auto file = features::locateModelFile(featureSpecFor(p.features)); !file)
            problems.push_back({run::ParameterField::Features, run::ProblemKind::ModelUnavailable, 0, 0, n,
                                file.error().message});
    return problems;
}

features::FeatureSpec featureSpecFor(const run::FeatureChoice& choice, int threads)
{
    features::FeatureSpec spec;
    switch (choice.extractor) {
    case run::Extractor::RawPixels: spec.kind = features::ExtractorKind::RawPixels; break;
    case run::Extractor::Vgg16: spec.kind = features::ExtractorKind::Vgg16; break;
    case run::Extractor::Vgg19: spec.kind = features::ExtractorKind::Vgg19; break;
    case run::Extractor::VggFile: spec.kind = features::ExtractorKind::VggFile; break;
    case run::Extractor::TorchScript: spec.kind = features::ExtractorKind::TorchScript; break;
    }
    switch (choice.layer) {
    case run::NetworkLayer::Fc7: spec.layer = features::VggLayer::Fc7; break;
    case run::NetworkLayer::Fc6: spec.layer = features::VggLayer::Fc6; break;
    case run::NetworkLayer::Pool5: spec.layer = features::VggLayer::Pool5; break;
    }
    spec.modelFile = choice.modelFile;
    spec.faces = choice.faces;
    if (choice.extractor == run::Extractor::TorchScript) {
        spec.inputSize = choice.inputSize;
        spec.mean = choice.mean;
        spec.std = choice.std;
    }
    spec.threads = threads;
    return spec;
}

Result<ExtractedFeatures> extractDatasetFeatures(const imageio::Dataset& dataset, const run::RunParameters& parameters,
                                                 StageCache* cache, const Progress& progress,
                                                 const FeatureRuntime& runtime)
{
    auto spec = featureSpecFor(parameters.features, parameters.tsne.threads);
    // The features command comes here without prepareRun's checks: the feature choice's own.
    for (const auto& problem : run::checkParameters(parameters, dataset.size(), 0))
        if (problem.field == run::ParameterField::Features)
            return makeError(ErrorCode::InvalidArgument, problem.message());
    spec.batchSize = runtime.batchSize;
    if (runtime.device == features::Device::Cuda) {
        // Asked for explicitly: refused at once when it cannot be had, even if the features are cached.
        if (!features::usesTorch(spec.kind))
            return makeError(ErrorCode::InvalidArgument, "--device cuda applies to CNN features; raw pixels are read on the CPU");
        if (auto device = features::selectDevice(runtime.device); !device)
            return device.error();
    }
    const FeatureDiskCache* disk = runtime.disk;
    ExtractedFeatures out;
    out.key = dataset.contentHash() + "|" + features::featureCacheKey(spec);
    if (cache)
        out.features = cache->features(out.key);
    if (out.features)
        return out;
    // Raw pixels are quicker to recompute than to read back; CNN features and face crops are not.
    const bool worthDisk = disk && (features::usesTorch(spec.kind) || spec.faces);
    const auto start = Clock::now();
    if (worthDisk)
        if (auto cached = disk->load(out.key, dataset.size())) {
            out.features = std::make_shared<const Matrix>(std::move(cached->features));
            out.noFaceItems = std::move(cached->noFaceItems);
            out.fromDisk = true;
        }
    if (!out.features) {
        if (features::usesTorch(spec.kind)) {
            auto device = features::selectDevice(runtime.device);
            if (!device)
                return device.error();
            out.deviceNote = device.value();
        }
        features::ExtractionReport report;
        auto extracted = features::extractFeatures(dataset, spec, progress, &report);
        if (!extracted)
            return extracted.error();
        if (static_cast<std::size_t>(extracted->rows()) != dataset.size())
            return makeError(ErrorCode::Internal, "the extractor returned the wrong number of rows");
        out.noFaceItems = report.noFaceItems;
        out.features = std::make_shared<const Matrix>(std::move(extracted.value()));
        if (worthDisk)
            disk->store(out.key, CachedFeatures{*out.features, out.noFaceItems});
    }
    out.seconds = secondsSince(start);
    if (cache)
        cache->storeFeatures(out.key, out.features);
    return out;
}

Result<PreparedRun> prepareRun(const imageio::Dataset& dataset, const run::RunParameters& parameters,
                               StageCache* cache, const Progress& progress, const FeatureRuntime& runtime)
{
    // Raw pixels have one feature per byte; CNN widths are known once the model is loaded.
    const bool plain = parameters.features.isPlainPixels();
    if (auto problems = checkRunParameters(parameters, dataset.size(), plain ? dataset.imageBytes() : 0);
        !problems.empty())
        return makeError(ErrorCode::InvalidArgument, problems.front().message());
    const double featureShare = plain ? 0.05 : 0.7;
    // Raw pixels that PCA reduces are made a block at a time as PCA reads them: the float matrix
    // (4 bytes per pixel) is never held. The key is the one extraction would give them.
    if (plain && parameters.pcaDims > 0 && std::size_t(parameters.pcaDims) < dataset.imageBytes() &&
        runtime.device != features::Device::Cuda && dataset.pixelBytes() == dataset.size() * dataset.imageBytes()) {
        const std::string key =
            dataset.contentHash() + "|" + features::featureCacheKey(featureSpecFor(parameters.features, parameters.tsne.threads));
        if (!cache || !cache->features(key)) {
            const features::RawPixelRows rows(dataset);
            auto prepared = prepareFromRows(rows, nullptr, key, parameters, cache, progress);
            if (prepared)
                prepared->featuresKey = key;
            return prepared;
        }
    }
    auto extracted = extractDatasetFeatures(dataset, parameters, cache, progress.subRange(0.0, featureShare), runtime);
    if (!extracted)
        return extracted.error();
    auto prepared = prepareRunFromFeatures(std::move(extracted->features), extracted->key, parameters, cache,
                                           progress.subRange(featureShare, 1.0));
    if (prepared) {
        prepared->timings.features = extracted->seconds;
        prepared->noFaceItems = extracted->noFaceItems;
        prepared->featuresFromDisk = extracted->fromDisk;
        prepared->featuresKey = extracted->key;
    }
    return prepared;
}

namespace {

// PCA (when it reduces) and the t-SNE affinities from feature rows: `whole` is the same rows in
// memory when the caller has them (t-SNE without PCA embeds it directly); otherwise the rows are
// only read in passes by PCA, or read whole when PCA does not apply.
Result<PreparedRun> prepareFromRows(const RowBlocks& rows, std::shared_ptr<const Matrix> whole,
                                    const std::string& featuresKey, const run::RunParameters& parameters,
                                    StageCache* cache, const Progress& progress)
{
    PreparedRun prepared;
    prepared.featureCount = static_cast<std::size_t>(rows.cols());
    // The feature choice does not apply to a matrix the user brought.
    auto problems = run::checkParameters(parameters, std::size_t(rows.rows()), std::size_t(rows.cols()));
    std::erase_if(problems, [](const auto& p) { return p.field == run::ParameterField::Features; });
    if (!problems.empty())
        return makeError(ErrorCode::InvalidArgument, problems.front().message());
    const bool reduce = parameters.pcaDims > 0 && parameters.pcaDims < rows.cols();
    if (!reduce && !whole)
        whole = std::make_shared<const Matrix>(toMatrix(rows));
    if (whole && !whole->allFinite())  // (PCA checks the rows it reads itself)
        return makeError(ErrorCode::InvalidArgument, "the feature matrix contains NaN or infinite values");

    std::shared_ptr<const Matrix> reduced = whole;
    if (reduce) {
        const std::string key = featuresKey + "|pca" + std::to_string(parameters.pcaDims);
        std::shared_ptr<const pca::PcaResult> fitted = cache ? cache->pca(key) : nullptr;
        if (!fitted) {
            const auto start = Clock::now();
            pca::PcaOptions options;
            options.components = parameters.pcaDims;
            auto result = pca::fitTransform(rows, options, progress.subRange(0.0, 0.3));
            if (!result)
                return result.error();
            fitted = std::make_shared<const pca::PcaResult>(std::move(result.value()));
            prepared.timings.pca = secondsSince(start);
            if (cache)
                cache->storePca(key, fitted);
        }
        prepared.explainedVarianceRatio = fitted->explainedVarianceRatio;
        prepared.pca = fitted;
        prepared.pcaMethod = fitted->method;
        // Aliasing shared_ptr: the reduced matrix lives as long as the cached PCA result.
        reduced = std::shared_ptr<const Matrix>(fitted, &fitted->transformed);
    }
    // The features are not needed past PCA: let them go before the affinities, the stage with
    // the largest memory (unless the caller or the stage cache holds them too).
    whole.reset();

    const auto start = Clock::now();
    Result<std::unique_ptr<tsne::TsneRun>> run = makeError(ErrorCode::Internal, "no run");
    if (cache && cache->keepsAffinities()) {
        // What the affinities depend on: the input, the perplexity, how neighbours are found
        // (and their seed, unless exactly) and whether they are dense (the method as asked for
        // and the output dimensions decide). Learning rate, iterations and exaggeration do not.
        const auto& t = parameters.tsne;
        const std::string key = featuresKey + "|pca" + std::to_string(reduce ? parameters.pcaDims : 0) +
                                "|perplexity" + std::to_string(t.perplexity) + "|knn" + std::to_string(int(t.neighbours)) +
                                (t.neighbours == tsne::NeighbourSearch::Exact ? std::string() : "|seed" + std::to_string(t.seed)) +
                                "|method" + std::to_string(int(t.method)) + "|dims" + std::to_string(t.dimensions);
        std::shared_ptr<const tsne::SparseMatrix> p = cache->affinities(key);
        if (!p) {
            auto computed = tsne::TsneRun::jointAffinities(*reduced, t, progress.subRange(0.3, 0.9));
            if (!computed)
                return computed.error();
            p = std::make_shared<const tsne::SparseMatrix>(std::move(computed.value()));
            cache->storeAffinities(key, p);
        }
        run = tsne::TsneRun::createWithAffinities(*reduced, t, *p, progress.subRange(0.9, 1.0));
    } else {
        run = tsne::TsneRun::create(*reduced, parameters.tsne, progress.subRange(0.3, 1.0));
    }
    if (!run)
        return run.error();
    prepared.timings.affinities = secondsSince(start);
    prepared.run = std::move(run.value());
    prepared.tsneInput = reduced;
    return prepared;
}

}  // namespace

Result<PreparedRun> prepareRunFromFeatures(std::shared_ptr<const Matrix> features, const std::string& featuresKey,
                                           const run::RunParameters& parameters, StageCache* cache,
                                           const Progress& progress)
{
    // The view is not read after prepareFromRows lets go of the matrix.
    const MatrixRows rows(*features);
    return prepareFromRows(rows, std::move(features), featuresKey, parameters, cache, progress);
}

Result<PreparedRun> prepareRunFromRows(std::shared_ptr<const RowBlocks> rows, const std::string& featuresKey,
                                       const run::RunParameters& parameters, StageCache* cache,
                                       const Progress& progress)
{
    return prepareFromRows(*rows, nullptr, featuresKey, parameters, cache, progress);
}

}  // namespace tse::app
