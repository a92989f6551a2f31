// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Typed access to what the workbench remembers between starts (QSettings, never the project).

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

#include "tse/run/runrecord.h"

namespace tse::gui::preferences {

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& value);
QByteArray windowState();
void setWindowState(const QByteArray& value);

// The workbench's defaults (3D), and what the user last ran or edited on a dataset.
run::RunParameters defaultRunParameters();
std::optional<run::RunParameters> runParametersFor(const QString& spec);
void setRunParametersFor(const QString& spec, const run::RunParameters& parameters);

QString lastDataset();
void setLastDataset(const QString& spec);
QStringList openedDatasets();  // folders and files the user added, newest first
void setOpenedDatasets(const QStringList& specs);

QStringList recentProjects();  // newest first
void addRecentProject(const QString& path);

QString lastExportFolder();
void setLastExportFolder(const QString& folder);
QSize imageExportSize();  // 1920 × 1080 at first
void setImageExportSize(const QSize& size);
bool imageExportLegend();
bool hoverCard();  // the image under the mouse beside the cursor; on at first
void setHoverCard(bool shown);
void setImageExportLegend(bool shown);
// Run ▸ Find clusters: what the dialog last used.
struct ClusterSettings {
    int minClusterSize = 0;         // 0: automatic (1 % of the map)
    int largestSharePercent = 20;   // 100: no limit
    bool leaves = false;
};
ClusterSettings clusterSettings();
void setClusterSettings(const ClusterSettings& settings);

}  // namespace tse::gui::preferences
