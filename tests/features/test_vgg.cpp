// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "fixtures.h"
#include "torchplugin.h"
#include "tse/features/networks.h"
#include "tse/features/torchruntime.h"

using namespace tse::features;

namespace {

VggNetwork tinyVgg()
{
    auto weights = readTorchWeights(fixture("tiny-vgg.pth"));
    EXPECT_TRUE(weights.ok());
    auto network = VggNetwork::fromStateDict(*weights);
    EXPECT_TRUE(network.ok()) << network.error().message;
    return std::move(network.value());
}

}  // namespace

// The reference outputs are torchvision's own VGG forward in eval mode (make-fixtures.py).
TEST(Vgg, MatchesTorchvisionAtEveryLayer)
{
    const VggNetwork network = tinyVgg();
    EXPECT_EQ(network.convolutionLayers(), 2);
    const tse::Matrix input = readFixture("tiny-input.npy");
    ASSERT_EQ(input.rows(), 2);
    ASSERT_EQ(input.cols(), 3 * 32 * 32);
    const std::pair<VggLayer, const char*> layers[] = {
        {VggLayer::Pool5, "tiny-pool5.npy"}, {VggLayer::Fc6, "tiny-fc6.npy"}, {VggLayer::Fc7, "tiny-fc7.npy"}};
    for (const auto& [layer, file] : layers) {
        const tse::Matrix expected = readFixture(file);
        auto output = network.forward(input.data(), 2, 32, 32, layer);
        ASSERT_TRUE(output.ok()) << output.error().message;
        ASSERT_EQ(output->rows(), expected.rows()) << file;
        ASSERT_EQ(output->cols(), expected.cols()) << file;
        EXPECT_EQ(network.outputSize(layer), expected.cols());
        EXPECT_LT((*output - expected).cwiseAbs().maxCoeff(), 1e-5f) << file;
    }
}

TEST(Vgg, RejectsWeightsOfOtherNetworks)
{
    StateDict notVgg;
    notVgg.tensors.push_back({"fc.weight", {10, 20}, std::vector<float>(200, 0.0f)});
    auto result = VggNetwork::fromStateDict(notVgg);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("features.<i>.weight"), std::string::npos);

    auto weights = readTorchWeights(fixture("tiny-vgg.pth"));
    ASSERT_TRUE(weights.ok());
    StateDict noClassifier = *weights;
    std::erase_if(noClassifier.tensors, [](const NamedTensor& t) { return t.name.starts_with("classifier.3"); });
    EXPECT_FALSE(VggNetwork::fromStateDict(noClassifier).ok());
}

TEST(Vgg, RandomNetworksHaveTorchvisionShapes)
{
    auto vgg16 = VggNetwork::random(16, 1);
    ASSERT_TRUE(vgg16.ok());
    EXPECT_EQ(vgg16->convolutionLayers(), 13);
    EXPECT_EQ(vgg16->outputSize(VggLayer::Pool5), 25088);
    EXPECT_EQ(vgg16->outputSize(VggLayer::Fc7), 4096);
    auto vgg19 = VggNetwork::random(19, 1);
    ASSERT_TRUE(vgg19.ok());
    EXPECT_EQ(vgg19->convolutionLayers(), 16);
    EXPECT_FALSE(VggNetwork::random(17, 1).ok());
}

TEST(Vgg, LayerNamesRoundTrip)
{
    for (VggLayer layer : {VggLayer::Pool5, VggLayer::Fc6, VggLayer::Fc7})
        EXPECT_EQ(parseVggLayer(vggLayerName(layer)), layer);
    EXPECT_FALSE(parseVggLayer("fc8").has_value());
}

TEST(TorchRuntime, PreloadOpensLibtorchOnItsOwnThreadAndCallersShareIt)
{
    // ctest runs each test in a process of its own; a run of the whole binary has opened it before.
    if (tse::features::detail::torchPluginLoaded())
        GTEST_SKIP() << "libtorch was opened by an earlier test in this process";
    tse::features::preloadTorchRuntime();
    tse::features::preloadTorchRuntime();  // a second call starts nothing more
    // Any libtorch call waits for the load under way instead of starting another.
    EXPECT_EQ(tse::features::torchVersion().substr(0, 2), "1.");
    EXPECT_TRUE(tse::features::detail::torchPluginLoaded());
    EXPECT_TRUE(tse::features::detail::torchPluginOpenedInBackground());
    auto plugin = tse::features::detail::torchPlugin();
    ASSERT_TRUE(plugin) << plugin.error().message;
}

TEST(TorchRuntime, WithoutPreloadTheFirstCallerOpensIt)
{
    if (tse::features::detail::torchPluginLoaded())
        GTEST_SKIP() << "libtorch was opened by an earlier test in this process";
    EXPECT_EQ(tse::features::torchVersion().substr(0, 2), "1.");
    EXPECT_TRUE(tse::features::detail::torchPluginLoaded());
    EXPECT_FALSE(tse::features::detail::torchPluginOpenedInBackground());
}
