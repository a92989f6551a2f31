#include "preferences.h"

#include <QSettings>

namespace tse::gui::preferences {
namespace {

namespace key {
constexpr auto geometry = "window/geometry";
constexpr auto state = "window/state";
constexpr auto dataset = "data/lastDataset";
constexpr auto opened = "data/opened";
constexpr auto exportFolder = "export/lastFolder";
constexpr auto imageSize = "export/imageSize";
constexpr auto imageLegend = "export/imageLegend";
constexpr auto hoverCard = "view/hoverCard";
constexpr auto recent = "projects/recent";
constexpr auto iterations = "parameters/iterations";
constexpr auto perplexity = "parameters/perplexity";
constexpr auto learningRate = "parameters/learningRate";
constexpr auto pcaDims = "parameters/pcaDims";
constexpr auto dims = "parameters/dimensions";
constexpr auto seed = "parameters/seed";
constexpr auto features = "parameters/features";
constexpr auto featureLayer = "parameters/featureLayer";
constexpr auto modelFile = "parameters/modelFile";
constexpr auto faces = "parameters/faces";
constexpr auto inputSize = "parameters/inputSize";
constexpr auto inputMean = "parameters/inputMean";
constexpr auto inputStd = "parameters/inputStd";
}  // namespace key

}  // namespace

QByteArray windowGeometry() { return QSettings().value(key::geometry).toByteArray(); }
void setWindowGeometry(const QByteArray& value) { QSettings().setValue(key::geometry, value); }
QByteArray windowState() { return QSettings().value(key::state).toByteArray(); }
void setWindowState(const QByteArray& value) { QSettings().setValue(key::state, value); }

run::RunParameters runParameters()
{
    QSettings s;
    run::RunParameters p;
    p.tsne.dimensions = 3;  // the workbench is a 3D map first
    p.tsne.iterations = s.value(key::iterations, p.tsne.iterations).toInt();
    p.tsne.perplexity = s.value(key::perplexity, p.tsne.perplexity).toDouble();
    p.tsne.learningRate = s.value(key::learningRate, p.tsne.learningRate).toDouble();
    p.pcaDims = s.value(key::pcaDims, p.pcaDims).toInt();
    p.tsne.dimensions = s.value(key::dims, p.tsne.dimensions).toInt();
    p.tsne.seed = s.value(key::seed, static_cast<qulonglong>(p.tsne.seed)).toULongLong();
    run::FeatureChoice& f = p.features;
    f.extractor = run::extractorFromName(s.value(key::features).toString().toStdString()).value_or(f.extractor);
    f.layer = run::layerFromName(s.value(key::featureLayer).toString().toStdString()).value_or(f.layer);
    f.modelFile = s.value(key::modelFile).toString().toStdString();
    f.faces = s.value(key::faces, false).toBool();
    f.inputSize = s.value(key::inputSize, f.inputSize).toInt();
    for (auto [k, target] : {std::pair{key::inputMean, &f.mean}, std::pair{key::inputStd, &f.std}}) {
        const QVariantList values = s.value(k).toList();
        if (values.size() == 3)
            *target = {values[0].toFloat(), values[1].toFloat(), values[2].toFloat()};
    }
    return p;
}

void setRunParameters(const run::RunParameters& p)
{
    QSettings s;
    s.setValue(key::iterations, p.tsne.iterations);
    s.setValue(key::perplexity, p.tsne.perplexity);
    s.setValue(key::learningRate, p.tsne.learningRate);
    s.setValue(key::pcaDims, p.pcaDims);
    s.setValue(key::dims, p.tsne.dimensions);
    s.setValue(key::seed, static_cast<qulonglong>(p.tsne.seed));
    const run::FeatureChoice& f = p.features;
    s.setValue(key::features, QString::fromLatin1(run::extractorName(f.extractor)));
    s.setValue(key::featureLayer, QString::fromLatin1(run::layerName(f.layer)));
    s.setValue(key::modelFile, QString::fromStdString(f.modelFile));
    s.setValue(key::faces, f.faces);
    s.setValue(key::inputSize, f.inputSize);
    for (auto [k, values] : {std::pair{key::inputMean, &f.mean}, std::pair{key::inputStd, &f.std}}) {
        QVariantList list;
        for (float v : *values)
            list.append(v);
        s.setValue(k, list);
    }
}

QString lastDataset() { return QSettings().value(key::dataset, QStringLiteral("sample")).toString(); }
void setLastDataset(const QString& spec) { QSettings().setValue(key::dataset, spec); }
QStringList openedDatasets() { return QSettings().value(key::opened).toStringList(); }
void setOpenedDatasets(const QStringList& specs) { QSettings().setValue(key::opened, specs); }
QStringList recentProjects() { return QSettings().value(key::recent).toStringList(); }
void addRecentProject(const QString& path)
{
    QStringList list = recentProjects();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > 8)
        list.removeLast();
    QSettings().setValue(key::recent, list);
}

QString lastExportFolder() { return QSettings().value(key::exportFolder).toString(); }
void setLastExportFolder(const QString& folder) { QSettings().setValue(key::exportFolder, folder); }

QSize imageExportSize() { return QSettings().value(key::imageSize, QSize(1920, 1080)).toSize(); }
void setImageExportSize(const QSize& size) { QSettings().setValue(key::imageSize, size); }
bool imageExportLegend() { return QSettings().value(key::imageLegend, true).toBool(); }
void setImageExportLegend(bool shown) { QSettings().setValue(key::imageLegend, shown); }
bool hoverCard() { return QSettings().value(key::hoverCard, true).toBool(); }
void setHoverCard(bool shown) { QSettings().setValue(key::hoverCard, shown); }

}  // namespace tse::gui::preferences
