// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/run/parameterproblem.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace tse::run {
namespace {

std::string number(double v)
{
    std::ostringstream text;
    text.precision(5);
    text << v;
    return text.str();
}

}  // namespace

std::string ParameterProblem::message() const
{
    const std::string n = std::to_string(items);
    switch (kind) {
    case ProblemKind::TooFewItems: return "t-SNE needs at least 4 items, got " + n;
    case ProblemKind::IterationsTooFew: return "iterations must be at least 1";
    case ProblemKind::PerplexityTooSmall: return "perplexity must be at least 1";
    case ProblemKind::PerplexityTooLarge:
        return "perplexity " + number(value) + " is too large for " + n + " items; at most (N-1)/3 = " + number(limit);
    case ProblemKind::LearningRateInvalid: return "learning rate must be a positive number or auto";
    case ProblemKind::DimensionsInvalid: return "output dimensions must be 2 or 3, got " + number(value);
    case ProblemKind::PcaDimsNegative: return "PCA dimensions must not be negative (0 skips PCA)";
    case ProblemKind::PcaDimsAboveFeatures:
        return "PCA dimensions (" + number(value) + ") exceed the number of features (" + number(limit) + ")";
    case ProblemKind::PcaDimsAboveItems:
        return "PCA dimensions (" + number(value) + ") exceed the number of items (" + number(limit) + ")";
    case ProblemKind::ExactMethodTooLarge:
        return "the exact gradient is limited to " + number(limit) + " items (got " + n + "); use Barnes-Hut";
    case ProblemKind::ThetaOutOfRange: return "Barnes-Hut theta must be in (0, 1], got " + number(value);
    case ProblemKind::InputSizeOutOfRange:
        return "the model input size must be between 8 and 4096 pixels, got " + number(value);
    case ProblemKind::NormalisationInvalid: return "standard deviations must be positive and means finite";
    case ProblemKind::ModelUnavailable:
    case ProblemKind::OtherOption: return detail;
    }
    return detail;
}

std::vector<ParameterProblem> checkParameters(const RunParameters& p, std::size_t n, std::size_t d)
{
    using F = ParameterField;
    using K = ProblemKind;
    std::vector<ParameterProblem> problems;
    auto add = [&](F field, K kind, double value = 0.0, double limit = 0.0) {
        problems.push_back({field, kind, value, limit, n, {}});
    };
    const auto& t = p.tsne;
    if (n > 0 && n < 4)
        add(F::Items, K::TooFewItems, double(n), 4);
    if (t.iterations < 1)
        add(F::Iterations, K::IterationsTooFew, t.iterations, 1);
    if (!std::isfinite(t.perplexity) || t.perplexity < 1.0)
        add(F::Perplexity, K::PerplexityTooSmall, t.perplexity, 1);
    else if (n >= 4 && t.perplexity > tsne::maxPerplexity(n))
        add(F::Perplexity, K::PerplexityTooLarge, t.perplexity, tsne::maxPerplexity(n));
    if (!std::isfinite(t.learningRate))
        add(F::LearningRate, K::LearningRateInvalid, t.learningRate);
    if (t.dimensions != 2 && t.dimensions != 3)
        add(F::Dimensions, K::DimensionsInvalid, t.dimensions);
    if (p.pcaDims < 0)
        add(F::PcaDims, K::PcaDimsNegative, p.pcaDims);
    else if (d > 0 && static_cast<std::size_t>(p.pcaDims) > d)
        add(F::PcaDims, K::PcaDimsAboveFeatures, p.pcaDims, double(d));
    else if (n > 0 && static_cast<std::size_t>(p.pcaDims) > n)
        add(F::PcaDims, K::PcaDimsAboveItems, p.pcaDims, double(n));
    if (t.method == tsne::GradientMethod::Exact && n > tsne::kExactGradientLimit)
        add(F::Method, K::ExactMethodTooLarge, 0, double(tsne::kExactGradientLimit));
    if (!(t.theta > 0.0 && t.theta <= 1.0))
        add(F::Method, K::ThetaOutOfRange, t.theta, 1);
    const FeatureChoice& f = p.features;
    if (f.extractor == Extractor::TorchScript) {
        if (f.inputSize < 8 || f.inputSize > 4096)
            add(F::Features, K::InputSizeOutOfRange, f.inputSize, 4096);
        for (int c = 0; c < 3; ++c)
            if (!(f.std[c] > 0.0f) || !std::isfinite(f.std[c]) || !std::isfinite(f.mean[c])) {
                add(F::Features, K::NormalisationInvalid);
                break;
            }
    }
    // Whatever else the engine refuses (momentum, exaggeration, threads): its own sentence.
    if (problems.empty() && n >= 4)
        if (auto engine = tsne::validate(t, n); !engine)
            problems.push_back({F::Method, K::OtherOption, 0, 0, n, engine.error().message});
    return problems;
}

std::string Adjustment::message() const
{
    switch (field) {
    case ParameterField::Perplexity:
        return "perplexity " + number(from) + " -> " + number(to) + " (at most (N-1)/3 for the items)";
    case ParameterField::PcaDims:
        return "PCA dimensions " + number(from) + " -> " + number(to) + " (fewer items or features than asked)";
    default: return number(from) + " -> " + number(to);
    }
}

std::vector<Adjustment> fitToData(RunParameters& p, std::size_t n, std::size_t d, const std::vector<ParameterField>& fixed)
{
    std::vector<Adjustment> changes;
    auto isFixed = [&](ParameterField f) { return std::find(fixed.begin(), fixed.end(), f) != fixed.end(); };
    if (n < 4)
        return changes;  // nothing fits: checkParameters says so
    if (!isFixed(ParameterField::Perplexity) && p.tsne.perplexity > tsne::maxPerplexity(n)) {
        // One decimal (as the editor shows it), rounded down so it is itself within the limit.
        const double fitted = std::max(1.0, std::floor(tsne::maxPerplexity(n) * 10.0) / 10.0);
        changes.push_back({ParameterField::Perplexity, p.tsne.perplexity, fitted});
        p.tsne.perplexity = fitted;
    }
    // PCA keeps at most N − 1 components of N items (their rank) and at most D of D features.
    const std::size_t pcaLimit = std::min(n - 1, d > 0 ? d : n - 1);
    if (!isFixed(ParameterField::PcaDims) && p.pcaDims > 0 && static_cast<std::size_t>(p.pcaDims) > pcaLimit) {
        changes.push_back({ParameterField::PcaDims, double(p.pcaDims), double(pcaLimit)});
        p.pcaDims = static_cast<int>(pcaLimit);
    }
    return changes;
}

}  // namespace tse::run
