// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

#include "tse/imageio/idxreader.h"

namespace fs = std::filesystem;
using tse::imageio::readIdx;

namespace {

fs::path freshDir(const std::string& name)
{
    auto dir = fs::temp_directory_path() / "tse_test_idx" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string bigEndian(std::uint32_t v)
{
    return {char(v >> 24), char((v >> 16) & 0xFF), char((v >> 8) & 0xFF), char(v & 0xFF)};
}

std::string imagesBytes(std::uint32_t n, std::uint32_t rows, std::uint32_t cols, std::size_t dataBytes)
{
    std::string s = bigEndian(0x00000803) + bigEndian(n) + bigEndian(rows) + bigEndian(cols);
    for (std::size_t i = 0; i < dataBytes; ++i)
        s += char(i % 251);
    return s;
}

std::string labelBytes(const std::vector<unsigned char>& labels)
{
    std::string s = bigEndian(0x00000801) + bigEndian(static_cast<std::uint32_t>(labels.size()));
    for (auto l : labels)
        s += char(l);
    return s;
}

void writePlain(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

void writeGz(const fs::path& path, const std::string& bytes)
{
    gzFile f = gzopen(path.c_str(), "wb");
    gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(f);
}

}  // namespace

TEST(Idx, ReadsGzippedImagesWithLabelsBeside)
{
    const auto dir = freshDir("gz");
    writeGz(dir / "train-images-idx3-ubyte.gz", imagesBytes(3, 2, 4, 3 * 8));
    writeGz(dir / "train-labels-idx1-ubyte.gz", labelBytes({2, 0, 1}));
    auto ds = readIdx(dir / "train-images-idx3-ubyte.gz");
    ASSERT_TRUE(ds.ok()) << ds.error().message;
    EXPECT_EQ(ds->size(), 3u);
    EXPECT_EQ(ds->width, 4);
    EXPECT_EQ(ds->height, 2);
    EXPECT_EQ(ds->channels, 1);
    EXPECT_EQ(ds->labels, (std::vector<int>{2, 0, 1}));
    EXPECT_EQ(ds->classNames, (std::vector<std::string>{"0", "1", "2"}));
    EXPECT_EQ(ds->image(1)[0], 8);  // byte 8 of the data
}

TEST(Idx, ReadsPlainFilesAndClassNames)
{
    const auto dir = freshDir("plain");
    writePlain(dir / "t10k-images-idx3-ubyte", imagesBytes(2, 3, 3, 18));
    writePlain(dir / "t10k-labels-idx1-ubyte", labelBytes({1, 0}));
    std::ofstream(dir / "classes.txt") << "cat\ndog\n";
    auto ds = readIdx(dir / "t10k-images-idx3-ubyte");
    ASSERT_TRUE(ds.ok()) << ds.error().message;
    EXPECT_EQ(ds->classNames, (std::vector<std::string>{"cat", "dog"}));
    EXPECT_EQ(ds->className(ds->labels[0]), "dog");
}

TEST(Idx, MissingLabelsGiveUnlabelledItems)
{
    const auto dir = freshDir("nolabels");
    writePlain(dir / "images.idx", imagesBytes(2, 2, 2, 8));
    auto ds = readIdx(dir / "images.idx");
    ASSERT_TRUE(ds.ok());
    EXPECT_EQ(ds->labels, (std::vector<int>{-1, -1}));
}

TEST(Idx, RejectsTruncatedAndForeignFiles)
{
    const auto dir = freshDir("bad");
    writeGz(dir / "a-images-idx3-ubyte.gz", imagesBytes(10, 28, 28, 100));
    auto truncated = readIdx(dir / "a-images-idx3-ubyte.gz");
    ASSERT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.error().code, tse::ErrorCode::BadFormat);
    EXPECT_NE(truncated.error().message.find("truncated"), std::string::npos);

    writePlain(dir / "notes.txt", "this is not an idx file");
    auto foreign = readIdx(dir / "notes.txt");
    ASSERT_FALSE(foreign.ok());
    EXPECT_NE(foreign.error().message.find("magic"), std::string::npos);
    EXPECT_FALSE(tse::imageio::looksLikeIdx(dir / "notes.txt"));

    writePlain(dir / "empty-images-idx3-ubyte", "");
    EXPECT_FALSE(readIdx(dir / "empty-images-idx3-ubyte").ok());

    auto missing = readIdx(dir / "nothing-here");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, tse::ErrorCode::FileNotFound);
}

TEST(Idx, RejectsLabelCountMismatch)
{
    const auto dir = freshDir("mismatch");
    writePlain(dir / "x-images-idx3-ubyte", imagesBytes(3, 2, 2, 12));
    writePlain(dir / "x-labels-idx1-ubyte", labelBytes({0, 1}));
    auto ds = readIdx(dir / "x-images-idx3-ubyte");
    ASSERT_FALSE(ds.ok());
    EXPECT_NE(ds.error().message.find("2 labels"), std::string::npos);
}

TEST(Idx, CancelStopsReading)
{
    const auto dir = freshDir("cancel");
    writePlain(dir / "c-images-idx3-ubyte", imagesBytes(5000, 4, 4, 5000 * 16));
    auto flag = std::make_shared<tse::CancelFlag>();
    flag->cancel();
    auto ds = readIdx(dir / "c-images-idx3-ubyte", std::nullopt, tse::Progress::withFlag(flag));
    ASSERT_FALSE(ds.ok());
    EXPECT_EQ(ds.error().code, tse::ErrorCode::Cancelled);
}

TEST(Idx, ContentHashFollowsContent)
{
    const auto dir = freshDir("hash");
    writePlain(dir / "h-images-idx3-ubyte", imagesBytes(2, 2, 2, 8));
    auto a = readIdx(dir / "h-images-idx3-ubyte");
    auto b = readIdx(dir / "h-images-idx3-ubyte");
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->contentHash(), b->contentHash());
    EXPECT_EQ(a->contentHash().size(), 16u);
    b->pixels[3] ^= 1;
    EXPECT_NE(a->contentHash(), b->contentHash());
}

// Issue 19: a 16-byte header that promises 6,000,000 images made the reader allocate and zero
// 4.7 GB (29 s) before it found the data missing. The claim is now checked first.
TEST(Idx, AHeaderThatPromisesMoreThanTheFileHoldsIsRefusedAtOnce)
{
    const auto dir = freshDir("promises");
    const auto plain = dir / "huge-images-idx3-ubyte";
    writePlain(plain, imagesBytes(6000000, 28, 28, 0));
    auto refused = readIdx(plain, std::nullopt);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("cannot hold them"), std::string::npos) << refused.error().message;
    EXPECT_NE(refused.error().message.find(plain.string()), std::string::npos);

    const auto packed = dir / "huge-images-idx3-ubyte.gz";
    writeGz(packed, imagesBytes(6000000, 28, 28, 100));
    auto alsoRefused = readIdx(packed, std::nullopt);
    ASSERT_FALSE(alsoRefused.ok());
    EXPECT_NE(alsoRefused.error().message.find("cannot hold them"), std::string::npos) << alsoRefused.error().message;
}
