// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "clioptions.h"

using tse::cli::parseCommandLine;

TEST(CliParse, EmbedWithEveryOption)
{
    auto parsed = parseCommandLine({"embed", "sample", "--out", "c.csv", "--dims", "3", "--perplexity", "12.5",
                                    "--learning-rate", "300", "--iterations", "400", "--pca-dims", "20", "--seed",
                                    "9", "--threads", "1", "--method", "bh", "--theta", "0.3", "--init", "random"});
    ASSERT_TRUE(parsed.command) << parsed.error;
    const auto& e = parsed.command->embed;
    EXPECT_EQ(e.parameters.dataset, "sample");
    EXPECT_EQ(e.outCsv, "c.csv");
    EXPECT_EQ(e.parameters.tsne.dimensions, 3);
    EXPECT_DOUBLE_EQ(e.parameters.tsne.perplexity, 12.5);
    EXPECT_DOUBLE_EQ(e.parameters.tsne.learningRate, 300);
    EXPECT_EQ(e.parameters.tsne.iterations, 400);
    EXPECT_EQ(e.parameters.pcaDims, 20);
    EXPECT_EQ(e.parameters.tsne.seed, 9u);
    EXPECT_EQ(e.parameters.tsne.threads, 1);
    EXPECT_EQ(e.parameters.tsne.method, tse::tsne::GradientMethod::BarnesHut);
    EXPECT_DOUBLE_EQ(e.parameters.tsne.theta, 0.3);
    EXPECT_EQ(e.parameters.tsne.initialization, tse::tsne::Initialization::Random);
}

TEST(CliParse, DefaultsMatchTheDocumentedOnes)
{
    auto parsed = parseCommandLine({"embed", "sample", "--out", "c.csv"});
    ASSERT_TRUE(parsed.command);
    const auto& p = parsed.command->embed.parameters;
    EXPECT_EQ(p.tsne.dimensions, 2);
    EXPECT_DOUBLE_EQ(p.tsne.perplexity, 30);
    EXPECT_DOUBLE_EQ(p.tsne.learningRate, 0);  // auto
    EXPECT_EQ(p.tsne.iterations, 1000);
    EXPECT_EQ(p.pcaDims, 50);
    EXPECT_EQ(p.tsne.seed, 1u);
}

TEST(CliParse, BadArgumentsGiveOneLineReasons)
{
    struct Case {
        std::vector<std::string> args;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {{"embed", "sample", "--out", "c.csv", "--dims", "4"}, "--dims"},
        {{"embed", "sample", "--out", "c.csv", "--perplexity", "abc"}, "--perplexity"},
        {{"embed", "sample", "--out", "c.csv", "--learning-rate", "-3"}, "--learning-rate"},
        {{"embed", "sample", "--out"}, "needs a value"},
        {{"embed", "sample"}, "--out"},
        {{"embed", "--out", "c.csv"}, "DATASET"},
        {{"embed", "a", "b", "--out", "c.csv"}, "unexpected"},
        {{"embed", "sample", "--out", "c.csv", "--bogus"}, "unknown option"},
        {{"frobnicate"}, "unknown command"},
        {{"embed", "sample", "--out", "c.csv", "--method", "fast"}, "--method must be one of auto, exact, bh, fft"},
        {{"embed", "sample", "--out", "c.csv", "--knn", "lsh"}, "--knn"},
    };
    for (const auto& c : cases) {
        auto parsed = parseCommandLine(c.args);
        EXPECT_FALSE(parsed.command) << c.expected;
        EXPECT_NE(parsed.error.find(c.expected), std::string::npos) << parsed.error;
        EXPECT_EQ(parsed.error.find('\n'), std::string::npos);
    }
}

TEST(CliParse, CommandsThatRunACnnStartLoadingLibtorchAtOnce)
{
    const auto uses = [](std::vector<std::string> args) {
        const auto parsed = tse::cli::parseCommandLine(args);
        EXPECT_TRUE(parsed.command) << parsed.error;
        return parsed.command && tse::cli::usesCnn(*parsed.command);
    };
    EXPECT_TRUE(uses({"embed", "sample", "--features", "vgg16", "--out", "m.csv"}));
    EXPECT_TRUE(uses({"features", "sample", "--features", "m.pth", "--shard", "0/4", "--out", "d"}));
    EXPECT_TRUE(uses({"features", "sample", "--features", "m.pt", "--out", "f.npy"}));
    EXPECT_FALSE(uses({"embed", "sample", "--out", "m.csv"}));
    EXPECT_FALSE(uses({"embed", "features.npy", "--features", "vgg16", "--out", "m.csv"}));  // ignored there
    EXPECT_FALSE(uses({"features", "sample", "--features", "raw", "--out", "f.npy"}));
    EXPECT_FALSE(uses({"runs", "p.tsnex"}));
    EXPECT_FALSE(uses({"--help"}));
}
