// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Work cut into stable shards that any scheduler can run by index (Slurm array tasks, Kubernetes
// indexed jobs), and the files shards leave behind.
//
// A shard K of N is a contiguous slice of the input in its own order (the dataset's file list),
// every boundary a multiple of an alignment (the CNN batch size: a shard's batches are then the
// batches of a one-process run, so its features are the same bit for bit). Each shard writes
//   DIR/<kind>-K-of-N.npy          its rows (float32)
//   DIR/<kind>-K-of-N.labels.npy   their labels (int64, −1 = none)
//   DIR/<kind>-K-of-N.files.txt    their items, one per line (features)
//   DIR/<kind>-K-of-N.space.npy    their features in the run's space (placed)
//   DIR/<kind>-K-of-N.json         the manifest: what produced it and checksums, written last
// each through a temporary name and a rename, so a shard killed mid-write leaves no manifest, or
// a manifest whose checksums do not match: merging refuses both and names the shard. Outputs hold
// no time stamps: a resubmitted shard writes the same bytes.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/common/result.h"

namespace tse::cluster {

struct ShardSlice {
    int index = 0;
    int count = 1;
    std::size_t first = 0;  // first item
    std::size_t rows = 0;   // items in the slice
};

// The index-th of `count` slices of `items`; boundaries are multiples of `align` (≥ 1), the last
// slice ends at `items`. Slices may be empty when there are more shards than aligned blocks.
Result<ShardSlice> shardSlice(int index, int count, std::size_t items, std::size_t align = 1);

// "K/N", or "N" with K from the environment: SLURM_ARRAY_TASK_ID, else JOB_COMPLETION_INDEX
// (Kubernetes indexed jobs). Returns {K, N}; the error says which part is wrong.
using Environment = std::function<const char*(const char*)>;
Result<std::pair<int, int>> parseShard(const std::string& text, const Environment& environment = {});

enum class ShardKind { Features, Placed };
const char* shardKindName(ShardKind kind);  // "features", "placed"

struct ShardManifest {
    ShardKind kind = ShardKind::Features;
    int shard = 0, shards = 1;
    std::size_t first = 0, rows = 0, total = 0, columns = 0;
    std::string source;      // the dataset spec (features) or the new data (placed)
    std::string sourceHash;  // content hash of the whole input: every shard must agree
    std::string producer;    // features: the extractor key; placed: "run ID space KEY"
    std::vector<std::string> classNames;  // placed: the placed run's classes (labels index them)
    // Checksums (FNV-1a 64, hex) of the shard's files, in the order they are listed above.
    std::vector<std::string> checksums;
};

// DIR/<kind>-K-of-N (no extension).
std::filesystem::path shardStem(const std::filesystem::path& dir, ShardKind kind, int shard, int shards);

struct ShardData {
    Matrix rows;                       // rows × columns
    std::vector<std::int64_t> labels;  // rows
    std::vector<std::string> items;    // rows (features) or empty
    Matrix space;                      // placed: rows × k features in the run's space
};

// Writes the shard's files, then its manifest (checksums filled in here).
Status writeShard(const std::filesystem::path& dir, ShardManifest manifest, const ShardData& data);

// Every shard of `kind` in dir, checked: one manifest set of the same N, source, hash and
// producer, no gap and no overlap, every checksum right. Errors name the shard and the problem.
Result<std::vector<ShardManifest>> checkShards(const std::filesystem::path& dir, ShardKind kind);
// One shard's data, checksums verified again as it is read.
Result<ShardData> readShard(const std::filesystem::path& dir, const ShardManifest& manifest);

// Shard indices of `count` in dir with no valid output (missing manifest or a wrong checksum).
std::vector<int> missingShards(const std::filesystem::path& dir, ShardKind kind, int count);

// Merges the feature shards in dir into out (.npy) plus out.labels.npy and out.files.txt, in
// dataset order, one shard in memory at a time; nothing is written unless every shard checks.
// With sample > 0 (less than the total), also out.sample.npy / out.rest.npy with their
// .labels.npy: a seeded uniform sample of that many rows and the others, both in dataset order.
Result<ShardManifest> mergeFeatureShards(const std::filesystem::path& dir, const std::filesystem::path& out,
                                         std::size_t sample = 0, std::uint64_t seed = 1);

// FNV-1a 64 of a file's bytes, as 16 hex digits (empty when it cannot be read).
std::string fileChecksum(const std::filesystem::path& path);

}  // namespace tse::cluster
