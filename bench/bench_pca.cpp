// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Times our PCA on an N×D .npy matrix, as scikit-learn's is timed by make-fashion-pca.py.
//
//   bench_pca MATRIX.npy [COMPONENTS=50] [REPEATS=3] [OUT.npy]
// Prints the best wall time of REPEATS runs, the method Auto chose and the explained variance;
// OUT.npy gets the reduced matrix (how bench/ makes PCA-50 inputs of large sets).

#include <chrono>
#include <cstdio>
#include <string>

#include "tse/common/npy.h"
#include "tse/pca/pca.h"

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_pca MATRIX.npy [COMPONENTS] [REPEATS]\n");
        return 2;
    }
    // Mapped, as the workbench and the CLI open a .npy: PCA reads it in passes of row blocks.
    auto data = tse::npy::MappedMatrix::open(argv[1]);
    if (!data) {
        std::fprintf(stderr, "error: %s\n", data.error().message.c_str());
        return 1;
    }
    tse::pca::PcaOptions options;
    options.components = argc > 2 ? std::stoi(argv[2]) : 50;
    const int repeats = argc > 3 ? std::stoi(argv[3]) : 3;
    double best = 1e30, explained = 0;
    const char* method = "";
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        auto result = tse::pca::fitTransform(*data.value(), options);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!result) {
            std::fprintf(stderr, "error: %s\n", result.error().message.c_str());
            return 1;
        }
        best = std::min(best, seconds);
        explained = 0;
        for (double v : result->explainedVarianceRatio)
            explained += v;
        method = tse::pca::methodName(result->method);
        if (r + 1 == repeats && argc > 4) {
            if (auto written = tse::npy::writeMatrix(argv[4], result->transformed); !written) {
                std::fprintf(stderr, "error: %s\n", written.error().message.c_str());
                return 1;
            }
        }
    }
    std::printf("{\"rows\": %ld, \"cols\": %ld, \"components\": %d, \"method\": \"%s\", \"seconds\": %.4f, "
                "\"explained_variance\": %.6f}\n",
                long(data.value()->rows()), long(data.value()->cols()), options.components, method, best, explained);
    return 0;
}
