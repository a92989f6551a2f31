// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Times importing a folder of images (decode, orient, resize to 64×64) with 1 thread and with
// every core, alternating, and checks both give the same dataset:
//
//   build/bench/bench_folder FOLDER [repeats=3] [--threads N] [--index DIR]
//
// --threads N: only N threads. --index DIR: through the folder index in DIR (the thumbnail
// store: a fresh DIR imports and writes it, a second run reads it); run it under
// `/usr/bin/time -v` to see the peak resident memory of each way.
// A folder to try: /usr/bin/python3 bench/make-image-folder.py DIR 5000
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "tse/imageio/folderreader.h"

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_folder FOLDER [repeats=3] [--threads N] [--index DIR]\n");
        return 2;
    }
    int repeats = 3;
    std::vector<int> threadCounts = {1, int(std::max(1u, std::thread::hardware_concurrency()))};
    std::string index;
    for (int a = 2; a < argc; ++a) {
        if (!std::strcmp(argv[a], "--threads") && a + 1 < argc)
            threadCounts = {std::max(1, std::atoi(argv[++a]))};
        else if (!std::strcmp(argv[a], "--index") && a + 1 < argc)
            index = argv[++a];
        else
            repeats = std::max(1, std::atoi(argv[a]));
    }
    std::string reference;
    for (int r = 0; r < repeats; ++r) {
        for (int threads : threadCounts) {
            tse::imageio::FolderOptions options;
            options.threads = threads;
            options.indexDirectory = index;
            const auto start = std::chrono::steady_clock::now();
            auto dataset = tse::imageio::readImageFolder(argv[1], options);
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (!dataset) {
                std::fprintf(stderr, "error: %s\n", dataset.error().message.c_str());
                return 1;
            }
            const std::string hash = dataset->contentHash();  // streams a mapped store, page by page
            if (reference.empty())
                reference = hash;
            std::printf("{\"threads\": %d, \"images\": %zu, \"skipped\": %zu, \"seconds\": %.3f, \"images_per_second\": "
                        "%.1f, \"from_index\": %s, \"mapped\": %s, \"same_as_first\": %s}\n",
                        threads, dataset->size(), dataset->skipped.size(), seconds, double(dataset->size()) / seconds,
                        dataset->fromFolderIndex ? "true" : "false", dataset->pixelFile ? "true" : "false",
                        hash == reference ? "true" : "false");
        }
    }
    return 0;
}
