// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "projectruns.h"

namespace tse::cli {

Result<run::RunRecord> findRun(const project::ProjectFile& file, const std::string& which)
{
    auto runs = file.runs();
    if (!runs)
        return runs.error();
    for (const auto& r : *runs)
        if (r.name == which || std::to_string(r.id) == which)
            return file.loadRun(r.id);
    std::string names;
    for (const auto& r : *runs)
        names += (names.empty() ? "" : ", ") + std::to_string(r.id) + " (" + r.name + ")";
    return makeError(ErrorCode::InvalidArgument,
                     "the project has no run '" + which + "'" + (names.empty() ? " (it has no runs)" : "; it has " + names));
}

Result<run::RunRecord> findRunWithSpace(const project::ProjectFile& file, const std::string& which)
{
    auto run = findRun(file, which);
    if (!run)
        return run;
    auto space = file.loadReferenceSpace(run->id);
    if (!space)
        return space.error();
    run->referenceSpace = space.value();
    return run;
}

}  // namespace tse::cli
