// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <omp.h>

#include <algorithm>
#include <limits>

#include "knn.h"

namespace tse::tsne {

// queries == &data: every row's neighbours among the others; otherwise each query row's among
// all rows of data (the reference).
Result<NeighbourGraph> detail::exactNeighboursOf(const Matrix& data, const Matrix& queries, int k, int threads,
                                                 const Progress& progress)
{
    const auto n = static_cast<int>(data.rows());
    const auto queryCount = static_cast<int>(queries.rows());
    const bool self = &queries == &data;
    if (auto valid = checkNeighbourQuery(data, queries, k); !valid)
        return valid.error();
    NeighbourGraph graph;
    graph.n = queryCount;
    graph.k = k;
    graph.indices.resize(std::size_t(queryCount) * k);
    graph.squaredDistances.resize(std::size_t(queryCount) * k);
    const Eigen::VectorXf norms = data.rowwise().squaredNorm();
    const Eigen::VectorXf queryNorms = self ? norms : Eigen::VectorXf(queries.rowwise().squaredNorm());

    // Each block of rows is one matrix product against all rows: ‖a−b‖² = ‖a‖² + ‖b‖² − 2a·b.
    // The product is all × block (column-major), so one query's dot products are contiguous.
    const int block = 512;
    const int blocks = (queryCount + block - 1) / block;
    int blocksDone = 0;
    bool cancelled = false;
#pragma omp parallel num_threads(threads)
    {
        std::vector<float> distances(n);
        std::vector<std::pair<float, int>> heap;
        heap.reserve(k + 1);
        Eigen::MatrixXf dots;
#pragma omp for schedule(dynamic, 1)
        for (int b = 0; b < blocks; ++b) {
            if (cancelled)
                continue;
            const int first = b * block;
            const int rows = std::min(block, queryCount - first);
            dots.noalias() = data * queries.middleRows(first, rows).transpose();  // n × rows
            for (int r = 0; r < rows; ++r) {
                const int i = first + r;
                const float* dot = dots.col(r).data();
                const float ni = queryNorms[i];
#pragma omp simd
                for (int j = 0; j < n; ++j)
                    distances[j] = std::max(0.0f, ni + norms[j] - 2.0f * dot[j]);
                if (self)
                    distances[i] = std::numeric_limits<float>::infinity();
                heap.clear();
                for (int j = 0; j < k; ++j)
                    heap.emplace_back(distances[j], j);
                std::make_heap(heap.begin(), heap.end());
                float worst = heap.front().first;
                for (int j = k; j < n; ++j) {
                    if (distances[j] < worst) {
                        std::pop_heap(heap.begin(), heap.end());
                        heap.back() = {distances[j], j};
                        std::push_heap(heap.begin(), heap.end());
                        worst = heap.front().first;
                    }
                }
                // The product's rounding depends on where a query sits in its block (Eigen packs
                // columns in panels), so the chosen k distances are recomputed directly: a row's
                // neighbours and distances are then the same in any batch, as placing new points
                // in shards needs, and free of the expansion's cancellation.
                const float* q = queries.row(i).data();
                for (auto& [distance, j] : heap) {
                    const float* r = data.row(j).data();
                    float sum = 0.0f;
                    for (Eigen::Index c = 0; c < data.cols(); ++c)
                        sum += (q[c] - r[c]) * (q[c] - r[c]);
                    distance = sum;
                }
                std::sort(heap.begin(), heap.end());
                for (int m = 0; m < k; ++m) {
                    graph.indices[std::size_t(i) * k + m] = heap[m].second;
                    graph.squaredDistances[std::size_t(i) * k + m] = heap[m].first;
                }
            }
#pragma omp critical(tse_knn_progress)
            {
                ++blocksDone;
                if (omp_get_thread_num() == 0 || blocksDone == blocks) {
                    progress.report("Nearest neighbours", double(blocksDone) / blocks);
                    if (progress.cancelled())
                        cancelled = true;
                }
            }
        }
    }
    if (cancelled)
        return makeError(ErrorCode::Cancelled, "the neighbour search was cancelled");
    return graph;
}

Status detail::checkNeighbourQuery(const Matrix& data, const Matrix& queries, int k)
{
    const bool self = &queries == &data;
    if (k < 1 || k > data.rows() - (self ? 1 : 0))
        return makeError(ErrorCode::InvalidArgument, self ? "neighbour count must be between 1 and N−1"
                                                          : "neighbour count must be between 1 and the reference size");
    if (queries.cols() != data.cols())
        return makeError(ErrorCode::InvalidArgument, "queries and reference have different dimensions");
    return Status::success();
}

Result<NeighbourGraph> exactNeighbours(const Matrix& data, int k, int threads, const Progress& progress)
{
    return detail::exactNeighboursOf(data, data, k, threads, progress);
}

}  // namespace tse::tsne
