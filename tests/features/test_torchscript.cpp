// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Builds TorchScript models in C++ with torch::jit::Module::define, saves and loads them.
#include <gtest/gtest.h>

#include <torch/script.h>

#include <filesystem>

#include "tse/features/extractor.h"
#include "tse/features/networks.h"
#include "tse/features/preprocess.h"

namespace fs = std::filesystem;
using namespace tse::features;

namespace {

fs::path saveModel(const char* name, const std::string& source)
{
    torch::jit::Module module("TestModel");
    module.register_parameter("scale", torch::full({3}, 2.0), false);
    module.define(source);
    const auto path = fs::temp_directory_path() / name;
    module.save(path.string());
    return path;
}

// forward: per-channel mean × 2 → N × 3.
const char* kChannelMeans = R"(
def forward(self, x):
    return x.mean(dim=[2, 3]) * self.scale
)";

}  // namespace

TEST(TorchScript, SavedModelLoadsAndRuns)
{
    const auto path = saveModel("tse_means.pt", kChannelMeans);
    auto model = TorchScriptModel::load(path);
    ASSERT_TRUE(model.ok()) << model.error().message;
    std::vector<float> input(2 * 3 * 4 * 4);
    for (std::size_t i = 0; i < input.size(); ++i)
        input[i] = float(i / 16);  // each 4×4 plane is constant: 0, 1, …, 5
    auto output = model->forward(input.data(), 2, 4, 4);
    ASSERT_TRUE(output.ok()) << output.error().message;
    ASSERT_EQ(output->rows(), 2);
    ASSERT_EQ(output->cols(), 3);
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 3; ++c)
            EXPECT_FLOAT_EQ((*output)(r, c), 2.0f * float(r * 3 + c));
}

TEST(TorchScript, ExtractorUsesTheModelsInputSizeAndNormalisation)
{
    const auto path = saveModel("tse_means_extractor.pt", kChannelMeans);
    tse::imageio::Dataset ds;
    ds.width = 20;
    ds.height = 10;
    ds.channels = 1;
    ds.labels = {0, 0};
    ds.pixels.assign(400, 0);
    std::fill(ds.pixels.begin() + 200, ds.pixels.end(), 255);  // black, then white
    auto spec = parseFeatureSpec(path.string());
    ASSERT_TRUE(spec.ok());
    spec->inputSize = 16;
    spec->mean = {0.5f, 0.5f, 0.5f};
    spec->std = {0.5f, 0.25f, 1.0f};
    auto features = extractFeatures(ds, *spec);
    ASSERT_TRUE(features.ok()) << features.error().message;
    // black → (0 − 0.5)/std, white → (1 − 0.5)/std, times the model's scale 2.
    EXPECT_NEAR((*features)(0, 0), -2.0f, 1e-5f);
    EXPECT_NEAR((*features)(0, 1), -4.0f, 1e-5f);
    EXPECT_NEAR((*features)(1, 2), 1.0f, 1e-5f);
}

TEST(TorchScript, WrongOutputShapeAndBadFilesAreClearErrors)
{
    const auto flat = saveModel("tse_flat.pt", R"(
def forward(self, x):
    return x.sum()
)");
    auto model = TorchScriptModel::load(flat);
    ASSERT_TRUE(model.ok());
    std::vector<float> input(3 * 8 * 8, 1.0f);
    auto output = model->forward(input.data(), 1, 8, 8);
    ASSERT_FALSE(output.ok());
    EXPECT_NE(output.error().message.find("expected 1 × D"), std::string::npos) << output.error().message;

    const auto junk = fs::temp_directory_path() / "tse_junk.pt";
    { std::FILE* f = std::fopen(junk.c_str(), "w"); std::fputs("not a model", f); std::fclose(f); }
    auto bad = TorchScriptModel::load(junk);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("not a TorchScript model"), std::string::npos);
    EXPECT_EQ(TorchScriptModel::load("/nonexistent.pt").error().code, tse::ErrorCode::FileNotFound);
}
