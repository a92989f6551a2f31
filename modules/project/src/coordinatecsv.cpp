// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/project/coordinatecsv.h"

#include <QSaveFile>
#include <QString>

#include <cstdio>

namespace tse::project {

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

Status writeCoordinatesCsv(const std::filesystem::path& path, const Matrix& coordinates,
                           const std::vector<int>& labels, const std::vector<std::string>& classNames,
                           const std::vector<int>& clusters)
{
    const auto n = coordinates.rows();
    const auto dims = coordinates.cols();
    if (dims < 2 || dims > 3)
        return makeError(ErrorCode::InvalidArgument, "coordinates must have 2 or 3 columns");
    if (!labels.empty() && static_cast<Eigen::Index>(labels.size()) != n)
        return makeError(ErrorCode::InvalidArgument, "labels and coordinates differ in length");
    if (!clusters.empty() && static_cast<Eigen::Index>(clusters.size()) != n)
        return makeError(ErrorCode::InvalidArgument, "clusters and coordinates differ in length");
    QSaveFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::UnreadableFile,
                         "cannot write " + path.string() + ": " + file.errorString().toStdString());
    std::string out = clusters.empty() ? "index,label" : "index,label,cluster";
    out += dims == 3 ? ",x,y,z\n" : ",x,y\n";
    out.reserve(static_cast<std::size_t>(n) * 48 + 32);
    char number[32];
    for (Eigen::Index i = 0; i < n; ++i) {
        out += std::to_string(i);
        out += ',';
        const int label = labels.empty() ? -1 : labels[i];
        if (label >= 0)
            out += csvField(label < static_cast<int>(classNames.size()) ? classNames[label] : std::to_string(label));
        if (!clusters.empty())
            out += ',' + std::to_string(clusters[static_cast<std::size_t>(i)]);
        for (Eigen::Index c = 0; c < dims; ++c) {
            std::snprintf(number, sizeof number, ",%.7g", double(coordinates(i, c)));
            out += number;
        }
        out += '\n';
    }
    if (file.write(out.data(), static_cast<qint64>(out.size())) != static_cast<qint64>(out.size()) || !file.commit())
        return makeError(ErrorCode::UnreadableFile,
                         "writing " + path.string() + " failed: " + file.errorString().toStdString());
    return Status::success();
}

}  // namespace tse::project
