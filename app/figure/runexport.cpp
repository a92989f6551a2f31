// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "runexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

#include "tse/common/npy.h"
#include "tse/project/coordinatecsv.h"
#include "tse/project/parametersjson.h"

namespace tse::figure {
namespace fs = std::filesystem;

namespace {

Result<std::vector<int>> resolveItems(const run::RunRecord& run, const std::vector<int>& items)
{
    const int n = int(run.coordinates.rows());
    if (items.empty()) {
        std::vector<int> all(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            all[std::size_t(i)] = i;
        return all;
    }
    for (int i : items)
        if (i < 0 || i >= n)
            return makeError(ErrorCode::InvalidArgument, "item " + std::to_string(i) + " is not in the run");
    return items;
}

Status saveAtomically(const fs::path& path, const std::string& bytes)
{
    QSaveFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::UnreadableFile, "cannot write " + path.string() + ": " + file.errorString().toStdString());
    if (file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !file.commit())
        return makeError(ErrorCode::UnreadableFile, "writing " + path.string() + " failed: " + file.errorString().toStdString());
    return {};
}

}  // namespace

ItemDetails itemDetailsOf(const imageio::Dataset& dataset)
{
    ItemDetails details;
    for (const auto& p : dataset.itemPaths)
        details.paths.push_back((fs::path(dataset.source) / p).string());
    details.metadataColumns = dataset.metadataColumns;
    details.metadata = dataset.metadata;
    return details;
}

fs::path sidecarPath(const fs::path& csv)
{
    fs::path json = csv;
    json.replace_extension(".json");
    return json;
}

Status writeRunCsv(const fs::path& path, const run::RunRecord& run, const ItemDetails& details,
                   const std::vector<int>& requested)
{
    auto items = resolveItems(run, requested);
    if (!items)
        return items.error();
    const auto dims = run.coordinates.cols();
    const std::size_t n = std::size_t(run.coordinates.rows());
    const bool withMetadata = details.metadata.size() == n && !details.metadataColumns.empty();
    // Clusters found on the map (−1 = noise), when they were.
    const bool withClusters = run.clusters.labels.size() == n;
    std::string out = withClusters ? "index,path,label,cluster" : "index,path,label";
    if (withMetadata)
        for (const auto& column : details.metadataColumns)
            out += "," + project::csvField(column);
    out += dims == 3 ? ",x,y,z\n" : ",x,y\n";
    char number[32];
    for (int i : *items) {
        const std::size_t k = std::size_t(i);
        out += std::to_string(i) + ",";
        if (k < details.paths.size())
            out += project::csvField(details.paths[k]);
        out += ",";
        const int label = k < run.labels.size() ? run.labels[k] : -1;
        if (label >= 0)
            out += project::csvField(label < int(run.classNames.size()) ? run.classNames[std::size_t(label)]
                                                                         : std::to_string(label));
        if (withClusters)
            out += "," + std::to_string(run.clusters.labels[k]);
        if (withMetadata)
            for (std::size_t c = 0; c < details.metadataColumns.size(); ++c)
                out += "," + project::csvField(c < details.metadata[k].size() ? details.metadata[k][c] : std::string());
        for (Eigen::Index c = 0; c < dims; ++c) {
            std::snprintf(number, sizeof number, ",%.9g", double(run.coordinates(i, c)));
            out += number;
        }
        out += '\n';
    }
    return saveAtomically(path, out);
}

Status writeRunNpy(const fs::path& path, const run::RunRecord& run, const std::vector<int>& requested)
{
    auto items = resolveItems(run, requested);
    if (!items)
        return items.error();
    Matrix rows(Eigen::Index(items->size()), run.coordinates.cols());
    for (std::size_t r = 0; r < items->size(); ++r)
        rows.row(Eigen::Index(r)) = run.coordinates.row((*items)[r]);
    return npy::writeMatrix(path, rows);
}

namespace {

// The run's parameters as a reader needs them: "auto" with the value it meant, and only the
// feature settings that applied (no VGG layer for raw pixels, no normalisation for VGG).
QJsonObject parametersAsRun(const run::RunRecord& run)
{
    QJsonObject p = project::parametersToJson(run.parameters, run.parameters.dataset);
    const run::FeatureChoice& f = run.parameters.features;
    if (!f.usesLayer())
        p.remove(QStringLiteral("featureLayer"));
    if (!f.usesNetwork())
        p.remove(QStringLiteral("modelFile"));
    if (f.extractor != run::Extractor::TorchScript)
        for (const char* key : {"inputSize", "inputMean", "inputStd"})
            p.remove(QLatin1String(key));
    QJsonObject t = p.value(QStringLiteral("tsne")).toObject();
    if (run.parameters.tsne.learningRate <= 0) {
        t.insert(QStringLiteral("learningRate"), QStringLiteral("auto"));
        t.insert(QStringLiteral("learningRateUsed"),
                 tsne::resolveLearningRate(run.parameters.tsne, static_cast<std::size_t>(run.coordinates.rows())));
    }
    p.insert(QStringLiteral("tsne"), t);
    return p;
}

}  // namespace

Status writeRunJson(const fs::path& path, const run::RunRecord& run, std::size_t exportedItems)
{
    auto optional = [](const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
    QJsonObject metrics{{"klDivergence", optional(run.klDivergence)},
                        {"knn10Accuracy", optional(run.knnAccuracy)},
                        {"trustworthiness10", optional(run.trustworthiness)},
                        {"continuity10", optional(run.continuity)},
                        {"knnPreservation", optional(run.knnPreservation)},
                        {"k", run.metricK},
                        {"metricItems", qint64(run.metricQueries)}};
    QJsonObject timings{{"load", run.timings.load},       {"features", run.timings.features},
                        {"pca", run.timings.pca},         {"affinities", run.timings.affinities},
                        {"optimisation", run.timings.optimisation}, {"total", run.timings.total()}};
    QJsonArray classes;
    for (const auto& name : run.classNames)
        classes.append(QString::fromStdString(name));
    const QJsonObject root{{"program", "t-SNE Explorer"},
                           {"run", QJsonObject{{"id", run.id},
                                               {"name", QString::fromStdString(run.name)},
                                               {"status", run::runStatusName(run.status)},
                                               {"iterationsDone", run.iterationsDone},
                                               {"threads", run.threads},
                                               {"notes", QString::fromStdString(run.notes)}}},
                           {"parameters", parametersAsRun(run)},
                           {"metrics", metrics},
                           {"seconds", timings},
                           {"classes", classes},
                           {"items", qint64(exportedItems)},
                           {"itemsInRun", qint64(run.coordinates.rows())},
                           {"dimensions", qint64(run.coordinates.cols())},
                           {"datasetHash", QString::fromStdString(run.datasetHash)},
                           {"clusters", run.clusters.empty()
                                            ? QJsonValue()
                                            : QJsonValue(QJsonObject{{"count", run.clusters.count},
                                                                     {"minClusterSize", run.clusters.minClusterSize},
                                                                     {"maxClusterSize", run.clusters.maxClusterSize},
                                                                     {"selection", run.clusters.leaves ? "leaves" : "excess_of_mass"}})}};
    return saveAtomically(path, QJsonDocument(root).toJson().toStdString());
}

}  // namespace tse::figure
