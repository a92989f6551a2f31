// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "tse/run/parameterproblem.h"

using namespace tse::run;

namespace {

// The one problem the parameters have, or a failure when there are none or several.
ParameterProblem onlyProblem(const RunParameters& p, std::size_t items, std::size_t features)
{
    const auto problems = checkParameters(p, items, features);
    EXPECT_EQ(problems.size(), 1u);
    return problems.empty() ? ParameterProblem{} : problems.front();
}

}  // namespace

TEST(ParameterProblems, DefaultsFitTheSample)
{
    EXPECT_TRUE(checkParameters(RunParameters{}, 3000, 784).empty());
}

TEST(ParameterProblems, EachProblemHasItsFieldKindNumbersAndMessage)
{
    RunParameters p;
    p.tsne.perplexity = 5000;
    auto large = onlyProblem(p, 3000, 784);
    EXPECT_EQ(large.field, ParameterField::Perplexity);
    EXPECT_EQ(large.kind, ProblemKind::PerplexityTooLarge);
    EXPECT_DOUBLE_EQ(large.value, 5000);
    EXPECT_NEAR(large.limit, 999.667, 1e-3);
    EXPECT_EQ(large.items, 3000u);
    EXPECT_NE(large.message().find("perplexity 5000 is too large for 3000 items"), std::string::npos);

    p = {};
    p.tsne.perplexity = 0.5;
    EXPECT_EQ(onlyProblem(p, 3000, 784).kind, ProblemKind::PerplexityTooSmall);

    p = {};
    p.tsne.iterations = 0;
    auto it = onlyProblem(p, 3000, 784);
    EXPECT_EQ(it.field, ParameterField::Iterations);
    EXPECT_EQ(it.message(), "iterations must be at least 1");

    p = {};
    p.tsne.learningRate = std::nan("");
    EXPECT_EQ(onlyProblem(p, 3000, 784).field, ParameterField::LearningRate);

    p = {};
    p.tsne.dimensions = 4;
    EXPECT_EQ(onlyProblem(p, 3000, 784).kind, ProblemKind::DimensionsInvalid);

    p = {};
    p.pcaDims = 900;
    auto features = onlyProblem(p, 3000, 784);
    EXPECT_EQ(features.field, ParameterField::PcaDims);
    EXPECT_EQ(features.kind, ProblemKind::PcaDimsAboveFeatures);
    EXPECT_DOUBLE_EQ(features.limit, 784);
    EXPECT_NE(features.message().find("exceed the number of features (784)"), std::string::npos);

    p = {};
    p.tsne.perplexity = 5;
    auto items = onlyProblem(p, 27, 784);
    EXPECT_EQ(items.kind, ProblemKind::PcaDimsAboveItems);
    EXPECT_DOUBLE_EQ(items.limit, 27);

    p = {};
    p.pcaDims = -1;
    EXPECT_EQ(onlyProblem(p, 3000, 784).kind, ProblemKind::PcaDimsNegative);

    p = {};
    p.tsne.method = tse::tsne::GradientMethod::Exact;
    auto exact = onlyProblem(p, 30000, 784);
    EXPECT_EQ(exact.field, ParameterField::Method);
    EXPECT_EQ(exact.kind, ProblemKind::ExactMethodTooLarge);

    p = {};
    p.tsne.theta = 1.5;
    EXPECT_EQ(onlyProblem(p, 3000, 784).kind, ProblemKind::ThetaOutOfRange);
}

TEST(ParameterProblems, TooFewItemsIsItsOwnProblem)
{
    RunParameters p;
    p.pcaDims = 0;
    p.tsne.perplexity = 1;
    auto few = onlyProblem(p, 3, 10);
    EXPECT_EQ(few.field, ParameterField::Items);
    EXPECT_EQ(few.kind, ProblemKind::TooFewItems);
    EXPECT_NE(few.message().find("at least 4 items"), std::string::npos);
}

TEST(ParameterProblems, TorchScriptInputIsChecked)
{
    RunParameters p;
    p.features.extractor = Extractor::TorchScript;
    p.features.inputSize = 4;
    auto size = onlyProblem(p, 3000, 0);
    EXPECT_EQ(size.field, ParameterField::Features);
    EXPECT_EQ(size.kind, ProblemKind::InputSizeOutOfRange);
    p.features.inputSize = 224;
    p.features.std[1] = 0.0f;
    EXPECT_EQ(onlyProblem(p, 3000, 0).kind, ProblemKind::NormalisationInvalid);
}

TEST(ParameterProblems, EngineRulesBeyondTheCommonOnesKeepTheEnginesSentence)
{
    RunParameters p;
    p.tsne.initialMomentum = 1.5;
    auto other = onlyProblem(p, 3000, 784);
    EXPECT_EQ(other.kind, ProblemKind::OtherOption);
    EXPECT_EQ(other.message(), "momentum must be in [0, 1)");
}

TEST(FitToData, SmallDatasetsGetValuesThatWorkAndSaySo)
{
    RunParameters p;  // perplexity 30, PCA 50
    const auto changes = fitToData(p, 27, 784);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].field, ParameterField::Perplexity);
    EXPECT_DOUBLE_EQ(changes[0].from, 30);
    EXPECT_DOUBLE_EQ(p.tsne.perplexity, 8.6);
    EXPECT_EQ(changes[1].field, ParameterField::PcaDims);
    EXPECT_EQ(p.pcaDims, 26);
    EXPECT_NE(changes[0].message().find("perplexity 30 -> 8.6"), std::string::npos);
    EXPECT_TRUE(checkParameters(p, 27, 784).empty()) << "the adapted values are accepted";
}

TEST(FitToData, LeavesWhatFitsAndWhatTheUserChose)
{
    RunParameters p;
    EXPECT_TRUE(fitToData(p, 3000, 784).empty());
    EXPECT_DOUBLE_EQ(p.tsne.perplexity, 30);
    // The user asked for these: they stay, and the checks refuse them with the reason.
    const auto changes = fitToData(p, 27, 784, {ParameterField::PcaDims, ParameterField::Perplexity});
    EXPECT_TRUE(changes.empty());
    EXPECT_EQ(p.pcaDims, 50);
    EXPECT_FALSE(checkParameters(p, 27, 784).empty());
    // Few features: PCA is capped at the feature count.
    RunParameters q;
    q.tsne.perplexity = 5;
    fitToData(q, 500, 12);
    EXPECT_EQ(q.pcaDims, 12);
    // PCA off stays off.
    RunParameters off;
    off.pcaDims = 0;
    off.tsne.perplexity = 2;
    EXPECT_TRUE(fitToData(off, 10, 5).empty());
}
