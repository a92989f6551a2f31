// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The shard workers and their merges (app/cluster/shards.h): features --shard, merge,
// place --shard and merge-placed. Each returns the exit code and prints a one-line reason on err.

#include <iosfwd>

#include "clioptions.h"

namespace tse::cli {

int runFeatureShard(const FeaturesCommand& command, std::ostream& out, std::ostream& err);
int runMerge(const MergeCommand& command, std::ostream& out, std::ostream& err);
int runPlaceShard(const PlaceCommand& command, std::ostream& out, std::ostream& err);
int runMergePlaced(const MergePlacedCommand& command, std::ostream& out, std::ostream& err);

}  // namespace tse::cli
