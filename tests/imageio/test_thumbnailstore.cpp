// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Issue 12: a folder's thumbnails live in its index file, written as they are decoded and mapped
// when read, so a million of them never have to fit in memory.
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "folderindex.h"
#include "tse/imageio/datasetlocator.h"
#include "tse/imageio/folderreader.h"
#include "tse/imageio/idxreader.h"

namespace fs = std::filesystem;
using tse::imageio::Dataset;
using tse::imageio::FolderOptions;
using tse::imageio::readImageFolder;
using tse::imageio::detail::FolderIndexWriter;
using tse::imageio::detail::readFolderIndex;

namespace {

fs::path freshDir(const std::string& name)
{
    auto dir = fs::temp_directory_path() / "tse_test_thumbnailstore" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::vector<std::uint8_t> pixelsOf(const Dataset& ds) { return {ds.pixelData(), ds.pixelData() + ds.pixelBytes()}; }

// count images of varied content; colour ones when `colour`.
void makeFolder(const fs::path& dir, int count, bool colour)
{
    for (int i = 0; i < count; ++i) {
        const fs::path sub = dir / (i % 3 == 0 ? "a" : "b");
        fs::create_directories(sub);
        cv::Mat image(12 + i % 5, 10, colour ? CV_8UC3 : CV_8UC1);
        cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
        ASSERT_TRUE(cv::imwrite((sub / (std::to_string(i) + ".png")).string(), image));
    }
}

std::vector<fs::path> finishedIndexes(const fs::path& cache)
{
    std::vector<fs::path> out;
    if (fs::exists(cache))
        for (const auto& e : fs::directory_iterator(cache))
            if (e.path().extension() == ".tsefolder")
                out.push_back(e.path());
    return out;
}

std::vector<fs::path> unfinishedIndexes(const fs::path& cache)
{
    std::vector<fs::path> out;
    if (fs::exists(cache))
        for (const auto& e : fs::directory_iterator(cache))
            if (e.path().filename().string().find(".partial-") != std::string::npos)
                out.push_back(e.path());
    return out;
}

}  // namespace

TEST(ThumbnailStore, AnImportKeepsItsThumbnailsInTheIndexNotInMemory)
{
    for (const bool colour : {false, true}) {
        const auto dir = freshDir(colour ? "colour" : "gray");
        const auto cache = freshDir(colour ? "colour-cache" : "gray-cache");
        makeFolder(dir, 40, colour);
        FolderOptions options;
        options.width = options.height = 16;
        const auto inMemory = readImageFolder(dir, options);
        ASSERT_TRUE(inMemory.ok()) << inMemory.error().message;
        EXPECT_FALSE(inMemory->pixelFile);
        EXPECT_EQ(inMemory->channels, colour ? 3 : 1);

        options.indexDirectory = cache;
        const auto imported = readImageFolder(dir, options);
        ASSERT_TRUE(imported.ok()) << imported.error().message;
        EXPECT_FALSE(imported->fromFolderIndex);
        ASSERT_TRUE(imported->pixelFile) << "the fresh import maps the index it wrote";
        EXPECT_TRUE(imported->pixels.empty());
        EXPECT_EQ(imported->channels, inMemory->channels);  // gray found after the fact: one channel kept
        EXPECT_EQ(pixelsOf(*imported), pixelsOf(*inMemory));
        EXPECT_EQ(imported->contentHash(), inMemory->contentHash());

        const auto reopened = readImageFolder(dir, options);
        ASSERT_TRUE(reopened.ok());
        EXPECT_TRUE(reopened->fromFolderIndex);
        ASSERT_TRUE(reopened->pixelFile);
        EXPECT_EQ(pixelsOf(*reopened), pixelsOf(*inMemory));
        EXPECT_EQ(reopened->labels, inMemory->labels);
        EXPECT_EQ(reopened->itemPaths, inMemory->itemPaths);

        // A mapped dataset can still be changed: loadPixels brings it into memory.
        Dataset copy = *reopened;
        copy.loadPixels();
        EXPECT_FALSE(copy.pixelFile);
        EXPECT_EQ(copy.pixels, pixelsOf(*inMemory));
    }
}

TEST(ThumbnailStore, TheWriterStreamsAndKeepsOneChannelOfThreeInPlace)
{
    const auto cache = freshDir("writer");
    const fs::path file = cache / "x.tsefolder";
    const std::string key(32, 'a');
    // 600 images of 48 × 48 × 3 (4 MiB flushes, and several blocks when one channel is kept).
    const int side = 48, count = 600;
    auto writer = FolderIndexWriter::create(file, key, side, side, 3);
    ASSERT_TRUE(writer.ok()) << writer.error().message;
    std::vector<std::uint8_t> expected;
    std::vector<std::uint8_t> image(std::size_t(side) * side * 3);
    for (int i = 0; i < count; ++i) {
        for (std::size_t p = 0; p < image.size(); ++p)
            image[p] = std::uint8_t((p / 3) * 7 + i * 13 + (p % 3) * 101);
        for (std::size_t p = 0; p < image.size(); p += 3)
            expected.push_back(image[p]);
        ASSERT_TRUE((*writer)->append(image.data()).ok());
    }
    EXPECT_TRUE(finishedIndexes(cache).empty()) << "nothing has the index's name before finish()";
    ASSERT_TRUE((*writer)->keepFirstChannel().ok());
    auto readBack = (*writer)->pixels();
    ASSERT_TRUE(readBack.ok());
    EXPECT_EQ(readBack.value(), expected);
    Dataset described;
    described.width = described.height = side;
    described.channels = 1;
    described.labels.assign(count, -1);
    described.itemPaths.assign(count, "p");
    ASSERT_TRUE((*writer)->finish(described, 1ull << 40).ok());
    writer->reset();
    EXPECT_TRUE(unfinishedIndexes(cache).empty());
    EXPECT_EQ(fs::file_size(file), 64 + expected.size() + 5 * 8 + count * (4 + 1 + 4) + 16);
    const auto read = readFolderIndex(file, key);
    ASSERT_TRUE(read.ok()) << read.error().message;
    EXPECT_EQ(read->channels, 1);
    EXPECT_EQ(pixelsOf(*read), expected);
    EXPECT_FALSE(readFolderIndex(file, std::string(32, 'b')).ok()) << "another key";

    // A writer dropped before finish() leaves nothing behind.
    {
        auto dropped = FolderIndexWriter::create(cache / "y.tsefolder", key, 4, 4, 1);
        ASSERT_TRUE(dropped.ok());
        ASSERT_TRUE((*dropped)->append(expected.data()).ok());
    }
    EXPECT_EQ(finishedIndexes(cache).size(), 1u);
    EXPECT_TRUE(unfinishedIndexes(cache).empty());
}

TEST(ThumbnailStore, AnImportKilledHalfwayLeavesNoIndexAndTheNextOneWorks)
{
    const auto dir = freshDir("killed");
    const auto other = freshDir("killed-other");
    const auto cache = freshDir("killed-cache");
    makeFolder(dir, 60, true);
    makeFolder(other, 10, false);
    FolderOptions options;
    options.width = options.height = 16;
    options.threads = 1;
    const auto reference = readImageFolder(dir, options);
    ASSERT_TRUE(reference.ok());
    options.indexDirectory = cache;
    ASSERT_TRUE(readImageFolder(other, options).ok());  // a good index that must survive
    ASSERT_EQ(finishedIndexes(cache).size(), 1u);

    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // Killed while the thumbnails are being written, as by the system or a power cut.
        auto progress = tse::Progress([](std::string_view stage, double fraction) {
            if (stage == "Importing images" && fraction > 0.5)
                ::kill(::getpid(), SIGKILL);
        }, [] { return false; });
        (void)readImageFolder(dir, options, progress);
        ::_exit(3);  // not killed: the test fails below
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the import was not killed";
    EXPECT_EQ(finishedIndexes(cache).size(), 1u) << "a killed import left a finished-looking index";
    EXPECT_EQ(unfinishedIndexes(cache).size(), 1u) << "its unfinished file stays (removed hours later)";

    const auto survivor = readImageFolder(other, options);
    ASSERT_TRUE(survivor.ok());
    EXPECT_TRUE(survivor->fromFolderIndex) << "the other folder's index was lost";
    const auto again = readImageFolder(dir, options);
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_FALSE(again->fromFolderIndex);
    EXPECT_EQ(pixelsOf(*again), pixelsOf(*reference));
    const auto third = readImageFolder(dir, options);
    ASSERT_TRUE(third.ok());
    EXPECT_TRUE(third->fromFolderIndex);
    EXPECT_EQ(pixelsOf(*third), pixelsOf(*reference));
    EXPECT_EQ(third->labels, reference->labels);
}

TEST(ThumbnailStore, WhenTheDiskIsFullTheImportGoesOnInMemory)
{
    const auto dir = freshDir("full");
    const auto cache = freshDir("full-cache");
    makeFolder(dir, 360, true);
    FolderOptions options;
    options.width = options.height = 64;  // 360 × 12 KiB of thumbnails: past the first 4 MiB write
    options.threads = 1;
    const auto reference = readImageFolder(dir, options);
    ASSERT_TRUE(reference.ok());
    const auto expected = pixelsOf(*reference);

    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // No file may grow past 100 KB: the index's writes fail as on a full disk.
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{100'000, 100'000};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        options.indexDirectory = cache;
        const auto imported = readImageFolder(dir, options);
        const bool good = imported.ok() && !imported->pixelFile && pixelsOf(*imported) == expected &&
                          imported->labels == reference->labels;
        ::_exit(good ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "the import did not stand on its own when its index could not be written";
    EXPECT_TRUE(finishedIndexes(cache).empty());
    EXPECT_TRUE(unfinishedIndexes(cache).empty());
}

TEST(ThumbnailStore, AnIndexThatCannotTakeItsNameLeavesTheImportInMemory)
{
    const auto dir = freshDir("blocked");
    const auto cache = freshDir("blocked-cache");
    makeFolder(dir, 30, true);
    FolderOptions options;
    options.width = options.height = 16;
    options.indexDirectory = cache;
    const auto first = readImageFolder(dir, options);
    ASSERT_TRUE(first.ok()) << first.error().message;
    const auto expected = pixelsOf(*first);
    const auto written = finishedIndexes(cache);
    ASSERT_EQ(written.size(), 1u);

    // The index's name taken by a folder that is not empty: the finished file cannot be moved
    // there (nor the folder removed as a damaged index), so the import keeps the thumbnails it
    // already wrote by reading them back.
    fs::remove(written.front());
    fs::create_directories(written.front() / "something");
    const auto second = readImageFolder(dir, options);
    ASSERT_TRUE(second.ok()) << second.error().message;
    EXPECT_FALSE(second->fromFolderIndex);
    EXPECT_FALSE(second->pixelFile);
    EXPECT_EQ(pixelsOf(*second), expected);
    EXPECT_EQ(second->labels, first->labels);
    EXPECT_TRUE(unfinishedIndexes(cache).empty()) << "the unfinished file is removed";
}

namespace {

std::string bigEndian(std::uint32_t v)
{
    return {char(v >> 24), char((v >> 16) & 0xFF), char((v >> 8) & 0xFF), char(v & 0xFF)};
}

// An uncompressed IDX pair of n images of 6 × 5 and their labels 0…3.
void writeIdxPair(const fs::path& dir, std::uint32_t n, int seed)
{
    std::string images = bigEndian(0x00000803) + bigEndian(n) + bigEndian(6) + bigEndian(5);
    for (std::uint32_t i = 0; i < n * 30; ++i)
        images += char((i * 7 + std::uint32_t(seed)) % 251);
    std::string labels = bigEndian(0x00000801) + bigEndian(n);
    for (std::uint32_t i = 0; i < n; ++i)
        labels += char(i % 4);
    std::ofstream(dir / "set-images-idx3-ubyte", std::ios::binary) << images;
    std::ofstream(dir / "set-labels-idx1-ubyte", std::ios::binary) << labels;
}

}  // namespace

TEST(ThumbnailStore, ALargeIdxFileIsUnpackedOnceThenMapped)
{
    const auto dir = freshDir("idx");
    const auto cache = freshDir("idx-cache");
    writeIdxPair(dir, 200, 1);
    const fs::path images = dir / "set-images-idx3-ubyte";
    const auto plain = tse::imageio::readIdx(images);
    ASSERT_TRUE(plain.ok()) << plain.error().message;
    FolderOptions options;
    options.indexDirectory = cache;
    options.idxStoreMinItems = 100;  // this test's file counts as large

    const auto first = tse::imageio::openDataset(images.string(), options);
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_FALSE(first->fromFolderIndex);
    ASSERT_TRUE(first->pixelFile) << "not moved to the store";
    EXPECT_TRUE(first->pixels.empty());
    EXPECT_EQ(pixelsOf(*first), pixelsOf(*plain));
    ASSERT_EQ(finishedIndexes(cache).size(), 1u);

    const auto second = tse::imageio::openDataset(images.string(), options);
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->fromFolderIndex);
    EXPECT_EQ(pixelsOf(*second), pixelsOf(*plain));
    EXPECT_EQ(second->labels, plain->labels);
    EXPECT_EQ(second->classNames, plain->classNames);
    EXPECT_TRUE(second->itemPaths.empty());
    EXPECT_EQ(second->source, plain->source);
    EXPECT_EQ(second->itemName(3), plain->itemName(3));
    EXPECT_EQ(second->contentHash(), plain->contentHash());

    // New content (and size): unpacked again, the new pixels seen.
    writeIdxPair(dir, 150, 2);
    const auto changed = tse::imageio::openDataset(images.string(), options);
    ASSERT_TRUE(changed.ok());
    EXPECT_FALSE(changed->fromFolderIndex);
    EXPECT_EQ(changed->size(), 150u);
    EXPECT_EQ(pixelsOf(*changed), pixelsOf(*tse::imageio::readIdx(images)));

    // Small files stay in memory.
    options.idxStoreMinItems = 1000;
    const auto small = tse::imageio::openDataset(images.string(), options);
    ASSERT_TRUE(small.ok());
    EXPECT_TRUE(small->fromFolderIndex) << "the store made above is still used";
    fs::remove_all(cache);
    const auto unstored = tse::imageio::openDataset(images.string(), options);
    ASSERT_TRUE(unstored.ok());
    EXPECT_FALSE(unstored->pixelFile);
    EXPECT_TRUE(finishedIndexes(cache).empty());
}
