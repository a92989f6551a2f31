// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "tse/run/featurechoice.h"

using namespace tse::run;

TEST(FeatureChoice, NamesRoundTrip)
{
    for (auto e : {Extractor::RawPixels, Extractor::Vgg16, Extractor::Vgg19, Extractor::VggFile, Extractor::TorchScript})
        EXPECT_EQ(extractorFromName(extractorName(e)), e);
    for (auto l : {NetworkLayer::Fc7, NetworkLayer::Fc6, NetworkLayer::Pool5})
        EXPECT_EQ(layerFromName(layerName(l)), l);
    EXPECT_EQ(extractorFromName(""), Extractor::RawPixels);
    EXPECT_FALSE(extractorFromName("vgg17"));
    EXPECT_FALSE(layerFromName("fc8"));
}

TEST(FeatureChoice, ParsesNamesAndModelFiles)
{
    auto vgg = parseFeatureChoice("vgg19");
    ASSERT_TRUE(vgg);
    EXPECT_EQ(vgg->extractor, Extractor::Vgg19);
    EXPECT_TRUE(vgg->usesNetwork());
    EXPECT_TRUE(vgg->usesLayer());

    auto script = parseFeatureChoice("/models/net.pt");
    ASSERT_TRUE(script);
    EXPECT_EQ(script->extractor, Extractor::TorchScript);
    EXPECT_EQ(script->modelFile, "/models/net.pt");
    EXPECT_FALSE(script->usesLayer());

    auto weights = parseFeatureChoice("w.pth");
    ASSERT_TRUE(weights);
    EXPECT_EQ(weights->extractor, Extractor::VggFile);

    auto bad = parseFeatureChoice("resnet");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("'resnet'"), std::string::npos);
}

TEST(FeatureChoice, PlainPixelsMeansNoNetworkAndNoFaceCrop)
{
    FeatureChoice raw;
    EXPECT_TRUE(raw.isPlainPixels());
    raw.faces = true;
    EXPECT_FALSE(raw.isPlainPixels());
    EXPECT_FALSE(raw.usesNetwork());
    EXPECT_EQ(describe(raw), "raw pixels, faces");
    FeatureChoice vgg;
    vgg.extractor = Extractor::Vgg16;
    vgg.layer = NetworkLayer::Pool5;
    EXPECT_EQ(describe(vgg), "vgg16 pool5");
}
