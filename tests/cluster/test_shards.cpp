// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Shards without a scheduler: stable slices, the index from the environment, files that a killed
// or damaged shard cannot pass off as good, byte-identical reruns and a merge that refuses gaps.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "shards.h"
#include "tse/common/npy.h"

namespace fs = std::filesystem;
using namespace tse;
using namespace tse::cluster;

namespace {

fs::path freshDir(const std::string& name)
{
    auto dir = fs::temp_directory_path() / "tse_test_shards" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string bytes(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Items 0…n−1 as rows (row i holds i, i + 0.5, i + 0.25), labels i % 3; written as N shards.
void writeShards(const fs::path& dir, std::size_t n, int shards, std::size_t align = 1)
{
    for (int k = 0; k < shards; ++k) {
        auto slice = shardSlice(k, shards, n, align);
        ASSERT_TRUE(slice.ok());
        ShardManifest m;
        m.shard = k;
        m.shards = shards;
        m.first = slice->first;
        m.rows = slice->rows;
        m.total = n;
        m.columns = 3;
        m.source = "numbers";
        m.sourceHash = "0123";
        m.producer = "raw";
        m.classNames = {"zero", "one", "two"};
        ShardData d;
        d.rows.resize(Eigen::Index(slice->rows), 3);
        for (std::size_t r = 0; r < slice->rows; ++r) {
            const float i = float(slice->first + r);
            d.rows.row(Eigen::Index(r)) << i, i + 0.5f, i + 0.25f;
            d.labels.push_back(std::int64_t(slice->first + r) % 3);
            d.items.push_back("item " + std::to_string(slice->first + r));
        }
        ASSERT_TRUE(writeShard(dir, m, d).ok());
    }
}

}  // namespace

TEST(ShardSlice, ContiguousAlignedAndCoveringEverything)
{
    std::size_t next = 0;
    for (int k = 0; k < 4; ++k) {
        auto s = shardSlice(k, 4, 3000, 16);
        ASSERT_TRUE(s.ok());
        EXPECT_EQ(s->first, next);
        if (k < 3)
            EXPECT_EQ((s->first + s->rows) % 16, 0u) << "boundaries on the batch size";
        next = s->first + s->rows;
    }
    EXPECT_EQ(next, 3000u);
    EXPECT_EQ(shardSlice(1, 4, 3000, 16)->first, 752u);  // 188 blocks of 16: 47 per shard
    // More shards than blocks: some are empty, none overlaps.
    EXPECT_EQ(shardSlice(0, 8, 20, 16)->rows, 0u);
    EXPECT_EQ(shardSlice(7, 8, 20, 16)->rows, 4u);
    EXPECT_FALSE(shardSlice(4, 4, 10).ok());
}

TEST(ParseShard, TakesKOfNOrTheIndexFromTheScheduler)
{
    auto none = [](const char*) -> const char* { return nullptr; };
    EXPECT_EQ(parseShard("2/4", none).value(), (std::pair{2, 4}));
    auto slurm = [](const char* name) -> const char* { return std::string(name) == "SLURM_ARRAY_TASK_ID" ? "3" : nullptr; };
    EXPECT_EQ(parseShard("4", slurm).value(), (std::pair{3, 4}));
    auto kubernetes = [](const char* name) -> const char* {
        return std::string(name) == "JOB_COMPLETION_INDEX" ? "1" : nullptr;
    };
    EXPECT_EQ(parseShard("4", kubernetes).value(), (std::pair{1, 4}));
    auto missing = parseShard("4", none);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("SLURM_ARRAY_TASK_ID"), std::string::npos);
    EXPECT_FALSE(parseShard("4/4", none).ok());
    EXPECT_FALSE(parseShard("1/x", none).ok());
    auto nine = [](const char*) -> const char* { return "9"; };
    EXPECT_FALSE(parseShard("4", nine).ok()) << "index 9 of 4 shards";
}

TEST(Shards, MergeInOrderAndSampleSplit)
{
    const auto dir = freshDir("merge");
    writeShards(dir / "shards", 50, 4);
    auto merged = mergeFeatureShards(dir / "shards", dir / "all.npy", 20, 7);
    ASSERT_TRUE(merged.ok()) << merged.error().message;
    auto all = npy::readMatrix(dir / "all.npy");
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->rows(), 50);
    for (int i = 0; i < 50; ++i)
        EXPECT_EQ((*all)(i, 0), float(i));
    auto sample = npy::readMatrix(dir / "all.sample.npy");
    auto rest = npy::readMatrix(dir / "all.rest.npy");
    auto sampleLabels = npy::readLabels(dir / "all.sample.labels.npy");
    ASSERT_TRUE(sample.ok() && rest.ok() && sampleLabels.ok());
    EXPECT_EQ(sample->rows(), 20);
    EXPECT_EQ(rest->rows(), 30);
    // Every item once, each part in dataset order, labels alongside.
    std::vector<int> seen(50, 0);
    for (const auto* part : {&*sample, &*rest})
        for (int r = 0; r < part->rows(); ++r) {
            ++seen[int((*part)(r, 0))];
            if (r > 0)
                EXPECT_LT((*part)(r - 1, 0), (*part)(r, 0));
        }
    for (int s : seen)
        EXPECT_EQ(s, 1);
    for (int r = 0; r < 20; ++r)
        EXPECT_EQ((*sampleLabels)[r], std::int64_t((*sample)(r, 0)) % 3);
    EXPECT_EQ(bytes(dir / "all.files.txt").substr(0, 7), "item 0\n");
    EXPECT_EQ(bytes(dir / "all.classes.txt"), "zero\none\ntwo\n");
    EXPECT_EQ(bytes(dir / "all.rest.classes.txt"), "zero\none\ntwo\n");
}

TEST(Shards, AKilledOrDamagedShardIsNamedAndNothingIsWritten)
{
    const auto dir = freshDir("damaged");
    writeShards(dir, 40, 4);
    // A shard stopped before its manifest: as if it never ran.
    fs::remove(dir / "features-2-of-4.json");
    auto missing = mergeFeatureShards(dir, dir / "out.npy");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("features shard 2 of 4 is missing"), std::string::npos)
        << missing.error().message;
    EXPECT_EQ(missingShards(dir, ShardKind::Features, 4), std::vector<int>{2});
    writeShards(dir, 40, 4);
    // A shard whose rows were cut short after its manifest: its checksum no longer matches.
    fs::resize_file(dir / "features-1-of-4.npy", fs::file_size(dir / "features-1-of-4.npy") - 4);
    auto damaged = mergeFeatureShards(dir, dir / "out.npy");
    ASSERT_FALSE(damaged.ok());
    EXPECT_NE(damaged.error().message.find("features shard 1 of 4: features-1-of-4.npy"), std::string::npos)
        << damaged.error().message;
    EXPECT_FALSE(fs::exists(dir / "out.npy"));
    EXPECT_FALSE(fs::exists(dir / "out.npy.part"));
    EXPECT_EQ(missingShards(dir, ShardKind::Features, 4), std::vector<int>{1});
}

TEST(Shards, ARerunShardWritesTheSameBytes)
{
    const auto dir = freshDir("rerun");
    writeShards(dir, 30, 3);
    const std::string before = bytes(dir / "features-1-of-3.json") + bytes(dir / "features-1-of-3.npy");
    writeShards(dir, 30, 3);
    EXPECT_EQ(bytes(dir / "features-1-of-3.json") + bytes(dir / "features-1-of-3.npy"), before);
}

TEST(Shards, ShardsOfOtherWorkAreRefused)
{
    const auto dir = freshDir("mixed");
    writeShards(dir, 30, 3);
    writeShards(dir, 30, 2);
    auto mixed = checkShards(dir, ShardKind::Features);
    ASSERT_FALSE(mixed.ok());
    EXPECT_NE(mixed.error().message.find("one plan per folder"), std::string::npos) << mixed.error().message;
    const auto other = freshDir("other");
    writeShards(other, 30, 2);
    // Shard 1 from another dataset.
    ShardManifest m;
    m.shard = 1;
    m.shards = 2;
    m.first = 15;
    m.rows = 15;
    m.total = 30;
    m.columns = 3;
    m.source = "numbers";
    m.sourceHash = "ffff";
    m.producer = "raw";
    ShardData d;
    d.rows = Matrix::Zero(15, 3);
    d.labels.assign(15, 0);
    d.items.assign(15, "x");
    ASSERT_TRUE(writeShard(other, m, d).ok());
    auto foreign = checkShards(other, ShardKind::Features);
    ASSERT_FALSE(foreign.ok());
    EXPECT_NE(foreign.error().message.find("features shard 1 of 2 comes from other work"), std::string::npos)
        << foreign.error().message;
}
