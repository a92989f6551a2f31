// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "placerun.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <new>

#include "tse/tsne/metrics.h"

namespace tse::app {
namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

bool isMatrixSpec(const std::string& spec) { return spec.ends_with(".npy") || spec.ends_with(".csv"); }

// The new items' labels in the reference's class numbering: classes matched by name, new
// names appended.
std::vector<int> mergeLabels(const std::vector<int>& labels, const std::vector<std::string>& names,
                             std::vector<std::string>& classes)
{
    std::vector<int> mapped(labels.size(), -1);
    std::vector<int> classOf(names.size(), -1);
    for (std::size_t c = 0; c < names.size(); ++c) {
        auto at = std::find(classes.begin(), classes.end(), names[c]);
        if (at == classes.end())
            at = classes.insert(classes.end(), names[c]);
        classOf[c] = static_cast<int>(at - classes.begin());
    }
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] >= 0 && static_cast<std::size_t>(labels[i]) < classOf.size())
            mapped[i] = classOf[static_cast<std::size_t>(labels[i])];
    return mapped;
}

}  // namespace

namespace {

std::string runLabel(const run::RunRecord& reference)
{
    return "run " + std::to_string(reference.id) + (reference.name.empty() ? std::string() : " ('" + reference.name + "')");
}

Result<PlacedItems> placeItemsUnguarded(const run::RunRecord& reference, const RunInput& input, const std::string& newSpec,
                                        const tsne::PlacementOptions& options, const RunHooks& hooks)
{
    auto refuse = [&](const std::string& why) {
        return makeError(ErrorCode::InvalidArgument, "cannot place " + newSpec + " on " + runLabel(reference) + ": " + why);
    };
    const auto& space = reference.referenceSpace;
    if (!space || !space->features)
        return refuse("the run was saved without its feature space (run it again to place new items on it)");
    if (space->items() != static_cast<std::size_t>(reference.coordinates.rows()))
        return refuse("its feature space and its map differ in size");
    if (reference.status != run::RunStatus::Finished)
        return refuse("the run did not finish");
    if (input.size() == 0)
        return refuse("it holds no items");
    if (input.dataset && isMatrixSpec(reference.parameters.dataset))
        return refuse("the run was embedded from the feature matrix " + reference.parameters.dataset +
                      "; place a feature matrix made the same way (one row per new item)");

    PlacedItems out;
    out.timings.load = input.loadSeconds;
    const Progress progress = hooks.progress;
    const bool network = input.dataset && !reference.parameters.features.isPlainPixels();
    const double featureShare = input.dataset ? (network ? 0.7 : 0.1) : 0.0;

    std::shared_ptr<const Matrix> features = input.featureMatrix();
    if (input.dataset) {
        run::RunParameters parameters = reference.parameters;
        parameters.dataset = newSpec;
        parameters.tsne.threads = options.threads;
        auto extracted =
            extractDatasetFeatures(*input.dataset, parameters, hooks.cache, progress.subRange(0.0, featureShare),
                                   hooks.runtime);
        if (!extracted)
            return extracted.error().code == ErrorCode::Cancelled ? extracted.error() : refuse(extracted.error().message);
        features = extracted->features;
        out.timings.features = extracted->seconds;
    }
    out.featureCount = static_cast<std::size_t>(features->cols());
    if (out.featureCount != space->featureCount) {
        std::string why = "the new items have " + std::to_string(out.featureCount) + " features each but the map was made from " +
                          std::to_string(space->featureCount);
        if (input.dataset && reference.parameters.features.isPlainPixels())
            why += " (raw pixels: the new images are " + std::to_string(input.dataset->width) + "×" +
                   std::to_string(input.dataset->height) + "×" + std::to_string(input.dataset->channels) + ")";
        return refuse(why);
    }
    auto projected = space->project(*features);
    if (!projected)
        return refuse(projected.error().message);

    const auto placeStart = Clock::now();
    auto placed = tsne::placePoints(*space->features, reference.coordinates, projected.value(), options,
                                    progress.subRange(featureShare, 1.0));
    if (!placed)
        return placed.error().code == ErrorCode::Cancelled ? placed.error() : refuse(placed.error().message);
    out.timings.affinities = placed->neighbourSeconds;
    out.timings.optimisation = secondsSince(placeStart) - placed->neighbourSeconds;
    out.coordinates = std::move(placed->coordinates);
    out.space = std::move(projected.value());
    out.neighbours = std::move(placed->neighbours);

    out.classNames = reference.classNames;
    const auto& newLabels = input.dataset ? input.dataset->labels : input.labels;
    const auto& newNames = input.dataset ? input.dataset->classNames : input.classNames;
    out.labels = newLabels.empty() ? std::vector<int>(input.size(), -1) : mergeLabels(newLabels, newNames, out.classNames);
    return out;
}

}  // namespace

Result<PlacedItems> placeItems(const run::RunRecord& reference, const RunInput& input, const std::string& newSpec,
                               const tsne::PlacementOptions& options, const RunHooks& hooks)
{
    // As executeRun: an exception from a module (a failed allocation) is this placement's error,
    // not the end of the program.
    try {
        return placeItemsUnguarded(reference, input, newSpec, options, hooks);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory, "placing " + newSpec + " ran out of memory; place fewer items at a time or close other programs");
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Internal, "placing " + newSpec + " failed: " + e.what());
    }
}

Result<PlaceResult> placedRun(const run::RunRecord& reference, PlacedItems items, const std::string& newSpec,
                              const tsne::PlacementOptions& options)
{
    const auto& space = reference.referenceSpace;
    const auto n = reference.coordinates.rows();
    const auto m = items.coordinates.rows();
    if (!space || !space->features || items.coordinates.cols() != reference.coordinates.cols() ||
        items.space.rows() != m || items.space.cols() != space->features->cols() ||
        items.labels.size() != static_cast<std::size_t>(m))
        return makeError(ErrorCode::InvalidArgument, "the placed items do not fit " + runLabel(reference));
    PlaceResult out;
    run::RunRecord& record = out.record;
    record.timings = items.timings;
    record.name = reference.name + " + " + std::to_string(m) + " placed";
    record.parameters = reference.parameters;
    record.status = run::RunStatus::Finished;
    record.iterationsDone = reference.iterationsDone;  // how the map was made; the notes say how items were placed
    record.threads = options.threads;
    record.datasetHash = reference.datasetHash;
    record.featuresKey = reference.featuresKey;
    record.explainedVarianceRatio = reference.explainedVarianceRatio;
    record.coordinates.resize(n + m, reference.coordinates.cols());
    record.coordinates << reference.coordinates, items.coordinates;

    record.classNames = items.classNames;
    record.labels = reference.labels.empty() ? std::vector<int>(std::size_t(n), -1) : reference.labels;
    record.labels.insert(record.labels.end(), items.labels.begin(), items.labels.end());

    record.placed = reference.placed.empty() ? std::vector<std::uint8_t>(std::size_t(n), 0) : reference.placed;
    record.placed.resize(std::size_t(n + m), 1);
    record.placedOnto = reference.id;
    record.placedDataset = newSpec;

    auto combined = std::make_shared<Matrix>(n + m, space->features->cols());
    *combined << *space->features, items.space;
    auto combinedSpace = std::make_shared<run::ReferenceSpace>(*space);
    combinedSpace->features = combined;
    record.tsneInput = combined;
    record.referenceSpace = std::move(combinedSpace);

    // Scored as any map (leave-one-out 10-NN accuracy over every labelled item) and, the number
    // that says how well placement worked, the placed items against the reference labels only.
    const auto scoreStart = Clock::now();
    record.metricK = std::max(1, std::min(kMetricK, int(n + m - 1) / 2));
    if (record.hasLabels()) {
        record.knnAccuracy = tsne::knnAccuracy(record.coordinates, record.labels, record.metricK, options.threads);
        std::vector<char> voters(std::size_t(n + m), 0), scored(std::size_t(n + m), 0);
        std::fill(voters.begin(), voters.begin() + n, 1);
        std::fill(scored.begin() + n, scored.end(), 1);
        const bool labelledNew = std::any_of(items.labels.begin(), items.labels.end(), [](int l) { return l >= 0; });
        if (labelledNew && reference.hasLabels())
            out.placedAccuracy =
                tsne::knnAccuracy(record.coordinates, record.labels, voters, scored, record.metricK, options.threads);
    }
    record.timings.metrics = secondsSince(scoreStart);
    char note[400];
    std::snprintf(note, sizeof note, "Placed %lld items from %s onto %s (perplexity %g, %d iterations).",
                  static_cast<long long>(m), newSpec.c_str(), runLabel(reference).c_str(), options.perplexity,
                  options.iterations);
    record.notes = note;
    if (out.placedAccuracy) {
        std::snprintf(note, sizeof note, " Their %d-NN accuracy against the map's labels: %.4f.", record.metricK,
                      *out.placedAccuracy);
        record.notes += note;
    }
    out.neighbours = std::move(items.neighbours);
    out.featureCount = items.featureCount;
    return out;
}

Result<PlaceResult> placeOnRun(const run::RunRecord& reference, const RunInput& input, const std::string& newSpec,
                               const tsne::PlacementOptions& options, const RunHooks& hooks)
{
    auto items = placeItems(reference, input, newSpec, options, hooks);
    if (!items)
        return items.error();
    return placedRun(reference, std::move(items.value()), newSpec, options);
}

Result<imageio::Dataset> joinPlacedImages(const imageio::Dataset& a, const imageio::Dataset& b,
                                          const run::RunRecord& placed)
{
    if (a.size() + b.size() != static_cast<std::size_t>(placed.coordinates.rows()) ||
        placed.labels.size() != a.size() + b.size())
        return makeError(ErrorCode::InvalidArgument, "the map's " + std::to_string(a.size()) + " and the " +
                                                         std::to_string(b.size()) + " placed images are not the run's " +
                                                         std::to_string(placed.coordinates.rows()) + " items");
    if (a.width != b.width || a.height != b.height || a.channels != b.channels)
        return makeError(ErrorCode::InvalidArgument, "the placed images differ in size from the map's");
    imageio::Dataset joined = a;
    joined.name = a.name + " + " + b.name;
    joined.loadPixels();
    joined.pixels.insert(joined.pixels.end(), b.pixelData(), b.pixelData() + b.pixelBytes());
    joined.labels = placed.labels;
    joined.classNames = placed.classNames;
    if (a.itemPaths.size() == a.size() && b.itemPaths.size() == b.size())
        joined.itemPaths.insert(joined.itemPaths.end(), b.itemPaths.begin(), b.itemPaths.end());
    else
        joined.itemPaths.clear();
    if (a.metadataColumns == b.metadataColumns && a.metadata.size() == a.size() && b.metadata.size() == b.size()) {
        joined.metadata.insert(joined.metadata.end(), b.metadata.begin(), b.metadata.end());
    } else {
        joined.metadataColumns.clear();
        joined.metadata.clear();
    }
    joined.skipped.clear();
    return joined;
}

}  // namespace tse::app
