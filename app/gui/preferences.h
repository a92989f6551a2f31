#pragma once
// Typed access to what the workbench remembers between starts (QSettings, never the project).

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "tse/project/runrecord.h"

namespace tse::gui::preferences {

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& value);
QByteArray windowState();
void setWindowState(const QByteArray& value);

project::RunParameters runParameters();
void setRunParameters(const project::RunParameters& parameters);

QString lastDataset();
void setLastDataset(const QString& spec);
QStringList openedDatasets();  // folders and files the user added, newest first
void setOpenedDatasets(const QStringList& specs);

QStringList recentProjects();  // newest first
void addRecentProject(const QString& path);

QString lastExportFolder();
void setLastExportFolder(const QString& folder);

}  // namespace tse::gui::preferences
