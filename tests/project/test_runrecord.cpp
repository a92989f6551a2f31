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
