// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The on-disk feature cache: entries read back, and the least recently used ones go when it
// outgrows its limit.

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>

#include "pipeline/featurecache.h"

namespace fs = std::filesystem;
using tse::app::CachedFeatures;
using tse::app::FeatureDiskCache;

namespace {

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("tse-cache-test-" + std::to_string(std::random_device{}()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
};

CachedFeatures features(int rows, float value)
{
    CachedFeatures entry;
    entry.features = tse::Matrix::Constant(rows, 100, value);  // rows × 400 bytes
    return entry;
}

// Makes an entry look used at a given time ago (file times have coarse resolution on some
// file systems, so the test sets them rather than sleeping).
void usedAgo(const fs::path& directory, std::chrono::minutes ago)
{
    const auto when = fs::file_time_type::clock::now() - ago;
    for (const auto& file : fs::directory_iterator(directory))
        if (file.path().extension() == ".key" && fs::last_write_time(file.path()) > when)
            fs::last_write_time(file.path(), when);
}

}  // namespace

TEST(FeatureDiskCache, StoresAndLoadsWithTheFaceReport)
{
    TempDir dir;
    const FeatureDiskCache cache(dir.path);
    EXPECT_FALSE(cache.load("a", 10).has_value());
    CachedFeatures entry = features(10, 1.5f);
    entry.noFaceItems = {2, 7};
    ASSERT_TRUE(cache.store("a", entry));
    const auto loaded = cache.load("a", 10);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_TRUE(loaded->features.isApprox(entry.features));
    EXPECT_EQ(loaded->noFaceItems, (std::vector<std::size_t>{2, 7}));
    EXPECT_FALSE(cache.load("b", 10).has_value());
    EXPECT_GT(cache.sizeOnDisk(), 4000u);
}

TEST(FeatureDiskCache, DamagedEntriesAreMisses)
{
    // The cache is a file like any other: a matrix with the wrong number of rows (another
    // dataset's, or cut short), non-finite values, or face-mode items outside the matrix would
    // reach the run. Each is a miss, and the run extracts again.
    TempDir dir;
    const FeatureDiskCache cache(dir.path);
    CachedFeatures entry = features(10, 1.0f);
    entry.noFaceItems = {3};
    ASSERT_TRUE(cache.store("a", entry));
    EXPECT_TRUE(cache.load("a", 10).has_value());
    EXPECT_FALSE(cache.load("a", 11).has_value()) << "a matrix of another size";

    CachedFeatures outside = features(10, 1.0f);
    outside.noFaceItems = {10};
    ASSERT_TRUE(cache.store("b", outside));
    EXPECT_FALSE(cache.load("b", 10).has_value()) << "a face-mode item past the last row";

    CachedFeatures nan = features(10, 1.0f);
    nan.features(4, 4) = std::numeric_limits<float>::quiet_NaN();
    ASSERT_TRUE(cache.store("c", nan));
    EXPECT_FALSE(cache.load("c", 10).has_value()) << "not finite";
}

TEST(FeatureDiskCache, LeastRecentlyUsedEntriesGoWhenOverTheLimit)
{
    TempDir dir;
    // Room for about two entries of 1,000 rows (400 KB each).
    const FeatureDiskCache cache(dir.path, 900 * 1024);
    ASSERT_TRUE(cache.store("first", features(1000, 1.0f)));
    usedAgo(dir.path, std::chrono::minutes(30));
    ASSERT_TRUE(cache.store("second", features(1000, 2.0f)));
    usedAgo(dir.path, std::chrono::minutes(20));
    // Reading "first" makes it the most recently used of the two.
    ASSERT_TRUE(cache.load("first", 1000).has_value());
    ASSERT_TRUE(cache.store("third", features(1000, 3.0f)));
    EXPECT_TRUE(cache.load("first", 1000).has_value());
    EXPECT_FALSE(cache.load("second", 1000).has_value()) << "the least recently used entry was removed";
    EXPECT_TRUE(cache.load("third", 1000).has_value());
    EXPECT_LE(cache.sizeOnDisk(), 900u * 1024u);

    // An entry larger than the whole limit is still kept (alone): the run just made it.
    ASSERT_TRUE(cache.store("huge", features(3000, 4.0f)));
    EXPECT_TRUE(cache.load("huge", 3000).has_value());
    EXPECT_FALSE(cache.load("first", 1000).has_value());
    EXPECT_FALSE(cache.load("third", 1000).has_value());
}

TEST(FeatureDiskCache, ClearRemovesEverythingButFreshPartialWrites)
{
    TempDir dir;
    const FeatureDiskCache cache(dir.path);
    ASSERT_TRUE(cache.store("a", features(100, 1.0f)));
    ASSERT_TRUE(cache.store("b", features(100, 2.0f)));
    // Another process writing an entry right now, and a leftover of a crash long ago.
    const fs::path writing = dir.path / "0123456789abcdef.npy.partial";
    const fs::path leftover = dir.path / "fedcba9876543210.npy.partial";
    for (const auto& p : {writing, leftover})
        std::ofstream(p) << "half a matrix";
    fs::last_write_time(leftover, fs::file_time_type::clock::now() - std::chrono::hours(48));
    const auto before = cache.sizeOnDisk();
    EXPECT_EQ(cache.clear(), before);
    EXPECT_EQ(cache.sizeOnDisk(), 0u);
    EXPECT_FALSE(cache.load("a", 10).has_value());
    EXPECT_TRUE(fs::exists(writing));
    EXPECT_FALSE(fs::exists(leftover));
}

TEST(FeatureDiskCache, LimitFromTheEnvironment)
{
    setenv("TSE_CACHE_LIMIT_MB", "250", 1);
    EXPECT_EQ(FeatureDiskCache::defaultLimitBytes(), 250ull * 1024 * 1024);
    setenv("TSE_CACHE_LIMIT_MB", "lots", 1);
    EXPECT_EQ(FeatureDiskCache::defaultLimitBytes(), 4096ull * 1024 * 1024) << "unreadable values are ignored";
    unsetenv("TSE_CACHE_LIMIT_MB");
    EXPECT_EQ(FeatureDiskCache::defaultLimitBytes(), 4096ull * 1024 * 1024);
}
