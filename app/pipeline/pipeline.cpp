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

void StageCache::clear()
{
    std::lock_guard lock(mutex_);
    features_.clear();
    pca_.clear();
}

std::vector<ParameterProblem> checkParameters(const project::RunParameters& p, std::size_t n, std::size_t d)
{
    using Field = ParameterProblem::Field;
    std::vector<ParameterProblem> problems;
    auto add = [&](Field f, std::string text) { problems.push_back({f, std::move(text)}); };
    const auto& t = p.tsne;
    if (t.iterations < 1)
        add(Field::Iterations, "Iterations must be at least 1.");
    if (!std::isfinite(t.perplexity) || t.perplexity < 1.0) {
        add(Field::Perplexity, "Perplexity must be at least 1.");
    } else if (n > 0 && t.perplexity > tsne::maxPerplexity(n)) {
        std::ostringstream text;
        text.precision(4);
        text << "Perplexity " << t.perplexity << " is too large for " << n << " items; the maximum is "
             << tsne::maxPerplexity(n) << ".";
        add(Field::Perplexity, text.str());
    }
    if (!std::isfinite(t.learningRate))
        add(Field::LearningRate, "Learning rate must be a number or auto.");
    if (t.dimensions != 2 && t.dimensions != 3)
        add(Field::Dimensions, "Output dimensions must be 2 or 3.");
    if (p.pcaDims < 0)
        add(Field::PcaDims, "PCA dimensions must not be negative (0 skips PCA).");
    else if (d > 0 && static_cast<std::size_t>(p.pcaDims) > d)
        add(Field::PcaDims, "PCA dimensions (" + std::to_string(p.pcaDims) + ") exceed the number of features (" +
                                std::to_string(d) + ").");
    else if (n > 0 && static_cast<std::size_t>(p.pcaDims) > n)
        add(Field::PcaDims, "PCA dimensions (" + std::to_string(p.pcaDims) + ") exceed the number of items (" +
                                std::to_string(n) + ").");
    if (auto spec = featureSpecFor(p); !spec)
        add(Field::Features, spec.error().message);
    else if (features::usesTorch(spec->kind))
        if (auto file = features::locateModelFile(*spec); !file)
            add(Field::Features, file.error().message);
    if (n > 0 && n < 4)
        add(Field::Perplexity, "t-SNE needs at least 4 items.");
    return problems;
}

Result<features::FeatureSpec> featureSpecFor(const project::RunParameters& parameters, int threads)
{
    auto spec = features::parseFeatureSpec(parameters.features, parameters.featureLayer, parameters.modelFile,
                                           parameters.faces);
    if (!spec)
        return spec;
    spec->threads = threads;
    if (spec->kind == features::ExtractorKind::TorchScript) {
        if (parameters.inputSize < 8 || parameters.inputSize > 4096)
            return makeError(ErrorCode::InvalidArgument, "the model input size must be between 8 and 4096 pixels");
        if (parameters.inputMean.size() != 3 || parameters.inputStd.size() != 3)
            return makeError(ErrorCode::InvalidArgument, "the normalisation needs 3 means and 3 standard deviations");
        for (int c = 0; c < 3; ++c)
            if (!(parameters.inputStd[c] > 0.0f) || !std::isfinite(parameters.inputMean[c]))
                return makeError(ErrorCode::InvalidArgument, "standard deviations must be positive and means finite");
        spec->inputSize = parameters.inputSize;
        std::copy_n(parameters.inputMean.begin(), 3, spec->mean.begin());
        std::copy_n(parameters.inputStd.begin(), 3, spec->std.begin());
    }
    return spec;
}

Result<ExtractedFeatures> extractDatasetFeatures(const imageio::Dataset& dataset, const project::RunParameters& parameters,
                                                 StageCache* cache, const Progress& progress,
                                                 const FeatureRuntime& runtime)
{
    auto spec = featureSpecFor(parameters, parameters.tsne.threads);
    if (!spec)
        return spec.error();
    spec->batchSize = runtime.batchSize;
    const FeatureDiskCache* disk = runtime.disk;
    ExtractedFeatures out;
    out.key = dataset.contentHash() + "|" + features::featureCacheKey(*spec);
    if (cache)
        out.features = cache->features(out.key);
    if (out.features)
        return out;
    // Raw pixels are quicker to recompute than to read back; CNN features and face crops are not.
    const bool worthDisk = disk && (features::usesTorch(spec->kind) || spec->faces);
    const auto start = Clock::now();
    if (worthDisk)
        if (auto cached = disk->load(out.key)) {
            out.features = std::make_shared<const Matrix>(std::move(cached->features));
            out.noFaceItems = std::move(cached->noFaceItems);
            out.fromDisk = true;
        }
    if (!out.features) {
        features::ExtractionReport report;
        auto extracted = features::extractFeatures(dataset, *spec, progress, &report);
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

Result<PreparedRun> prepareRun(const imageio::Dataset& dataset, const project::RunParameters& parameters,
                               StageCache* cache, const Progress& progress, const FeatureRuntime& runtime)
{
    // Raw pixels have one feature per byte; CNN widths are known once the model is loaded.
    const bool raw = parameters.features == "raw" || parameters.features.empty();
    if (auto problems = checkParameters(parameters, dataset.size(), raw && !parameters.faces ? dataset.imageBytes() : 0);
        !problems.empty())
        return makeError(ErrorCode::InvalidArgument, problems.front().message);
    const double featureShare = raw && !parameters.faces ? 0.05 : 0.7;
    auto extracted = extractDatasetFeatures(dataset, parameters, cache, progress.subRange(0.0, featureShare), runtime);
    if (!extracted)
        return extracted.error();
    auto prepared = prepareRunFromFeatures(extracted->features, extracted->key, parameters, cache,
                                           progress.subRange(featureShare, 1.0));
    if (prepared) {
        prepared->timings.features = extracted->seconds;
        prepared->noFaceItems = extracted->noFaceItems;
        prepared->featuresFromDisk = extracted->fromDisk;
        prepared->featuresKey = extracted->key;
    }
    return prepared;
}

Result<PreparedRun> prepareRunFromFeatures(std::shared_ptr<const Matrix> features, const std::string& featuresKey,
                                           const project::RunParameters& parameters, StageCache* cache,
                                           const Progress& progress)
{
    PreparedRun prepared;
    prepared.featureCount = static_cast<std::size_t>(features->cols());
    auto problems = checkParameters(parameters, features->rows(), features->cols());
    std::erase_if(problems, [](const auto& p) { return p.field == ParameterProblem::Field::Features; });
    if (!problems.empty())
        return makeError(ErrorCode::InvalidArgument, problems.front().message);
    if (!features->allFinite())
        return makeError(ErrorCode::InvalidArgument, "the feature matrix contains NaN or infinite values");

    std::shared_ptr<const Matrix> reduced = features;
    if (parameters.pcaDims > 0 && parameters.pcaDims < features->cols()) {
        const std::string key = featuresKey + "|pca" + std::to_string(parameters.pcaDims);
        std::shared_ptr<const pca::PcaResult> fitted = cache ? cache->pca(key) : nullptr;
        if (!fitted) {
            const auto start = Clock::now();
            pca::PcaOptions options;
            options.components = parameters.pcaDims;
            auto result = pca::fitTransform(*features, options, progress.subRange(0.0, 0.3));
            if (!result)
                return result.error();
            fitted = std::make_shared<const pca::PcaResult>(std::move(result.value()));
            prepared.timings.pca = secondsSince(start);
            if (cache)
                cache->storePca(key, fitted);
        }
        prepared.explainedVarianceRatio = fitted->explainedVarianceRatio;
        prepared.pcaMethod = fitted->method;
        // Aliasing shared_ptr: the reduced matrix lives as long as the cached PCA result.
        reduced = std::shared_ptr<const Matrix>(fitted, &fitted->transformed);
    }

    const auto start = Clock::now();
    auto run = tsne::TsneRun::create(*reduced, parameters.tsne, progress.subRange(0.3, 1.0));
    if (!run)
        return run.error();
    prepared.timings.affinities = secondsSince(start);
    prepared.run = std::move(run.value());
    prepared.tsneInput = reduced;
    return prepared;
}

}  // namespace tse::app
