// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "importreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tse::cli {

void printSkippedFiles(const imageio::Dataset& dataset, std::ostream& err)
{
    if (dataset.fromFolderIndex)
        err << "note: " << dataset.source << " read from its folder index in the cache (no file changed since it was "
            << "imported)\n";
    if (dataset.skipped.empty())
        return;
    err << "warning: skipped " << dataset.skipped.size() << " file" << (dataset.skipped.size() == 1 ? "" : "s")
        << " that could not be used:\n";
    for (const auto& file : dataset.skipped)
        err << "  " << file.path << ": " << file.reason << "\n";
}

std::string skippedFilesJson(const imageio::Dataset& dataset)
{
    QJsonArray files;
    for (const auto& file : dataset.skipped)
        files.append(QJsonObject{{"path", QString::fromStdString(file.path)}, {"reason", QString::fromStdString(file.reason)}});
    return QJsonDocument(files).toJson(QJsonDocument::Compact).toStdString();
}

}  // namespace tse::cli
