// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "preferences.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include "tse/project/parametersjson.h"

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
constexpr auto clusterMinSize = "clusters/minClusterSize";
constexpr auto clusterLargestShare = "clusters/largestSharePercent";
constexpr auto clusterLeaves = "clusters/leaves";
constexpr auto recent = "projects/recent";
}  // namespace key

// One settings key per dataset: a hash of its spec (paths hold characters keys cannot).
QString parametersKey(const QString& spec)
{
    const QByteArray hash = QCryptographicHash::hash(spec.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("parametersByDataset/") + QString::fromLatin1(hash);
}

}  // namespace

QByteArray windowGeometry() { return QSettings().value(key::geometry).toByteArray(); }
void setWindowGeometry(const QByteArray& value) { QSettings().setValue(key::geometry, value); }
QByteArray windowState() { return QSettings().value(key::state).toByteArray(); }
void setWindowState(const QByteArray& value) { QSettings().setValue(key::state, value); }

run::RunParameters defaultRunParameters()
{
    run::RunParameters p;
    p.tsne.dimensions = 3;  // the workbench is a 3D map first
    return p;
}

// Parameters are remembered per dataset (by its spec), as the projects store them.
std::optional<run::RunParameters> runParametersFor(const QString& spec)
{
    const QByteArray json = QSettings().value(parametersKey(spec)).toByteArray();
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    return project::parametersFromJson(document.object());
}

void setRunParametersFor(const QString& spec, const run::RunParameters& parameters)
{
    const QJsonObject object = project::parametersToJson(parameters, spec.toStdString());
    QSettings().setValue(parametersKey(spec), QJsonDocument(object).toJson(QJsonDocument::Compact));
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

// Until the first export, the home folder (never the file system's root).
QString lastExportFolder()
{
    const QString folder = QSettings().value(key::exportFolder).toString();
    return folder.isEmpty() || !QDir(folder).exists() ? QDir::homePath() : folder;
}
void setLastExportFolder(const QString& folder) { QSettings().setValue(key::exportFolder, folder); }

QSize imageExportSize() { return QSettings().value(key::imageSize, QSize(1920, 1080)).toSize(); }
void setImageExportSize(const QSize& size) { QSettings().setValue(key::imageSize, size); }
bool imageExportLegend() { return QSettings().value(key::imageLegend, true).toBool(); }
void setImageExportLegend(bool shown) { QSettings().setValue(key::imageLegend, shown); }
bool hoverCard() { return QSettings().value(key::hoverCard, true).toBool(); }
void setHoverCard(bool shown) { QSettings().setValue(key::hoverCard, shown); }

ClusterSettings clusterSettings()
{
    QSettings settings;
    ClusterSettings c;
    c.minClusterSize = std::clamp(settings.value(key::clusterMinSize, 0).toInt(), 0, 100000000);
    c.largestSharePercent = std::clamp(settings.value(key::clusterLargestShare, 20).toInt(), 1, 100);
    c.leaves = settings.value(key::clusterLeaves, false).toBool();
    return c;
}

void setClusterSettings(const ClusterSettings& c)
{
    QSettings settings;
    settings.setValue(key::clusterMinSize, c.minClusterSize);
    settings.setValue(key::clusterLargestShare, c.largestSharePercent);
    settings.setValue(key::clusterLeaves, c.leaves);
}

}  // namespace tse::gui::preferences
