#include "tse/project/runrecord.h"

#include <sstream>

namespace tse::project {

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

namespace {

std::string number(double v)
{
    std::ostringstream text;
    text << v;
    return text.str();
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
    add("dataset", a.dataset, b.dataset);
    add("features", a.features, b.features);
    if (a.features != "raw" || b.features != "raw")
        add("layer", a.featureLayer, b.featureLayer);
    add("model file", a.modelFile, b.modelFile);
    add("face mode", a.faces ? "on" : "off", b.faces ? "on" : "off");
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
    if (p.features != "raw") {
        text << p.features;
        if (p.features != "torchscript")
            text << " " << p.featureLayer;
        text << ", ";
    }
    if (p.faces)
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

}  // namespace tse::project
