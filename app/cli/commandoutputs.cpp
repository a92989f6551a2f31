// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "commandoutputs.h"

#include <filesystem>
#include <fstream>

#include "tse/common/npy.h"
#include "tse/project/coordinatecsv.h"

namespace tse::cli {

Status checkOutputFolders(const std::vector<std::string>& files)
{
    for (const std::string& file : files) {
        if (file.empty())
            continue;
        const auto folder = std::filesystem::absolute(file).parent_path();
        if (std::error_code ec; !std::filesystem::is_directory(folder, ec))
            return makeError(ErrorCode::UnreadableFile,
                             "cannot write " + file + ": the folder " + folder.string() + " does not exist");
    }
    return Status::success();
}

Status writeCoordinates(const run::RunRecord& record, const std::string& csv, const std::string& npyPath)
{
    if (!csv.empty())
        if (auto written = project::writeCoordinatesCsv(csv, record.coordinates, record.labels, record.classNames,
                                                         record.clusters.labels); !written)
            return written;
    if (!npyPath.empty())
        if (auto written = npy::writeMatrix(npyPath, record.coordinates); !written)
            return written;
    return Status::success();
}

double peakMemoryMiB()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0.0;
}

}  // namespace tse::cli
