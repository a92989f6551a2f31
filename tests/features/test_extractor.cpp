// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include <cstdlib>
#include <filesystem>

#include "fixtures.h"
#include "tse/features/extractor.h"
#include "tse/features/preprocess.h"
#include "tse/imageio/folderreader.h"

namespace fs = std::filesystem;
using namespace tse::features;

namespace {

// Three 40×48 RGB images with different patterns, held in memory like an IDX dataset.
tse::imageio::Dataset patterns()
{
    tse::imageio::Dataset ds;
    ds.name = "patterns";
    ds.width = 40;
    ds.height = 48;
    ds.channels = 3;
    ds.labels = {0, 1, 1};
    ds.classNames = {"a", "b"};
    for (int i = 0; i < 3; ++i)
        for (int y = 0; y < ds.height; ++y)
            for (int x = 0; x < ds.width; ++x)
                for (int c = 0; c < 3; ++c)
                    ds.pixels.push_back(std::uint8_t((x * (i + 1) * 7 + y * (c + 2) * 5 + i * 60) % 256));
    return ds;
}

class ScopedEnv {
public:
    ScopedEnv(const char* name, const std::string& value) : name_(name)
    {
        if (const char* old = std::getenv(name))
            old_ = old;
        setenv(name, value.c_str(), 1);
    }
    ~ScopedEnv()
    {
        if (old_)
            setenv(name_, old_->c_str(), 1);
        else
            unsetenv(name_);
    }

private:
    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace

TEST(Extractor, ParsesNamesFilesAndLayers)
{
    auto vgg = parseFeatureSpec("vgg16", "pool5");
    ASSERT_TRUE(vgg.ok());
    EXPECT_EQ(vgg->kind, ExtractorKind::Vgg16);
    EXPECT_EQ(vgg->layer, VggLayer::Pool5);
    EXPECT_EQ(parseFeatureSpec("vgg19")->layer, VggLayer::Fc7);  // the default
    EXPECT_EQ(parseFeatureSpec("model.pt")->kind, ExtractorKind::TorchScript);
    EXPECT_EQ(parseFeatureSpec("model.pt")->modelFile, fs::path("model.pt"));
    EXPECT_EQ(parseFeatureSpec("mine.pth")->kind, ExtractorKind::VggFile);
    EXPECT_EQ(parseFeatureSpec("raw")->kind, ExtractorKind::RawPixels);
    EXPECT_FALSE(parseFeatureSpec("resnet").ok());
    EXPECT_FALSE(parseFeatureSpec("vgg16", "fc8").ok());
    EXPECT_FALSE(parseFeatureSpec("vgg").ok());  // needs a weights file
}

TEST(Extractor, MissingHubWeightsSayHowToGetThem)
{
    const auto home = fs::temp_directory_path() / "tse_torch_home_missing";
    fs::remove_all(home);
    ScopedEnv env("TORCH_HOME", home.string());
    EXPECT_EQ(torchHubCheckpoints(), home / "hub" / "checkpoints");
    auto spec = parseFeatureSpec("vgg16");
    auto located = locateModelFile(*spec);
    ASSERT_FALSE(located.ok());
    EXPECT_NE(located.error().message.find("vgg16-397923af.pth"), std::string::npos);
    EXPECT_NE(located.error().message.find("download"), std::string::npos);
    auto extracted = extractFeatures(patterns(), *spec);
    ASSERT_FALSE(extracted.ok());
    EXPECT_EQ(extracted.error().code, tse::ErrorCode::FileNotFound);
    // Raw pixels still work offline.
    EXPECT_TRUE(extractFeatures(patterns(), *parseFeatureSpec("raw")).ok());
}

TEST(Extractor, FindsWeightsInTheTorchHubCache)
{
    const auto home = fs::temp_directory_path() / "tse_torch_home_present";
    fs::remove_all(home);
    fs::create_directories(home / "hub" / "checkpoints");
    fs::copy_file(fixture("tiny-vgg.pth"), home / "hub" / "checkpoints" / "vgg19-dcbb9e9d.pth");
    ScopedEnv env("TORCH_HOME", home.string());
    auto located = locateModelFile(*parseFeatureSpec("vgg19"));
    ASSERT_TRUE(located.ok()) << located.error().message;
    // The file is there but is not a VGG19: the message says so.
    auto extracted = extractFeatures(patterns(), *parseFeatureSpec("vgg19"));
    ASSERT_FALSE(extracted.ok());
    EXPECT_NE(extracted.error().message.find("2 convolution layers"), std::string::npos) << extracted.error().message;
}

TEST(Extractor, BatchedVggRowsEqualOneImageAtATime)
{
    const auto ds = patterns();
    auto spec = parseFeatureSpec("vgg", "fc6", fixture("tiny-vgg.pth"));
    ASSERT_TRUE(spec.ok());
    spec->batchSize = 2;  // 3 items: one full batch and one partial
    auto features = extractFeatures(ds, *spec);
    ASSERT_TRUE(features.ok()) << features.error().message;
    ASSERT_EQ(features->rows(), 3);
    ASSERT_EQ(features->cols(), 8);

    auto network = VggNetwork::fromStateDict(*readTorchWeights(fixture("tiny-vgg.pth")));
    ASSERT_TRUE(network.ok());
    std::vector<float> input(3 * 224 * 224);
    for (std::size_t i = 0; i < 3; ++i) {
        auto image = tse::imageio::loadOriginalImage(ds, i);
        preprocessImage(*image, ImagePreprocessing{}, input.data());
        auto row = network->forward(input.data(), 1, 224, 224, VggLayer::Fc6);
        ASSERT_TRUE(row.ok());
        EXPECT_LT((row->row(0) - features->row(Eigen::Index(i))).cwiseAbs().maxCoeff(), 1e-5f) << i;
    }
    EXPECT_GT((features->row(0) - features->row(1)).norm(), 0.0f);
}

TEST(Extractor, CancelStopsExtraction)
{
    auto flag = std::make_shared<tse::CancelFlag>();
    flag->cancel();
    auto spec = parseFeatureSpec("vgg", "fc7", fixture("tiny-vgg.pth"));
    auto result = extractFeatures(patterns(), *spec, tse::Progress::withFlag(flag));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, tse::ErrorCode::Cancelled);
}

TEST(Extractor, CacheKeyNamesEverythingThatChangesTheFeatures)
{
    const auto copy = fs::temp_directory_path() / "tse_key_weights.pth";
    fs::copy_file(fixture("tiny-vgg.pth"), copy, fs::copy_options::overwrite_existing);
    auto fc7 = *parseFeatureSpec("vgg", "fc7", copy);
    auto fc6 = *parseFeatureSpec("vgg", "fc6", copy);
    auto faces = *parseFeatureSpec("vgg", "fc7", copy, true);
    EXPECT_NE(featureCacheKey(fc7), featureCacheKey(fc6));
    EXPECT_NE(featureCacheKey(fc7), featureCacheKey(faces));
    const std::string before = featureCacheKey(fc7);
    EXPECT_EQ(before, featureCacheKey(fc7));
    fs::last_write_time(copy, fs::last_write_time(copy) + std::chrono::seconds(5));
    EXPECT_NE(before, featureCacheKey(fc7));  // replaced weights must not reuse old features
    EXPECT_EQ(featureCacheKey(*parseFeatureSpec("raw")), "raw");
}

TEST(Extractor, FaceModeCropsFacesAndReportsImagesWithout)
{
    const fs::path photos = "/usr/share/doc/opencv-doc/examples/data";
    const auto dir = fs::temp_directory_path() / "tse_faces_folder";
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy_file(photos / "messi5.jpg", dir / "a_messi.jpg");
    fs::copy_file(photos / "orange.jpg", dir / "b_orange.jpg");
    tse::imageio::FolderOptions options;
    options.width = options.height = 32;
    auto ds = tse::imageio::readImageFolder(dir, options);
    ASSERT_TRUE(ds.ok()) << ds.error().message;
    ASSERT_EQ(ds->size(), 2u);

    ExtractionReport report;
    auto cropped = extractFeatures(*ds, *parseFeatureSpec("raw", {}, {}, true), {}, &report);
    ASSERT_TRUE(cropped.ok()) << cropped.error().message;
    EXPECT_EQ(report.noFaceItems, (std::vector<std::size_t>{1}));  // the orange
    auto whole = extractFeatures(*ds, *parseFeatureSpec("raw"));
    ASSERT_TRUE(whole.ok());
    EXPECT_GT((cropped->row(0) - whole->row(0)).norm(), 1.0f);  // the face, not the whole photo
    EXPECT_LT((cropped->row(1) - whole->row(1)).norm(), 0.5f);  // no face: the whole image
}
