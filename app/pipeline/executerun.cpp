// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "executerun.h"
#include "featurecache.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <new>

#include "tse/common/csv.h"
#include "tse/common/npy.h"
#include "tse/imageio/datasetlocator.h"
#include "tse/tsne/metrics.h"

namespace tse::app {
namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// The share of the progress given to features, PCA and affinities: CNN features take minutes.
constexpr double kPlainPreparationShare = 0.15;
constexpr double kNetworkPreparationShare = 0.7;
// At most this many iterations between snapshots, however fast they are.
constexpr int kMaxSnapshotChunk = 50;

bool isMatrixFile(const std::string& spec) { return spec.ends_with(".npy") || spec.ends_with(".csv"); }

// The class names the features command (and merge) write beside the labels, X.labels.npy →
// X.classes.txt, one per line; numbers when there is no such file or it names too few classes.
std::vector<std::string> classNamesBeside(const std::string& labelsNpy, int classes)
{
    constexpr std::uintmax_t kMaxBytes = 1 << 20;
    std::vector<std::string> names;
    const std::string suffix = ".labels.npy";
    if (labelsNpy.ends_with(suffix)) {
        const std::string path = labelsNpy.substr(0, labelsNpy.size() - suffix.size()) + ".classes.txt";
        std::error_code ec;
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec && size <= kMaxBytes) {
            std::ifstream in(path);
            for (std::string line; std::getline(in, line);)
                names.push_back(line);
        }
    }
    if (static_cast<int>(names.size()) < classes) {
        names.clear();
        for (int c = 0; c < classes; ++c)
            names.push_back(std::to_string(c));
    }
    return names;
}

Result<RunInput> openMatrix(const std::string& spec, const std::string& labelsNpy)
{
    RunInput input;
    input.featuresKey = spec;
    if (spec.ends_with(".npy")) {
        auto matrix = npy::MappedMatrix::open(spec);
        if (!matrix)
            return matrix.error();
        if (!labelsNpy.empty()) {
            auto read = npy::readLabels(labelsNpy);
            if (!read)
                return read.error();
            if (static_cast<Eigen::Index>(read->size()) != (*matrix)->rows())
                return makeError(ErrorCode::BadFormat, labelsNpy + " has " + std::to_string(read->size()) +
                                                           " labels but the matrix has " + std::to_string((*matrix)->rows()) +
                                                           " rows");
            int maxLabel = -1;
            for (auto l : read.value()) {
                input.labels.push_back(static_cast<int>(l));
                maxLabel = std::max(maxLabel, static_cast<int>(l));
            }
            input.classNames = classNamesBeside(labelsNpy, maxLabel + 1);
        }
        input.featureRows = std::move(matrix.value());
        return input;
    }
    if (!labelsNpy.empty())
        return makeError(ErrorCode::InvalidArgument, "--labels goes with a .npy matrix; " + spec + " has a label column");
    auto table = csv::readFeatures(spec);
    if (!table)
        return table.error();
    // Text labels become classes, numbered in sorted order.
    std::vector<std::string> names = table->labels;
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (const auto& label : table->labels)
        input.labels.push_back(static_cast<int>(std::lower_bound(names.begin(), names.end(), label) - names.begin()));
    input.classNames = std::move(names);
    input.features = std::make_shared<const Matrix>(std::move(table->features));
    return input;
}

std::string noFaceNote(const std::vector<std::size_t>& items, const imageio::Dataset& dataset)
{
    constexpr std::size_t kListed = 20;
    std::string list;
    for (std::size_t k = 0; k < std::min(items.size(), kListed); ++k)
        list += (k ? ", " : "") + dataset.itemName(items[k]);
    return "No face found in " + std::to_string(items.size()) + " images (used whole): " + list +
           (items.size() > kListed ? ", …" : "");
}

// Steps t-SNE to the end or to a cancel, handing out snapshots at the caller's pace and, with a
// replay, keeping a frame at the start, every interval-th iteration and at the end.
void optimise(tsne::TsneRun& tsneRun, const RunHooks& hooks, const Progress& progress, run::MapReplay* replay,
              int interval)
{
    const bool live = hooks.snapshotSeconds > 0.0 && hooks.onSnapshot;
    if (!live && !replay) {
        tsneRun.step(tsneRun.totalIterations(), progress);
        return;
    }
    if (replay)
        replay->add(tsneRun.iteration(), tsneRun.snapshot());
    int chunk = live ? 1 : tsneRun.totalIterations();
    while (!tsneRun.finished() && !progress.cancelled()) {
        int want = chunk;
        if (replay)
            want = std::min(want, interval - tsneRun.iteration() % interval);
        const auto start = Clock::now();
        const int done = tsneRun.step(want, progress);
        if (live && done > 0) {
            const double perIteration = secondsSince(start) / done;
            // Clamped as a double first: a slow pace over a fast step is far beyond int's range.
            chunk = static_cast<int>(
                std::clamp(hooks.snapshotSeconds / std::max(perIteration, 1e-6), 1.0, double(kMaxSnapshotChunk)));
        }
        if (done == 0)
            break;
        const Matrix coordinates = tsneRun.snapshot();
        if (replay && (tsneRun.iteration() % interval == 0 || tsneRun.finished()))
            replay->add(tsneRun.iteration(), coordinates);
        if (live)
            hooks.onSnapshot(RunSnapshot{coordinates, tsneRun.iteration(), tsneRun.totalIterations(), tsneRun.klHistory()});
    }
}

}  // namespace

std::size_t RunInput::size() const
{
    if (dataset)
        return dataset->size();
    if (featureRows)
        return static_cast<std::size_t>(featureRows->rows());
    return features ? static_cast<std::size_t>(features->rows()) : 0;
}

std::shared_ptr<const Matrix> RunInput::featureMatrix() const
{
    if (features || !featureRows)
        return features;
    return std::make_shared<const Matrix>(toMatrix(*featureRows));
}

std::size_t RunInput::featureCount(const run::FeatureChoice& choice) const
{
    if (features)
        return static_cast<std::size_t>(features->cols());
    if (featureRows)
        return static_cast<std::size_t>(featureRows->cols());
    return dataset && choice.isPlainPixels() ? dataset->imageBytes() : 0;
}

bool RunInput::labelled() const
{
    const auto& all = dataset ? dataset->labels : labels;
    return std::any_of(all.begin(), all.end(), [](int label) { return label >= 0; });
}

RunInput RunInput::slice(std::size_t first, std::size_t rows) const
{
    first = std::min(first, size());
    rows = std::min(rows, size() - first);
    RunInput out;
    out.featuresKey = featuresKey;
    out.classNames = classNames;
    out.loadSeconds = loadSeconds;
    if (dataset) {
        auto part = std::make_shared<imageio::Dataset>();
        const auto& d = *dataset;
        part->name = d.name;
        part->source = d.source;
        part->classNames = d.classNames;
        part->width = d.width;
        part->height = d.height;
        part->channels = d.channels;
        part->metadataColumns = d.metadataColumns;
        part->labels.assign(d.labels.begin() + std::ptrdiff_t(first), d.labels.begin() + std::ptrdiff_t(first + rows));
        if (d.itemPaths.size() == d.size())
            part->itemPaths.assign(d.itemPaths.begin() + std::ptrdiff_t(first),
                                   d.itemPaths.begin() + std::ptrdiff_t(first + rows));
        if (d.metadata.size() == d.size())
            part->metadata.assign(d.metadata.begin() + std::ptrdiff_t(first), d.metadata.begin() + std::ptrdiff_t(first + rows));
        const std::size_t bytes = d.imageBytes();
        part->pixels.assign(d.pixelData() + first * bytes, d.pixelData() + (first + rows) * bytes);
        out.dataset = std::move(part);
    }
    if (features)
        out.features = std::make_shared<const Matrix>(features->middleRows(Eigen::Index(first), Eigen::Index(rows)));
    if (featureRows)
        out.features = std::make_shared<const Matrix>(copyRows(*featureRows, Eigen::Index(first), Eigen::Index(rows)));
    if (labels.size() == size())
        out.labels.assign(labels.begin() + std::ptrdiff_t(first), labels.begin() + std::ptrdiff_t(first + rows));
    return out;
}

std::string RunInput::contentHash() const
{
    if (dataset)
        return dataset->contentHash();
    std::uint64_t h = 14695981039346656037ull;
    auto mix = [&h](const void* data, std::size_t bytes) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < bytes; ++i) {
            h ^= p[i];
            h *= 1099511628211ull;
        }
    };
    if (features) {
        const std::int64_t shape[2] = {features->rows(), features->cols()};
        mix(shape, sizeof shape);
        mix(features->data(), sizeof(float) * std::size_t(features->size()));
    } else if (featureRows) {  // the same bytes in the same order, a block at a time
        const std::int64_t shape[2] = {featureRows->rows(), featureRows->cols()};
        mix(shape, sizeof shape);
        Matrix scratch;
        const Eigen::Index step = rowsPerBlock(featureRows->cols());
        for (Eigen::Index first = 0; first < featureRows->rows(); first += step) {
            const Eigen::Index rows = std::min(step, featureRows->rows() - first);
            const ConstRowBlock block = featureRows->block(first, rows, scratch);
            mix(block.data(), sizeof(float) * std::size_t(block.size()));
            featureRows->release(first, rows);
        }
    }
    mix(labels.data(), sizeof(int) * labels.size());
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
    return text;
}

CostEstimate estimateRunCost(const RunInput& input, const run::RunParameters& parameters, double slowdown)
{
    const InputRows rows = input.featureRows                                           ? InputRows::Mapped
                           : input.dataset && parameters.features.isPlainPixels() ? InputRows::Pixels
                                                                                  : InputRows::InMemory;
    return estimateCost(parameters, input.size(), input.featureCount(parameters.features), parameters.tsne.threads,
                        input.labelled(), rows, slowdown);
}

Result<RunInput> openRunInput(const std::string& spec, const std::string& labelsNpy)
{
    const auto start = Clock::now();
    Result<RunInput> input = makeError(ErrorCode::Internal, "not opened");
    if (isMatrixFile(spec)) {
        input = openMatrix(spec, labelsNpy);
    } else {
        if (!labelsNpy.empty())
            return makeError(ErrorCode::InvalidArgument, "--labels goes with a .npy feature matrix; " + spec +
                                                             " has labels of its own");
        auto dataset = imageio::openDataset(spec, defaultFolderOptions());
        if (!dataset)
            return dataset.error();
        RunInput opened;
        opened.dataset = std::make_shared<const imageio::Dataset>(std::move(dataset.value()));
        input = std::move(opened);
    }
    if (input)
        input->loadSeconds = secondsSince(start);
    return input;
}

std::size_t metricQueriesFor(std::size_t items)
{
    constexpr double kItemPasses = 1e8;  // queries × items
    return std::clamp<std::size_t>(std::size_t(kItemPasses / double(std::max<std::size_t>(items, 1))), 100, kMetricQueries);
}

void scoreRun(run::RunRecord& record, const Matrix& tsneInput, int threads)
{
    if (!record.klHistory.empty())
        record.klDivergence = record.klHistory.back().kl;
    if (record.status != run::RunStatus::Finished || record.coordinates.rows() == 0)
        return;
    // k = 10, lowered below N / 2 for tiny maps so every measure stays within [0, 1].
    const int n = static_cast<int>(record.coordinates.rows());
    record.metricK = std::max(1, std::min(kMetricK, (n - 1) / 2));
    if (record.hasLabels())
        record.knnAccuracy = tsne::knnAccuracy(record.coordinates, record.labels, record.metricK, threads);
    const auto m =
        tsne::neighbourhoodMetrics(tsneInput, record.coordinates, record.metricK, metricQueriesFor(std::size_t(n)), threads);
    record.trustworthiness = m.trustworthiness;
    record.continuity = m.continuity;
    record.knnPreservation = m.knnPreservation;
    record.metricQueries = m.queries;
}

namespace {

Result<RunResult> executeRunUnguarded(const RunInput& input, const run::RunParameters& parameters, const RunHooks& hooks)
{
    RunResult result;
    run::RunRecord& record = result.record;
    record.parameters = parameters;
    record.timings.load = input.loadSeconds;
    if (input.dataset) {
        record.labels = input.dataset->labels;
        record.classNames = input.dataset->classNames;
        record.datasetHash = input.dataset->contentHash();
    } else {
        record.labels = input.labels;
        record.classNames = input.classNames;
    }

    // A run that cannot fit is refused with the numbers, not killed by the system half-way.
    {
        const auto cost = estimateRunCost(input, parameters);
        const auto available = hooks.memoryAvailable ? hooks.memoryAvailable : availableMemoryBytes();
        if (const auto refusal = memoryRefusal(cost, available); !refusal.empty())
            return makeError(ErrorCode::InvalidArgument, refusal);
    }

    const double preparationShare =
        input.dataset && !parameters.features.isPlainPixels() ? kNetworkPreparationShare : kPlainPreparationShare;
    const Progress preparation = hooks.progress.subRange(0.0, preparationShare);
    Result<PreparedRun> prepared = makeError(ErrorCode::InvalidArgument, "a run needs images or a feature matrix");
    if (input.dataset)
        prepared = prepareRun(*input.dataset, parameters, hooks.cache, preparation, hooks.runtime);
    else if (input.features)
        prepared = prepareRunFromFeatures(input.features, input.featuresKey, parameters, hooks.cache, preparation);
    else if (input.featureRows)
        prepared = prepareRunFromRows(input.featureRows, input.featuresKey, parameters, hooks.cache, preparation);
    if (!prepared) {
        if (prepared.error().code != ErrorCode::Cancelled)
            return prepared.error();
        record.status = run::RunStatus::Cancelled;
        return result;
    }
    const double load = record.timings.load;
    record.timings = prepared->timings;
    record.timings.load = load;
    record.featuresKey = prepared->featuresKey.empty() ? input.featuresKey : prepared->featuresKey;
    record.explainedVarianceRatio = prepared->explainedVarianceRatio;
    record.tsneInput = prepared->tsneInput;
    {
        // Kept with the run so new items can be placed on its map later (placerun.h).
        auto space = std::make_shared<run::ReferenceSpace>();
        space->featureCount = prepared->featureCount;
        if (prepared->pca) {
            space->pcaMean = prepared->pca->mean;
            space->pcaComponents = prepared->pca->components;
        }
        space->features = prepared->tsneInput;
        record.referenceSpace = std::move(space);
    }
    if (input.dataset && !prepared->noFaceItems.empty())
        record.notes = noFaceNote(prepared->noFaceItems, *input.dataset);

    tsne::TsneRun& tsneRun = *prepared->run;
    record.threads = tsneRun.threads();
    const auto optimiseStart = Clock::now();
    const int replayInterval =
        hooks.replayBudgetBytes > 0 ? run::MapReplay::intervalFor(tsneRun.totalIterations(), tsneRun.size(),
                                                                  parameters.tsne.dimensions, hooks.replayBudgetBytes)
                                    : 0;
    run::MapReplay replay(int(tsneRun.size()), parameters.tsne.dimensions);
    optimise(tsneRun, hooks, hooks.progress.subRange(preparationShare, 1.0), replayInterval > 0 ? &replay : nullptr,
             replayInterval);
    if (tsneRun.finished())  // a cancelled run's frames end before its map does: none kept
        record.replay = std::move(replay);
    record.timings.optimisation = secondsSince(optimiseStart);
    record.iterationsDone = tsneRun.iteration();
    record.coordinates = tsneRun.snapshot();
    record.klHistory = tsneRun.klHistory();
    record.status = tsneRun.finished() ? run::RunStatus::Finished : run::RunStatus::Cancelled;

    const auto scoreStart = Clock::now();
    if (record.status == run::RunStatus::Finished)
        hooks.progress.report("Scoring the map", 1.0);
    scoreRun(record, *prepared->tsneInput, tsneRun.threads());
    record.timings.metrics = secondsSince(scoreStart);
    // A diagnostic the report asked for (O(N²)), not part of the run's own scoring or its timings.
    if (record.status == run::RunStatus::Finished && tsneRun.size() <= hooks.exactKlLimit)
        result.diagnostics.exactKl = tsne::exactKlDivergence(tsneRun.affinities(), record.coordinates, tsneRun.threads());
    if (hooks.clusters && record.status == run::RunStatus::Finished) {
        hooks.progress.report("Finding clusters", 1.0);
        auto found = findRunClusters(record, *hooks.clusters);
        if (!found)
            return makeError(found.error().code, "cannot find clusters: " + found.error().message);
        record.clusters = std::move(found.value());
    }

    auto& d = result.diagnostics;
    d.featureCount = prepared->featureCount;
    d.method = tsneRun.method();
    d.learningRate = tsneRun.learningRate();
    d.gradientTimings = tsneRun.gradientTimings();
    d.pcaMethod = prepared->pcaMethod;
    d.noFaceItems = std::move(prepared->noFaceItems);
    d.featuresFromDisk = prepared->featuresFromDisk;
    return result;
}

}  // namespace

Result<RunResult> executeRun(const RunInput& input, const run::RunParameters& parameters, const RunHooks& hooks)
{
    // The stages allocate as they go (the kNN graph, trees, FFT grids). A failed allocation, or
    // any other exception from a module, becomes this run's error: it must not end the program
    // and take the workbench's unsaved project with it.
    try {
        return executeRunUnguarded(input, parameters, hooks);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory, "the run ran out of memory; use fewer items, fewer PCA dimensions or a "
                                                 "lower perplexity, or close other programs");
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Internal, std::string("the run failed: ") + e.what());
    }
}

}  // namespace tse::app
