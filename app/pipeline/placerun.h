// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Placing new items on a finished run's map, for every front end (workbench, CLI, batch
// workers): new input → features (the run's own extractor and layer) → the run's PCA space →
// tse::tsne::placePoints → a new RunRecord holding the run's points unchanged plus the placed ones.

#include <optional>
#include <string>

#include "executerun.h"
#include "tse/tsne/placement.h"

namespace tse::app {

struct PlaceResult {
    // The reference rows first, bit for bit, then the placed items (placed flags set); its
    // referenceSpace holds both, so more items can be placed on it later.
    run::RunRecord record;
    tsne::NeighbourGraph neighbours;  // per placed item: its nearest reference items in feature space
    // With labels on both sides: the placed items' 10-NN accuracy against the reference labels.
    std::optional<double> placedAccuracy;
    std::size_t featureCount = 0;  // D before PCA
};

// The placed items alone, before they join the run's map: what one shard of a placement
// computes (placeItems) and what merging shards puts together (placedRun).
struct PlacedItems {
    Matrix coordinates;                   // M × dims on the run's map
    Matrix space;                         // M × k: their features in the run's space
    std::vector<int> labels;              // M, indexing classNames (−1 none)
    std::vector<std::string> classNames;  // the run's classes, then the new items' other ones (by name)
    tsne::NeighbourGraph neighbours;      // per item: its nearest reference items in feature space
    run::StageTimings timings;            // load, features, affinities (neighbour search), optimisation
    std::size_t featureCount = 0;         // D before PCA
};

// placeOnRun = placeItems, then placedRun.
Result<PlacedItems> placeItems(const run::RunRecord& reference, const RunInput& input, const std::string& newSpec,
                               const tsne::PlacementOptions& options = {}, const RunHooks& hooks = {});
Result<PlaceResult> placedRun(const run::RunRecord& reference, PlacedItems items, const std::string& newSpec,
                              const tsne::PlacementOptions& options = {});

// reference: a finished run with its referenceSpace (ProjectFile::loadReferenceSpace for a saved
// one); input: the new items (images get the run's features; a matrix must have the run's D
// columns); newSpec: what the input was opened from (kept in the record). Labels are matched
// to the run's classes by name. Uses hooks.progress, cache and runtime only. Errors name the
// mismatch (feature width, a run without its feature space, a run embedded from a matrix given
// images, no items) and leave everything as it was.
Result<PlaceResult> placeOnRun(const run::RunRecord& reference, const RunInput& input, const std::string& newSpec,
                               const tsne::PlacementOptions& options = {}, const RunHooks& hooks = {});

// The images of a placed run: its map's images followed by the placed ones, labelled and with
// the classes of the run. Fails, saying why, when the counts do not add up to the run's or the
// image sizes differ; paths and metadata are kept when both sides have them.
Result<imageio::Dataset> joinPlacedImages(const imageio::Dataset& mapImages, const imageio::Dataset& placedImages,
                                          const run::RunRecord& placedRun);

}  // namespace tse::app
