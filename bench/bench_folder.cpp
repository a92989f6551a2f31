// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Times importing a folder of images (decode, orient, resize to 64×64) with 1 thread and with
// every core, alternating, and checks both give the same dataset:
//
//   build/bench/bench_folder FOLDER [repeats=3]
//
// A folder to try: /usr/bin/python3 bench/make-image-folder.py DIR 5000
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "tse/imageio/folderreader.h"

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_folder FOLDER [repeats=3]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::uint8_t> reference;
    for (int r = 0; r < repeats; ++r) {
        for (int threads : {1, int(cores)}) {
            tse::imageio::FolderOptions options;
            options.threads = threads;
            const auto start = std::chrono::steady_clock::now();
            auto dataset = tse::imageio::readImageFolder(argv[1], options);
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (!dataset) {
                std::fprintf(stderr, "error: %s\n", dataset.error().message.c_str());
                return 1;
            }
            const std::vector<std::uint8_t> pixels(dataset->pixelData(), dataset->pixelData() + dataset->pixelBytes());
            if (reference.empty())
                reference = pixels;
            std::printf("{\"threads\": %d, \"images\": %zu, \"skipped\": %zu, \"seconds\": %.3f, \"images_per_second\": "
                        "%.1f, \"same_as_first\": %s}\n",
                        threads, dataset->size(), dataset->skipped.size(), seconds, double(dataset->size()) / seconds,
                        pixels == reference ? "true" : "false");
        }
    }
    return 0;
}
