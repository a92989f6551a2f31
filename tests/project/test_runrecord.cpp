#include <gtest/gtest.h>

#include "tse/project/runrecord.h"

TEST(RunRecord, DescribeNamesTheParameters)
{
    tse::project::RunParameters p;
    p.tsne.perplexity = 25;
    p.tsne.iterations = 500;
    p.tsne.dimensions = 3;
    p.tsne.seed = 4;
    p.pcaDims = 30;
    EXPECT_EQ(tse::project::describe(p), "perplexity 25, lr auto, 500 it, PCA 30, 3D, seed 4");
    p.tsne.learningRate = 200;
    p.pcaDims = 0;
    EXPECT_EQ(tse::project::describe(p), "perplexity 25, lr 200, 500 it, no PCA, 3D, seed 4");
}

TEST(StageTimings, TotalAddsStages)
{
    tse::project::StageTimings t{1, 2, 3, 4, 5};
    EXPECT_DOUBLE_EQ(t.total(), 15);
}

TEST(RunRecord, ParameterDifferencesListOnlyWhatDiffers)
{
    tse::project::RunParameters a, b;
    EXPECT_TRUE(tse::project::parameterDifferences(a, b).empty());
    b.tsne.perplexity = 50;
    b.tsne.learningRate = 200;
    b.tsne.seed = 9;
    const auto d = tse::project::parameterDifferences(a, b);
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
    tse::project::RunParameters a, b;
    b.features = "vgg16";
    b.featureLayer = "pool5";
    b.faces = true;
    b.tsne.seed = 4;
    EXPECT_EQ(tse::project::describe(b), "vgg16 pool5, faces, perplexity 30, lr auto, 1000 it, PCA 50, 2D, seed 4");
    const auto d = tse::project::parameterDifferences(a, b);
    ASSERT_GE(d.size(), 3u);
    EXPECT_EQ(d[0].field, "features");
    EXPECT_EQ(d[1].field, "layer");
    EXPECT_EQ(d[1].first, "fc7");
    EXPECT_EQ(d[2].field, "face mode");
}
