#include <gtest/gtest.h>

#include <fstream>

#include "fixtures.h"
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
