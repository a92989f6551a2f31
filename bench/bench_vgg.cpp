// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// VGG16 throughput (images/s) of our LibTorch forward pass, random weights, 224×224 input, up to
// fc7 (the default feature layer). Prints one JSON line per batch size.
//
//   build/bench/bench_vgg [threads=2] [batch sizes=1,8,32] [seconds per size=20]
#include <chrono>
#include <cstdio>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "tse/features/networks.h"
#include "tse/features/torchruntime.h"

int main(int argc, char** argv)
{
    const int threads = argc > 1 ? std::atoi(argv[1]) : 2;
    std::vector<int> batches;
    std::stringstream list(argc > 2 ? argv[2] : "1,8,32");
    for (std::string item; std::getline(list, item, ',');)
        batches.push_back(std::stoi(item));
    const double budget = argc > 3 ? std::atof(argv[3]) : 20.0;
    tse::features::setTorchThreads(threads);
    auto network = tse::features::VggNetwork::random(16, 1);
    if (!network) {
        std::fprintf(stderr, "%s\n", network.error().message.c_str());
        return 1;
    }
    std::mt19937 rng(7);
    std::normal_distribution<float> normal;
    using Clock = std::chrono::steady_clock;
    for (int batch : batches) {
        std::vector<float> input(std::size_t(batch) * 3 * 224 * 224);
        for (float& v : input)
            v = normal(rng);
        // One warm-up pass (allocations, BLAS thread start), then as many timed passes as fit.
        if (auto warm = network->forward(input.data(), batch, 224, 224, tse::features::VggLayer::Fc7); !warm) {
            std::fprintf(stderr, "%s\n", warm.error().message.c_str());
            return 1;
        }
        int images = 0;
        const auto start = Clock::now();
        double elapsed = 0.0;
        do {
            auto out = network->forward(input.data(), batch, 224, 224, tse::features::VggLayer::Fc7);
            images += batch;
            elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        } while (elapsed < budget && images < 64 * batch);
        std::printf("{\"impl\": \"ours (libtorch %s, C++)\", \"threads\": %d, \"batch\": %d, \"images\": %d, "
                    "\"seconds\": %.3f, \"images_per_second\": %.3f}\n",
                    tse::features::torchVersion().c_str(), tse::features::torchThreads(), batch, images, elapsed,
                    images / elapsed);
        std::fflush(stdout);
    }
    return 0;
}
