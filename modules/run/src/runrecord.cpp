// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/run/runrecord.h"

#include <algorithm>
#include <sstream>

namespace tse::run {

const char* runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return "running";
    case RunStatus::Finished: return "finished";
    case RunStatus::Cancelled: return "cancelled";
    case RunStatus::Failed: return "failed";
    }
    return "?";
}

bool RunRecord::hasLabels() const
{
    return std::any_of(labels.begin(), labels.end(), [](int l) { return l >= 0; });
}

std::size_t RunRecord::placedCount() const
{
    return static_cast<std::size_t>(std::count_if(placed.begin(), placed.end(), [](std::uint8_t p) { return p != 0; }));
}

namespace {

std::string number(double v)
{
    std::ostringstream text;
    text << v;
    return text.str();
}

std::string vector3(const std::array<float, 3>& v)
{
    return number(v[0]) + "," + number(v[1]) + "," + number(v[2]);
}

}  // namespace

std::vector<ParameterDifference> parameterDifferences(const RunParameters& a, const RunParameters& b)
{
    std::vector<ParameterDifference> out;
    auto add = [&](const char* field, const std::string& x, const std::string& y) {
        if (x != y)
            out.push_back({field, x, y});
    };
    auto rate = [](double r) { return r > 0 ? number(r) : std::string("auto"); };
    const FeatureChoice& fa = a.features;
    const FeatureChoice& fb = b.features;
    add("dataset", a.dataset, b.dataset);
    add("features", extractorName(fa.extractor), extractorName(fb.extractor));
    if (fa.usesLayer() || fb.usesLayer())
        add("layer", layerName(fa.layer), layerName(fb.layer));
    add("model file", fa.modelFile, fb.modelFile);
    add("face mode", fa.faces ? "on" : "off", fb.faces ? "on" : "off");
    if (fa.extractor == Extractor::TorchScript || fb.extractor == Extractor::TorchScript) {
        add("input size", number(fa.inputSize), number(fb.inputSize));
        add("input mean", vector3(fa.mean), vector3(fb.mean));
        add("input std", vector3(fa.std), vector3(fb.std));
    }
    add("PCA dimensions", number(a.pcaDims), number(b.pcaDims));
    add("output dimensions", number(a.tsne.dimensions), number(b.tsne.dimensions));
    add("perplexity", number(a.tsne.perplexity), number(b.tsne.perplexity));
    add("learning rate", rate(a.tsne.learningRate), rate(b.tsne.learningRate));
    add("iterations", number(a.tsne.iterations), number(b.tsne.iterations));
    add("early exaggeration", number(a.tsne.earlyExaggeration), number(b.tsne.earlyExaggeration));
    add("exaggeration iterations", number(a.tsne.exaggerationIterations), number(b.tsne.exaggerationIterations));
    add("method", tsne::methodName(a.tsne.method), tsne::methodName(b.tsne.method));
    add("theta", number(a.tsne.theta), number(b.tsne.theta));
    add("initialisation", a.tsne.initialization == tsne::Initialization::Pca ? "pca" : "random",
        b.tsne.initialization == tsne::Initialization::Pca ? "pca" : "random");
    add("seed", std::to_string(a.tsne.seed), std::to_string(b.tsne.seed));
    add("threads", number(a.tsne.threads), number(b.tsne.threads));
    return out;
}

std::string describe(const RunParameters& p)
{
    std::ostringstream text;
    const FeatureChoice& f = p.features;
    if (f.usesNetwork()) {
        text << extractorName(f.extractor);
        if (f.usesLayer())
            text << " " << layerName(f.layer);
        text << ", ";
    }
    if (f.faces)
        text << "faces, ";
    text << "perplexity " << p.tsne.perplexity << ", lr ";
    if (p.tsne.learningRate > 0)
        text << p.tsne.learningRate;
    else
        text << "auto";
    text << ", " << p.tsne.iterations << " it, ";
    if (p.pcaDims > 0)
        text << "PCA " << p.pcaDims;
    else
        text << "no PCA";
    text << ", " << p.tsne.dimensions << "D, seed " << p.tsne.seed;
    return text.str();
}

}  // namespace tse::run
