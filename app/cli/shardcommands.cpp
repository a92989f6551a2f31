// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "shardcommands.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <memory>
#include <optional>
#include <ostream>

#include "consoleprogress.h"
#include "placecommand.h"
#include "processclock.h"
#include "importreport.h"
#include "pipeline/placerun.h"
#include "projectruns.h"
#include "tse/features/torchruntime.h"
#include "shards.h"
#include "tse/imageio/datasetlocator.h"

namespace tse::cli {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string formatSeconds(double seconds)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", seconds);
    return text;
}

int failWith(std::ostream& err, const Error& e)
{
    err << "error: " << e.message << "\n";
    return 1;
}

// A spec that names a file or folder is kept absolute, so every shard and merge agree on it.
std::string absoluteSpec(const std::string& spec)
{
    std::error_code ec;
    return fs::exists(spec, ec) ? fs::absolute(spec).lexically_normal().string() : spec;
}

std::string itemPath(const imageio::Dataset& dataset, std::size_t i)
{
    if (i < dataset.itemPaths.size())
        return (fs::path(dataset.source) / dataset.itemPaths[i]).string();
    return dataset.itemName(i);
}

std::string placedProducer(const run::RunRecord& run, const tsne::PlacementOptions& o)
{
    char text[200];
    std::snprintf(text, sizeof text, "run %d space %s perplexity %.17g iterations %d", run.id,
                  run.referenceSpace->contentKey().c_str(), o.perplexity, o.iterations);
    return text;
}

}  // namespace

int runFeatureShard(const FeaturesCommand& command, std::ostream& out, std::ostream& err)
{
    const auto start = Clock::now();
    auto shard = cluster::parseShard(command.shard);
    if (!shard)
        return failWith(err, shard.error());
    const auto [k, n] = shard.value();
    run::RunParameters parameters = command.parameters;
    parameters.dataset = absoluteSpec(parameters.dataset);
    auto input = app::openRunInput(parameters.dataset);
    if (!input)
        return failWith(err, input.error());
    if (!input->dataset)
        return failWith(err, makeError(ErrorCode::InvalidArgument, parameters.dataset +
                                                                       " is a feature matrix already; features --shard "
                                                                       "extracts from images"));
    // Boundaries on the batch size: a shard's batches are a one-process run's batches.
    auto slice = cluster::shardSlice(k, n, input->size(), std::size_t(command.batchSize));
    if (!slice)
        return failWith(err, slice.error());
    if (slice->rows == 0)
        return failWith(err, makeError(ErrorCode::InvalidArgument,
                                       "shard " + std::to_string(k) + " of " + std::to_string(n) + " has no items: " +
                                           std::to_string(input->size()) + " items in blocks of " +
                                           std::to_string(command.batchSize) + " make fewer shards"));
    const app::RunInput part = input->slice(slice->first, slice->rows);
    const double startup = secondsSince(start);
    const app::FeatureDiskCache disk;
    // The first report past 0 % comes when the first batch's features are out: the shard's
    // overhead is the process's age then (loading libraries and libtorch, the dataset, the model).
    const Progress console = consoleProgress(err, command.quiet);
    auto firstImage = std::make_shared<std::optional<double>>();
    const Progress progress([console, firstImage](std::string_view stage, double fraction) {
        if (fraction > 0.0 && !*firstImage)
            *firstImage = secondsSinceProcessStart();
        console.report(stage, fraction);
    }, [console] { return console.cancelled(); });
    auto extracted = app::extractDatasetFeatures(*part.dataset, parameters, nullptr, progress,
                                                 app::FeatureRuntime{&disk, command.batchSize, command.device});
    if (!extracted)
        return failWith(err, extracted.error());
    if (!extracted->deviceNote.empty() && !command.quiet)
        err << "note: " << extracted->deviceNote << "\n";

    cluster::ShardManifest manifest;
    manifest.kind = cluster::ShardKind::Features;
    manifest.shard = k;
    manifest.shards = n;
    manifest.first = slice->first;
    manifest.rows = slice->rows;
    manifest.total = input->size();
    manifest.columns = std::size_t(extracted->features->cols());
    manifest.source = parameters.dataset;
    manifest.sourceHash = input->contentHash();
    manifest.producer = features::featureCacheKey(app::featureSpecFor(parameters.features));
    manifest.classNames = input->dataset->classNames;
    cluster::ShardData data;
    data.rows = *extracted->features;
    data.labels.assign(part.dataset->labels.begin(), part.dataset->labels.end());
    for (std::size_t i = 0; i < part.dataset->size(); ++i)
        data.items.push_back(itemPath(*input->dataset, slice->first + i));
    if (auto written = cluster::writeShard(command.out, manifest, data); !written)
        return failWith(err, written.error());
    if (!command.quiet)
        out << std::fixed << std::setprecision(2) << "shard " << k << " of " << n << ": items " << slice->first << "–"
            << slice->first + slice->rows - 1 << " of " << input->size() << ", features " << manifest.columns
            << ", start " << startup << " s, extraction " << extracted->seconds << " s, total " << secondsSince(start)
            << " s"
            << (*firstImage ? ", first image " + formatSeconds(**firstImage) + " s after the process started" : "")
            << "; wrote "
            << cluster::shardStem(command.out, manifest.kind, k, n).string() << ".*\n";
    return 0;
}

int runMerge(const MergeCommand& command, std::ostream& out, std::ostream& err)
{
    auto merged = cluster::mergeFeatureShards(command.directory, command.out, std::size_t(command.sample),
                                              std::uint64_t(command.seed));
    if (!merged)
        return failWith(err, merged.error());
    if (!command.quiet)
        out << "merged " << merged->shards << " shards: " << merged->total << " × " << merged->columns << " from "
            << merged->source << " into " << command.out
            << (command.sample > 0 ? " (and a sample of " + std::to_string(command.sample) + " rows and the rest)" : "")
            << "\n";
    return 0;
}

int runPlaceShard(const PlaceCommand& command, std::ostream& out, std::ostream& err)
{
    auto shard = cluster::parseShard(command.shard);
    if (!shard)
        return failWith(err, shard.error());
    const auto [k, n] = shard.value();
    auto project = project::ProjectFile::open(command.project);
    if (!project)
        return failWith(err, project.error());
    auto reference = findRunWithSpace(**project, command.run);
    if (!reference)
        return failWith(err, reference.error());
    if (reference->parameters.features.usesNetwork())
        features::preloadTorchRuntime();  // libtorch's start overlaps opening the new images
    const std::string spec = absoluteSpec(command.newData);
    auto input = app::openRunInput(spec, command.labelsNpy);
    if (!input)
        return failWith(err, input.error());
    auto slice = cluster::shardSlice(k, n, input->size(), std::size_t(command.batchSize));
    if (!slice)
        return failWith(err, slice.error());
    if (slice->rows == 0)
        return failWith(err, makeError(ErrorCode::InvalidArgument, "shard " + std::to_string(k) + " of " +
                                                                       std::to_string(n) + " has no items: make fewer shards"));
    tsne::PlacementOptions options = placementOptions(command, reference.value());
    // Decided for the whole input, so every shard searches as one process would.
    options.neighbours =
        tsne::resolveReferenceSearch(tsne::NeighbourSearch::Auto, reference->referenceSpace->items(), input->size());
    app::RunHooks hooks;
    const app::FeatureDiskCache disk;
    hooks.runtime = app::FeatureRuntime{&disk, command.batchSize, command.device};
    hooks.progress = consoleProgress(err, command.quiet);
    auto items = app::placeItems(reference.value(), input->slice(slice->first, slice->rows), spec, options, hooks);
    endProgressLine(err, command.quiet);
    if (!items)
        return failWith(err, items.error());

    cluster::ShardManifest manifest;
    manifest.kind = cluster::ShardKind::Placed;
    manifest.shard = k;
    manifest.shards = n;
    manifest.first = slice->first;
    manifest.rows = slice->rows;
    manifest.total = input->size();
    manifest.columns = std::size_t(items->coordinates.cols());
    manifest.source = spec;
    manifest.sourceHash = input->contentHash();
    manifest.producer = placedProducer(reference.value(), options);
    manifest.classNames = items->classNames;
    cluster::ShardData data;
    data.rows = items->coordinates;
    data.labels.assign(items->labels.begin(), items->labels.end());
    data.space = items->space;
    if (auto written = cluster::writeShard(command.outCsv, manifest, data); !written)
        return failWith(err, written.error());
    if (!command.quiet)
        out << std::fixed << std::setprecision(2) << "placed shard " << k << " of " << n << ": items " << slice->first
            << "–" << slice->first + slice->rows - 1 << " of " << input->size() << " on run " << reference->id
            << ", neighbours " << items->timings.affinities << " s, optimisation " << items->timings.optimisation
            << " s; wrote " << cluster::shardStem(command.outCsv, manifest.kind, k, n).string() << ".*\n";
    return 0;
}

int runMergePlaced(const MergePlacedCommand& command, std::ostream& out, std::ostream& err)
{
    auto manifests = cluster::checkShards(command.directory, cluster::ShardKind::Placed);
    if (!manifests)
        return failWith(err, manifests.error());
    const cluster::ShardManifest& first = manifests->front();
    int runId = 0, iterations = 0;
    char key[64] = {};
    double perplexity = 0.0;
    if (std::sscanf(first.producer.c_str(), "run %d space %63s perplexity %lf iterations %d", &runId, key, &perplexity,
                    &iterations) != 4)
        return failWith(err, makeError(ErrorCode::BadFormat, "the placed shards in " + command.directory +
                                                                 " do not say which run they were placed on"));
    auto project = project::ProjectFile::open(command.project);
    if (!project)
        return failWith(err, project.error());
    if ((*project)->readOnly())
        return failWith(err, makeError(ErrorCode::InvalidArgument, "cannot add the placed run to " + command.project +
                                                                       ": " + (*project)->readOnlyReason()));
    auto reference = (*project)->loadRun(runId);
    if (!reference)
        return failWith(err, reference.error());
    auto space = (*project)->loadReferenceSpace(runId);
    if (!space)
        return failWith(err, space.error());
    if (space.value()->contentKey() != key)
        return failWith(err, makeError(ErrorCode::InvalidArgument, "run " + std::to_string(runId) + " in " + command.project +
                                                                       " is not the map the shards were placed on (its "
                                                                       "feature space differs)"));
    reference->referenceSpace = space.value();

    app::PlacedItems items;
    items.classNames = first.classNames;
    items.coordinates.resize(Eigen::Index(first.total), Eigen::Index(first.columns));
    items.space.resize(Eigen::Index(first.total), Eigen::Index(space.value()->dimensions()));
    for (const auto& m : *manifests) {
        auto data = cluster::readShard(command.directory, m);
        if (!data)
            return failWith(err, data.error());
        if (data->space.cols() != items.space.cols() && m.rows > 0)
            return failWith(err, makeError(ErrorCode::BadFormat, "placed shard " + std::to_string(m.shard) +
                                                                     " is not in the run's feature space"));
        if (m.rows == 0)
            continue;
        items.coordinates.middleRows(Eigen::Index(m.first), Eigen::Index(m.rows)) = data->rows;
        items.space.middleRows(Eigen::Index(m.first), Eigen::Index(m.rows)) = data->space;
        for (auto label : data->labels)
            items.labels.push_back(label >= 0 && std::size_t(label) < first.classNames.size() ? int(label) : -1);
    }
    tsne::PlacementOptions options;
    options.perplexity = perplexity;
    options.iterations = iterations;
    auto placed = app::placedRun(reference.value(), std::move(items), first.source, options);
    if (!placed)
        return failWith(err, placed.error());
    if (!command.runName.empty())
        placed->record.name = command.runName;
    auto id = (*project)->addRun(placed->record, placed->record.datasetHash);
    if (!id)
        return failWith(err, id.error());
    if (!command.quiet) {
        out << "merged " << first.shards << " placed shards: " << first.total << " items on run " << runId
            << ", saved as run " << id.value() << " in " << command.project << "\n";
        if (placed->placedAccuracy)
            out << std::fixed << std::setprecision(4) << "placed " << placed->record.metricK
                << "-NN accuracy against the map's labels " << *placed->placedAccuracy << "\n";
    }
    return 0;
}

}  // namespace tse::cli
