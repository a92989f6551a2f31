// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Project files (SQLite): opening, listing runs and loading each with its feature space, as the
// workbench, `tsne-explorer-cli export` and `place` do.
#include <QCoreApplication>

#include "fuzzinput.h"
#include "tse/project/projectfile.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);  // Qt SQL wants an application object
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto path = tse::fuzz::asFile(data, size, "input.tsnex");
    auto project = tse::project::ProjectFile::open(path);
    if (!project.ok())
        return 0;
    if (auto runs = (*project)->runs(); runs.ok())
        for (const auto& summary : *runs)
            if (auto run = (*project)->loadRun(summary.id); run.ok() && run->coordinates.size() > 0) {
                (void)run->coordinates.sum();
                if (auto space = (*project)->loadReferenceSpace(summary.id); space.ok())
                    (void)(*space)->features->sum();
            }
    return 0;
}
