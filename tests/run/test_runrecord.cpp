// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "tse/run/runrecord.h"

TEST(RunRecord, DescribeNamesTheParameters)
{
    tse::run::RunParameters p;
    p.tsne.perplexity = 25;
    p.tsne.iterations = 500;
    p.tsne.dimensions = 3;
    p.tsne.seed = 4;
    p.pcaDims = 30;
    EXPECT_EQ(tse::run::describe(p), "perplexity 25, lr auto, 500 it, PCA 30, 3D, seed 4");
    p.tsne.learningRate = 200;
    p.pcaDims = 0;
    EXPECT_EQ(tse::run::describe(p), "perplexity 25, lr 200, 500 it, no PCA, 3D, seed 4");
}

TEST(StageTimings, TotalAddsStages)
{
    tse::run::StageTimings t{1, 2, 3, 4, 5, 6};  // metrics are not part of the total
    EXPECT_DOUBLE_EQ(t.total(), 15);
}

TEST(RunRecord, ParameterDifferencesListOnlyWhatDiffers)
{
    tse::run::RunParameters a, b;
    EXPECT_TRUE(tse::run::parameterDifferences(a, b).empty());
    b.tsne.perplexity = 50;
    b.tsne.learningRate = 200;
    b.tsne.seed = 9;
    const auto d = tse::run::parameterDifferences(a, b);
    ASSERT_EQ(d.size(), 3u);
    EXPECT_EQ(d[0].field, "perplexity");
    EXPECT_EQ(d[0].first, "30");
    EXPECT_EQ(d[0].second, "50");
    EXPECT_EQ(d[1].field, "learning rate");
    EXPECT_EQ(d[1].first, "auto");
    EXPECT_EQ(d[1].second, "200");
    EXPECT_EQ(d[2].field, "seed");
}

TEST(RunRecord, FeatureExtractorIsPartOfTheDescriptionAndDifferences)
{
    tse::run::RunParameters a, b;
    b.features.extractor = tse::run::Extractor::Vgg16;
    b.features.layer = tse::run::NetworkLayer::Pool5;
    b.features.faces = true;
    b.tsne.seed = 4;
    EXPECT_EQ(tse::run::describe(b), "vgg16 pool5, faces, perplexity 30, lr auto, 1000 it, PCA 50, 2D, seed 4");
    const auto d = tse::run::parameterDifferences(a, b);
    ASSERT_GE(d.size(), 3u);
    EXPECT_EQ(d[0].field, "features");
    EXPECT_EQ(d[1].field, "layer");
    EXPECT_EQ(d[1].first, "fc7");
    EXPECT_EQ(d[2].field, "face mode");
}
