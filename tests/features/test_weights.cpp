// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <fstream>

#include "fixtures.h"
#include "picklewriter.h"
#include "tse/features/torchweights.h"

namespace fs = std::filesystem;
using namespace tse::features;

namespace {

void expectTinyVgg(const StateDict& dict)
{
    // torchvision's names, in its order; Linear weights are out × in.
    std::vector<std::string> names;
    for (const auto& t : dict.tensors)
        names.push_back(t.name);
    EXPECT_EQ(names, (std::vector<std::string>{"features.0.weight", "features.0.bias", "features.3.weight",
                                               "features.3.bias", "classifier.0.weight", "classifier.0.bias",
                                               "classifier.3.weight", "classifier.3.bias", "classifier.6.weight",
                                               "classifier.6.bias"}));
    const NamedTensor* conv = dict.find("features.0.weight");
    ASSERT_NE(conv, nullptr);
    EXPECT_EQ(conv->shape, (std::vector<std::int64_t>{4, 3, 3, 3}));
    EXPECT_EQ(conv->values.size(), 108u);
    const NamedTensor* fc = dict.find("classifier.0.weight");
    ASSERT_NE(fc, nullptr);
    EXPECT_EQ(fc->shape, (std::vector<std::int64_t>{8, 196}));
}

fs::path scratch(const char* name) { return fs::temp_directory_path() / name; }

std::vector<char> bytesOf(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const fs::path& path, const std::vector<char>& bytes)
{
    std::ofstream(path, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
}

}  // namespace

TEST(Weights, ReadsTorchvisionZipFormat)
{
    auto dict = readTorchWeights(fixture("tiny-vgg.pth"));
    ASSERT_TRUE(dict.ok()) << dict.error().message;
    expectTinyVgg(*dict);
}

TEST(Weights, LegacyFormatGivesTheSameNumbers)
{
    auto zip = readTorchWeights(fixture("tiny-vgg.pth"));
    auto legacy = readTorchWeights(fixture("tiny-vgg-legacy.pth"));
    ASSERT_TRUE(zip.ok());
    ASSERT_TRUE(legacy.ok()) << legacy.error().message;
    expectTinyVgg(*legacy);
    for (std::size_t i = 0; i < zip->tensors.size(); ++i)
        EXPECT_EQ(zip->tensors[i].values, legacy->tensors[i].values) << zip->tensors[i].name;
}

TEST(Weights, MissingTruncatedAndForeignFilesAreClearErrors)
{
    auto missing = readTorchWeights("/nonexistent/vgg16.pth");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, tse::ErrorCode::FileNotFound);

    for (const char* source : {"tiny-vgg.pth", "tiny-vgg-legacy.pth"}) {
        auto bytes = bytesOf(fixture(source));
        bytes.resize(bytes.size() / 2);
        const auto truncated = scratch("tse_truncated.pth");
        writeBytes(truncated, bytes);
        auto result = readTorchWeights(truncated);
        ASSERT_FALSE(result.ok()) << source;
        EXPECT_NE(result.error().message.find("tse_truncated.pth"), std::string::npos) << result.error().message;
    }

    const auto text = scratch("tse_text.pth");
    writeBytes(text, {'h', 'e', 'l', 'l', 'o'});
    auto foreign = readTorchWeights(text);
    ASSERT_FALSE(foreign.ok());
    EXPECT_EQ(foreign.error().code, tse::ErrorCode::BadFormat);

    const auto empty = scratch("tse_empty.pth");
    writeBytes(empty, {});
    EXPECT_FALSE(readTorchWeights(empty).ok());
}

// Regression tests for the fuzzer's findings in legacy (pre-1.6) files, made by hand.
namespace {

tse::Result<StateDict> readLegacyBytes(const std::string& bytes, const char* name)
{
    const auto path = scratch(name);
    writeBytes(path, std::vector<char>(bytes.begin(), bytes.end()));
    return readTorchWeights(path);
}

}  // namespace

TEST(WeightsHostile, AWellFormedHandMadeLegacyFileReads)
{
    // The control for the crafted files below: the writer makes files the reader accepts.
    const auto bytes = tse::testing::legacyWeightsFile({{"w", {2, 3}, {3, 1}, 0}}, 6, {1, 2, 3, 4, 5, 6});
    auto dict = readLegacyBytes(bytes, "tse_legacy_ok.pth");
    ASSERT_TRUE(dict.ok()) << dict.error().message;
    ASSERT_EQ(dict->tensors.size(), 1u);
    EXPECT_EQ(dict->tensors[0].values, (std::vector<float>{1, 2, 3, 4, 5, 6}));
}

TEST(WeightsHostile, AStorageCountThatWrapsIsRefused)
{
    // 2^62 + 1 elements × 4 bytes wrapped to 4 bytes: the bounds check passed and elementAt
    // read past the storage (heap over-read).
    const auto bytes = tse::testing::legacyWeightsFile({{"w", {1}, {1}, 0}}, (1ull << 62) + 1, {1});
    auto dict = readLegacyBytes(bytes, "tse_legacy_wrap.pth");
    ASSERT_FALSE(dict.ok());
    EXPECT_NE(dict.error().message.find("tse_legacy_wrap.pth"), std::string::npos);
    EXPECT_NE(dict.error().message.find("claims"), std::string::npos) << dict.error().message;
}

TEST(WeightsHostile, ShapesWhoseSizeOverflowsAreRefused)
{
    // 2^32 × 2^32 elements overflowed the signed element count; a stride of 2^62 over three
    // elements overflowed the last index. Both read heap memory in a build without sanitizers.
    for (const auto& tensor : {tse::testing::LegacyTensor{"w", {1ll << 32, 1ll << 32}, {1, 1}, 0},
                               tse::testing::LegacyTensor{"w", {3}, {1ll << 62}, 0}}) {
        auto dict = readLegacyBytes(tse::testing::legacyWeightsFile({tensor}, 4, {1, 2, 3, 4}), "tse_legacy_shape.pth");
        ASSERT_FALSE(dict.ok());
        EXPECT_NE(dict.error().message.find("overflows"), std::string::npos) << dict.error().message;
    }
}

TEST(WeightsHostile, AStrideZeroViewLargerThanItsStorageIsRefused)
{
    // 2^34 elements all at element 0: allocated 64 GiB (bad_alloc ended the program).
    auto dict = readLegacyBytes(tse::testing::legacyWeightsFile({{"w", {1ll << 34}, {0}, 0}}, 1, {1}),
                                "tse_legacy_stride0.pth");
    ASSERT_FALSE(dict.ok());
    EXPECT_NE(dict.error().message.find("claims 17179869184 elements"), std::string::npos) << dict.error().message;
}

TEST(WeightsHostile, ATextIntegerInALegacyFileIsAnErrorValue)
{
    // The legacy path had no error handling: std::stoll's exception escaped readTorchWeights.
    auto bytes = tse::testing::legacyWeightsFile({{"w", {1}, {1}, 0}}, 1, {1});
    const auto at = bytes.find("I1001\n");
    ASSERT_NE(at, std::string::npos);
    bytes.replace(at, 6, "I99999999999999999999\n");
    auto dict = readLegacyBytes(bytes, "tse_legacy_int.pth");
    ASSERT_FALSE(dict.ok());
    EXPECT_NE(dict.error().message.find("tse_legacy_int.pth"), std::string::npos) << dict.error().message;
}
