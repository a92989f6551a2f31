// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Times opening a project of many large runs (issue 5: 20 runs × 70,000 points under a second).
//
//   bench_project [RUNS=20] [POINTS=70000] [FILE=/tmp/tse-bench.tsnex]

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "tse/project/projectfile.h"

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::stoi(argv[1]) : 20;
    const int points = argc > 2 ? std::stoi(argv[2]) : 70000;
    const std::string path = argc > 3 ? argv[3] : "/tmp/tse-bench.tsnex";
    std::filesystem::remove(path);
    using Clock = std::chrono::steady_clock;
    auto seconds = [](Clock::time_point a) { return std::chrono::duration<double>(Clock::now() - a).count(); };
    {
        auto project = tse::project::ProjectFile::create(path);
        if (!project) {
            std::fprintf(stderr, "error: %s\n", project.error().message.c_str());
            return 1;
        }
        tse::run::RunRecord r;
        r.coordinates = tse::Matrix::Random(points, 3);
        r.labels.assign(points, 1);
        r.classNames = {"a", "b"};
        const auto start = Clock::now();
        for (int i = 0; i < runs; ++i) {
            r.name = "run " + std::to_string(i);
            if (!(*project)->addRun(r)) {
                std::fprintf(stderr, "error: saving failed\n");
                return 1;
            }
        }
        std::printf("save %d runs of %d points: %.3f s (%.1f MB)\n", runs, points, seconds(start),
                    std::filesystem::file_size(path) / 1e6);
    }
    auto start = Clock::now();
    auto project = tse::project::ProjectFile::open(path);
    auto list = (*project)->runs();
    std::printf("open + list %zu runs: %.3f s\n", list->size(), seconds(start));
    start = Clock::now();
    std::size_t total = 0;
    for (const auto& s : list.value())
        total += static_cast<std::size_t>((*project)->loadRun(s.id)->coordinates.rows());
    std::printf("load every run's coordinates (%zu points): %.3f s\n", total, seconds(start));
    return 0;
}
