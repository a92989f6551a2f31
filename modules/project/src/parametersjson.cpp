// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/project/parametersjson.h"

#include <QJsonArray>
#include <QJsonValue>

namespace tse::project {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
std::string ss(const QString& s) { return s.toStdString(); }

const char* methodKey(tsne::GradientMethod m) { return tsne::methodName(m); }

tsne::GradientMethod methodFrom(const QString& s)
{
    if (s == QLatin1String("exact")) return tsne::GradientMethod::Exact;
    if (s == QLatin1String("bh")) return tsne::GradientMethod::BarnesHut;
    if (s == QLatin1String("fft")) return tsne::GradientMethod::Fft;
    return tsne::GradientMethod::Auto;
}

QJsonArray floatsJson(const std::array<float, 3>& values)
{
    QJsonArray a;
    for (float v : values)
        a.append(double(v));
    return a;
}

std::array<float, 3> floatsFrom(const QJsonValue& value, const std::array<float, 3>& fallback)
{
    if (!value.isArray() || value.toArray().size() != 3)
        return fallback;
    std::array<float, 3> out{};
    for (int c = 0; c < 3; ++c)
        out[c] = float(value.toArray()[c].toDouble());
    return out;
}

}  // namespace

QJsonObject parametersToJson(const run::RunParameters& p, const std::string& storedDataset)
{
    const auto& t = p.tsne;
    const run::FeatureChoice& f = p.features;
    QJsonObject tsneJson{
        {"dimensions", t.dimensions},
        {"perplexity", t.perplexity},
        {"iterations", t.iterations},
        {"learningRate", t.learningRate},
        {"earlyExaggeration", t.earlyExaggeration},
        {"exaggerationIterations", t.exaggerationIterations},
        {"finalExaggeration", t.finalExaggeration},
        {"initialMomentum", t.initialMomentum},
        {"finalMomentum", t.finalMomentum},
        {"method", methodKey(t.method)},
        {"theta", t.theta},
        {"initialization", t.initialization == tsne::Initialization::Pca ? "pca" : "random"},
        {"seed", QString::number(static_cast<qulonglong>(t.seed))},  // 64-bit safe
        {"threads", t.threads},
        {"klEvery", t.klEvery},
        {"neighbours", t.neighbours == tsne::NeighbourSearch::Exact         ? "exact"
                       : t.neighbours == tsne::NeighbourSearch::Approximate ? "hnsw"
                                                                             : "auto"},
    };
    return QJsonObject{{"dataset", qs(storedDataset)},
                       {"features", run::extractorName(f.extractor)},
                       {"featureLayer", run::layerName(f.layer)},
                       {"modelFile", qs(f.modelFile)},
                       {"faces", f.faces},
                       {"inputSize", f.inputSize},
                       {"inputMean", floatsJson(f.mean)},
                       {"inputStd", floatsJson(f.std)},
                       {"pcaDims", p.pcaDims},
                       {"tsne", tsneJson}};
}

run::RunParameters parametersFromJson(const QJsonObject& o)
{
    run::RunParameters p;
    p.dataset = ss(o.value("dataset").toString());
    run::FeatureChoice& f = p.features;
    // A name this version does not know reads as raw pixels; the stored features key still
    // tells the runs apart.
    f.extractor = run::extractorFromName(ss(o.value("features").toString())).value_or(run::Extractor::RawPixels);
    f.layer = run::layerFromName(ss(o.value("featureLayer").toString())).value_or(run::NetworkLayer::Fc7);
    f.modelFile = ss(o.value("modelFile").toString());
    f.faces = o.value("faces").toBool(false);
    f.inputSize = o.value("inputSize").toInt(f.inputSize);
    f.mean = floatsFrom(o.value("inputMean"), f.mean);
    f.std = floatsFrom(o.value("inputStd"), f.std);
    p.pcaDims = o.value("pcaDims").toInt(p.pcaDims);
    const QJsonObject t = o.value("tsne").toObject();
    auto& x = p.tsne;
    x.dimensions = t.value("dimensions").toInt(x.dimensions);
    x.perplexity = t.value("perplexity").toDouble(x.perplexity);
    x.iterations = t.value("iterations").toInt(x.iterations);
    x.learningRate = t.value("learningRate").toDouble(x.learningRate);
    x.earlyExaggeration = t.value("earlyExaggeration").toDouble(x.earlyExaggeration);
    x.exaggerationIterations = t.value("exaggerationIterations").toInt(x.exaggerationIterations);
    x.finalExaggeration = t.value("finalExaggeration").toDouble(x.finalExaggeration);
    x.initialMomentum = t.value("initialMomentum").toDouble(x.initialMomentum);
    x.finalMomentum = t.value("finalMomentum").toDouble(x.finalMomentum);
    x.method = methodFrom(t.value("method").toString());
    x.theta = t.value("theta").toDouble(x.theta);
    x.initialization = t.value("initialization").toString() == QLatin1String("random") ? tsne::Initialization::Random
                                                                                       : tsne::Initialization::Pca;
    x.seed = t.value("seed").toString(QStringLiteral("1")).toULongLong();
    x.threads = t.value("threads").toInt(x.threads);
    x.klEvery = t.value("klEvery").toInt(x.klEvery);
    const QString n = t.value("neighbours").toString();
    x.neighbours = n == QLatin1String("exact")  ? tsne::NeighbourSearch::Exact
                   : n == QLatin1String("hnsw") ? tsne::NeighbourSearch::Approximate
                                                : tsne::NeighbourSearch::Auto;
    return p;
}


}  // namespace tse::project
